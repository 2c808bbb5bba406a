/**
 * Plain output for people: {@link io.drillplan.text.TextTable} lays rows out as an aligned
 * terminal table, CSV, markdown or HTML, and {@link io.drillplan.text.Html#escape} makes any text
 * safe inside HTML and SVG. {@link io.drillplan.text.PropertiesFile} reads the packaged texts of
 * both languages as UTF-8.
 *
 * <p>They live in the library because the command line, the reports and the benchmarks all print
 * tables and pages and word them in two languages, and one of each keeps their output alike. No dependency beyond the JDK.
 */
package io.drillplan.text;
