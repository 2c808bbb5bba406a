/**
 * Reports for the people who plan and turn up, in English or Chinese, needing nothing beyond the
 * JDK and drill-core: an application writes them exactly as the {@code drill} tool does.
 *
 * <ul>
 *   <li>{@link io.drillplan.report.PlanReport}: the schedule as one self-contained HTML page
 *       (calendar, team timelines, a map of the units and team bases drawn from the coordinates,
 *       filters, unscheduled drills, constraint breakdown, team load).</li>
 *   <li>{@link io.drillplan.report.CsvExport}: one row per drill and team, for spreadsheets.</li>
 *   <li>{@link io.drillplan.report.CalendarExport}: iCalendar files per team and per unit, with
 *       revisions that update calendars already imported.</li>
 *   <li>{@link io.drillplan.report.ChangeReport}: what a re-plan changed, per team and unit.</li>
 *   <li>{@link io.drillplan.report.SimulationHtml}: the simulation's comparison of policies.</li>
 *   <li>{@link io.drillplan.report.MonthSummary} and {@link io.drillplan.report.SummaryHtml}: the
 *       month's figures a bureau reports upward, as a printable page and as tables.</li>
 *   <li>{@link io.drillplan.report.ScheduleSummary}: the numbers of a schedule the reports share.</li>
 * </ul>
 *
 * <p>Every report takes a {@link java.util.Locale}: any locale whose language is {@code zh}
 * gives Chinese, every other English. The words are in the resource files
 * {@code io/drillplan/report/Reports.properties} and {@code Reports_zh.properties}; a key
 * missing from one language shows as {@code ??key??} rather than falling back to the other
 * language, so that an untranslated text cannot go unnoticed. Text from the problem and the
 * schedule (names, reasons for unscheduled drills, the simulation's event log) is shown as given.
 *
 * <p>Pages are complete HTML documents with their style sheets and scripts inline (kept as
 * resources next to these classes): they open from a file or a mail attachment and need no
 * network. Every text from a problem is escaped; none goes inside a script.
 */
package io.drillplan.report;
