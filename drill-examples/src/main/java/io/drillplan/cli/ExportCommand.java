package io.drillplan.cli;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.InvalidProblemException;
import io.drillplan.model.Schedule;
import io.drillplan.report.CalendarExport;
import io.drillplan.report.CsvExport;
import io.drillplan.report.PlanReport;
import io.drillplan.report.ScheduleSummary;
import io.drillplan.solver.DrillPlanner;
import io.drillplan.solver.Explanation;
import io.drillplan.solver.PlannerOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code drill export}: the schedule as CSV, iCalendar files and an HTML report. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports a schedule as CSV, iCalendar files and an HTML report.",
            "The CSV file opens in Excel (one row per drill and team); there is one iCalendar file per",
            "team and per unit; the HTML report is a single file that needs no network.",
            "--xlsx writes the CSV's rows as a workbook, headers in the --lang language.",
            "Give at least one of --csv, --xlsx, --ics and --html."})
final class ExportCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "The problem file (drillplan-problem/1).")
    Path problemFile;

    @Parameters(index = "1", paramLabel = "SCHEDULE", description = "The schedule file (drillplan-schedule/1).")
    Path scheduleFile;

    @Option(names = "--csv", paramLabel = "FILE", description = "CSV file: one row per drill and team (UTF-8 with BOM).")
    Path csv;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "Workbook (.xlsx): the CSV's rows, headers in the --lang language.")
    Path xlsx;

    @Option(names = "--ics", paramLabel = "DIR", description = "Directory for team-<id>.ics and unit-<id>.ics files.")
    Path ics;

    @Option(names = "--html", paramLabel = "FILE", description = "Self-contained HTML report.")
    Path html;

    @Option(names = "--force", description = "Overwrite an existing problem file named by --csv, --xlsx or --html.")
    boolean force;

    @Override
    int run() {
        if (csv == null && xlsx == null && ics == null && html == null) {
            throw BadInputException.of("export.nothing");
        }
        SheetLabels labels = xlsx == null ? null : labels();
        Locale locale = locale();
        List<Path> inputs = List.of(problemFile, scheduleFile);
        if (csv != null) {
            OutputFiles.checkFile(csv, "--csv", inputs, force);
        }
        if (html != null) {
            OutputFiles.checkFile(html, "--html", inputs, force);
        }
        if (csv != null && html != null && OutputFiles.sameFile(csv, html)) {
            throw BadInputException.of("output.sameFile", "--csv", "--html", csv);
        }
        if (xlsx != null) {
            OutputFiles.checkFile(xlsx, "--xlsx", inputs, force);
            for (Path other : java.util.Arrays.asList(csv, html)) {
                if (other != null && OutputFiles.sameFile(xlsx, other)) {
                    throw BadInputException.of("output.sameFile", "--xlsx", "--csv/--html", xlsx);
                }
            }
        }
        if (ics != null) {
            if (java.nio.file.Files.exists(ics) && !java.nio.file.Files.isDirectory(ics)) {
                throw BadInputException.of("output.notDirectory", "--ics", ics);
            }
            OutputFiles.checkDirectory(ics, "--ics " + ics);
        }
        DrillProblem problem = InputFiles.problem(problemFile);
        Schedule schedule = InputFiles.schedule(scheduleFile, problem);
        ScheduleSummary summary = new ScheduleSummary(problem, schedule);
        if (csv != null) {
            OutputFiles.write(csv, CsvExport.csv(summary, locale), "--csv");
            out().println(text().text("output.wroteRows", csv, CsvExport.rows(summary, locale).size()));
        }
        if (xlsx != null) {
            List<List<Object>> rows = ScheduleWorkbook.rows(summary, labels);
            OutputFiles.write(xlsx, WorkbookFile.write(List.of(ScheduleWorkbook.sheet(rows, labels))), "--xlsx");
            out().println(labels.text("export.wrote", xlsx.toString(), rows.size()));
        }
        if (ics != null) {
            CalendarFiles.Written w = CalendarFiles.write(ics, CalendarExport.calendars(summary, locale,
                    CalendarExport.Revision.NONE, java.time.Instant.now()), problem);
            out().print(text().text("output.wroteCalendars", w.teamFiles(), w.unitFiles(), ics));
            if (w.idleTeams() + w.idleUnits() > 0) {
                out().print(text().text("output.idleCalendars", w.idleTeams(), w.idleUnits()));
            }
            out().println();
        }
        if (html != null) {
            Explanation explanation = null;
            String failure = null;
            try {
                explanation = DrillPlanner.create(PlannerOptions.DEFAULT).explain(problem, schedule);
            } catch (InvalidProblemException e) {
                failure = String.join("; ", e.messages(java.util.Locale.ENGLISH));
            }
            OutputFiles.write(html, PlanReport.html(summary, explanation, failure, locale), "--html");
            out().println(text().text("output.wroteReport", html, summary.scheduled(), summary.unscheduled()));
        }
        return OK;
    }
}
