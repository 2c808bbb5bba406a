/**
 * The {@code drill} command line for planners: generate sample problems, plan a month, explain
 * and validate a schedule, and export it as CSV, iCalendar files and a single-file HTML report.
 *
 * <p>{@link io.drillplan.cli.DrillCommand} is the entry point; everything else is internal.
 * Exit codes: 0 success, 1 infeasible schedule or hard-rule violations, 2 bad input, 3 an
 * unexpected failure.
 */
package io.drillplan.cli;
