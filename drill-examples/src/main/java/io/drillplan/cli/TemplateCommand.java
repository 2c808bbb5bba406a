package io.drillplan.cli;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import io.drillplan.samples.SampleProblems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code drill template}: a workbook to collect the month's drill requests in. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Writes a workbook (.xlsx) to collect a month's drill requests in:",
            "sheets for the settings, regions, rescue teams, units and drill requests,",
            "headers in the chosen language, drop-down lists for exercise types, risk",
            "levels, skills and yes/no, and one example row per sheet. Fill it in,",
            "then run 'drill import'."})
final class TemplateCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "The workbook to write.")
    Path file;

    @Option(names = "--force", description = "Overwrite FILE even if it is a problem file.")
    boolean force;

    @Override
    int run() {
        SheetLabels labels = labels();
        OutputFiles.checkFile(file, labels.text("template.what"), List.of(), force);
        DrillProblem example = example();
        List<SheetContent> sheets = ProblemSheets.contents(example, labels);
        OutputFiles.write(file, WorkbookFile.write(sheets), labels.text("template.what"));
        out().println(labels.text("template.wrote", file.toString(),
                String.join(", ", sheets.stream().map(SheetContent::name).toList())));
        out().println(labels.text("template.next", file.toString()));
        return OK;
    }

    /**
     * A valid one-drill month cut from the tiny sample: a drill that needs one team, its unit, the
     * unit's regions up to the top, and one team that can guide it, so that importing the
     * untouched template already gives a problem that plans.
     */
    static DrillProblem example() {
        DrillProblem tiny = SampleProblems.generate(SampleProblems.Preset.TINY);
        Map<String, GrassrootsUnit> units = tiny.unitsById();
        for (DrillRequest drill : tiny.drills()) {
            if (drill.after().isEmpty() && drill.teamCount() == 1) {
                GrassrootsUnit unit = units.get(drill.unit());
                String skill = drill.roles().get(0).skill();
                RescueTeam team = tiny.teams().stream()
                        .filter(t -> t.skills().contains(skill) && t.reaches(unit.location())).findFirst().orElse(null);
                if (team != null) {
                    DrillProblem.Builder example = DrillProblem.builder().name(tiny.name()).horizon(tiny.horizon())
                            .travel(tiny.travel());
                    regionsUp(tiny, unit.region()).forEach(example::region);
                    if (team.region() != null && !unit.region().equals(team.region())) {
                        regionsUp(tiny, team.region()).stream()
                                .filter(r -> !regionsUp(tiny, unit.region()).contains(r)).forEach(example::region);
                    }
                    return example.team(team).unit(unit).drill(drill).build();
                }
            }
        }
        throw new IllegalStateException("the tiny sample has no drill with one reachable team");
    }

    /** The region and its ancestors, the top one first. */
    private static List<Region> regionsUp(DrillProblem problem, String id) {
        List<Region> chain = new ArrayList<>();
        Map<String, Region> regions = problem.regionsById();
        for (Region r = regions.get(id); r != null && !chain.contains(r); r = r.parent() == null ? null : regions.get(r.parent())) {
            chain.add(0, r);
        }
        return chain;
    }
}
