/**
 * The {@code drill} command line for planners: generate sample problems, plan a month, explain
 * and validate a schedule, and export it as CSV, a workbook, iCalendar files and a single-file HTML
 * report. Planners who keep their requests in spreadsheets get a workbook template and its import
 * ({@code template}, {@code import}), and the month's figures for the report upward
 * ({@code summary}); the words of these commands are in the {@code Sheets} resource bundle, in
 * English and Chinese. The reports and exports themselves come from drill-core's
 * {@code io.drillplan.report}, in the language of {@code --lang} or the environment.
 *
 * <p>{@link io.drillplan.cli.DrillCommand} is the entry point; everything else is internal.
 * Exit codes: 0 success, 1 infeasible schedule or hard-rule violations, 2 bad input, 3 an
 * unexpected failure.
 */
package io.drillplan.cli;
