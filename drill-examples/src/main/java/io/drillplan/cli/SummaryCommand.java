package io.drillplan.cli;

import io.drillplan.changes.DrillCancelled;
import io.drillplan.changes.DrillHeld;
import io.drillplan.changes.DrillNotHeld;
import io.drillplan.changes.MonthChange;
import io.drillplan.format.FileReplacement;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import io.drillplan.report.MonthSummary;
import io.drillplan.report.SummaryHtml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code drill summary}: the statistics of the month a bureau reports upward. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = {"Counts the month's drills as a bureau reports them upward: held by",
            "exercise type, region, kind of unit and sector; participants; rescue",
            "teams and team-days deployed; chains completed; high-risk units covered;",
            "the drills not held and why. Writes a printable HTML page (A4, charts",
            "inline, no network) with -o and a workbook with --xlsx. With --changes,",
            "drills cancelled or reported not held count as not held, and drills",
            "reported held as held."})
final class SummaryCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "PROBLEM", description = "The problem file (drillplan-problem/1).")
    Path problemFile;

    @Parameters(index = "1", paramLabel = "SCHEDULE", description = "The schedule file (drillplan-schedule/1).")
    Path scheduleFile;

    @Option(names = "--changes", paramLabel = "FILE", arity = "1..*",
            description = "Changes files (drillplan-changes/1) with what happened, in the order it happened.")
    List<Path> changeFiles = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The HTML page to write.")
    Path html;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "The workbook to write.")
    Path xlsx;

    @Option(names = "--force", description = "Overwrite an existing problem file named by -o or --xlsx.")
    boolean force;

    @Override
    int run() {
        SheetLabels labels = labels();
        if (html == null && xlsx == null) {
            throw new BadInputException(labels.text("summary.noOutput"));
        }
        List<Path> inputs = new ArrayList<>(List.of(problemFile, scheduleFile));
        inputs.addAll(changeFiles);
        if (html != null) {
            OutputFiles.checkFile(html, "-o", inputs, force);
        }
        if (xlsx != null) {
            OutputFiles.checkFile(xlsx, "--xlsx", inputs, force);
            if (html != null && OutputFiles.sameFile(html, xlsx)) {
                throw BadInputException.of("output.sameFile", "-o", "--xlsx", html);
            }
        }
        DrillProblem problem = InputFiles.problem(problemFile);
        Schedule schedule = InputFiles.schedule(scheduleFile, problem);
        List<MonthSummary.Reported> changes = new ArrayList<>();
        for (Path file : changeFiles) {
            changes.add(reported(ChangesFile.read(file, problem)));
        }
        MonthSummary summary = MonthSummary.of(problem, schedule, changes);
        Locale locale = Locale.forLanguageTag(labels.language());
        String basis = changes.isEmpty() ? labels.text("summary.basis.plan", scheduleFile.toString())
                : labels.text("summary.basis.changes", scheduleFile.toString(),
                        String.join(", ", changeFiles.stream().map(Path::toString).toList()));
        // Both files as one change: a failure never leaves a new page next to an old workbook.
        Map<Path, byte[]> files = new LinkedHashMap<>();
        if (html != null) {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            files.put(html, SummaryHtml.html(summary, basis, today, locale).getBytes(StandardCharsets.UTF_8));
        }
        if (xlsx != null) {
            files.put(xlsx, WorkbookFile.write(SummaryWorkbook.sheets(summary, labels, locale)));
        }
        try {
            FileReplacement.replace(files);
        } catch (IOException e) {
            throw BadInputException.of("output.cannotWrite", String.join(", ", files.keySet().stream()
                    .map(Path::toString).toList()), OutputFiles.reason(e));
        }
        out().println(labels.text("summary.console", summary.name(), summary.held(), summary.requested(),
                summary.notHeldCount(), summary.participants(), summary.teamsDeployed(), summary.teamDays(),
                summary.chainsCompleted(), summary.chains(), summary.highRiskCovered(), summary.highRiskUnits()));
        for (Path written : files.keySet()) {
            out().println(labels.text("summary.wrote", written.toString()));
        }
        return OK;
    }

    /** What a changes file says about the drills held, as the summary counts it. */
    private static MonthSummary.Reported reported(ChangesFile file) {
        List<MonthChange> changes = new ArrayList<>();
        for (ChangesFile.Change c : file.changes()) {
            changes.add(switch (c.type()) {
                case "drillCancelled" -> new DrillCancelled(c.drill());
                case "drillNotHeld" -> new DrillNotHeld(c.drill());
                case "drillHeld" -> new DrillHeld(c.drill(), c.date(), c.slot(), c.teams());
                default -> throw new IllegalArgumentException("not a drill change: " + c.type());
            });
        }
        return new MonthSummary.Reported(file.file().toString(), changes);
    }
}
