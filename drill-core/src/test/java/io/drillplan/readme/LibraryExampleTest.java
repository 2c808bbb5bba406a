package io.drillplan.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.check.CheckReport;
import io.drillplan.check.ScheduleChecker;
import io.drillplan.format.DrillFormat;
import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.ExerciseType;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Horizon;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Schedule;
import io.drillplan.model.Score;
import io.drillplan.solver.DrillPlanner;
import io.drillplan.solver.PlanningJob;
import io.drillplan.solver.PlannerOptions;
import io.drillplan.solver.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the code of the README's "Use it as a library" section, and fails when the README's copy
 * differs from the code compiled here.
 */
class LibraryExampleTest {

    // README:begin
    static Schedule planJune(Path dir) {
        DrillProblem june = DrillProblem.builder()
                .name("Gujiao, June 2026")
                .horizon(new Horizon(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), null, null))
                .region(new Region("gujiao", "Gujiao", null, null))
                .team(RescueTeam.builder("T1").name("Gujiao Fire Rescue Station 1").kind("FIRE_RESCUE")
                        .skills("FIRE", "EVACUATION").base(37.91, 112.17).serviceRadiusKm(60.0).build())
                .unit(GrassrootsUnit.builder("U1").name("Gujiao No. 2 Middle School").kind("SCHOOL")
                        .region("gujiao").location(37.90, 112.18).build())
                .drill(DrillRequest.builder("D1").unit("U1").type(ExerciseType.ACTUAL_COMBAT_SIMULATION)
                        .scenario("EVACUATION").role("EVACUATION", 1).priority(4).build())
                .build();

        DrillPlanner planner = DrillPlanner.create(PlannerOptions.DEFAULT.withTimeLimit(Duration.ofSeconds(2)));
        Schedule schedule = planner.plan(june);                  // validates first: InvalidProblemException
        CheckReport check = ScheduleChecker.check(june, schedule); // the ten hard rules, checked independently
        if (!check.feasible()) {
            throw new IllegalStateException(check.summary());
        }
        DrillFormat.writeSchedule(schedule, dir.resolve("june-schedule.json"));

        // The fire station is called away on the day of the drill: mark it and re-plan from the
        // published schedule (every change costs, so what can stay, stays).
        LocalDate day = schedule.assignment("D1").orElseThrow().date();
        DrillProblem changed = june.withTeam(june.team("T1").orElseThrow().withUnavailable(day));
        return planner.replan(changed, schedule, day).schedule();   // nothing before that day changes
    }
    // README:end

    // README:begin
    static Schedule planInTheBackground(DrillProblem june) throws InterruptedException {
        DrillPlanner planner = DrillPlanner.create(PlannerOptions.DEFAULT.withTimeLimit(Duration.ofMinutes(1)));
        PlanningJob<Schedule> job = planner.start(june);       // returns at once; the search runs on its own thread
        job.subscribe(progress -> System.out.println("best so far: " + progress.bestScore()));
        Thread.sleep(1_000);                                   // ... until the user has seen enough:
        job.cancel();                                          // stops this job only; others run on
        Schedule best = job.result().join();                   // the best schedule found until then
        Score score = best.score().orElseThrow();              // hard, medium and soft parts
        if (!score.isFeasible()) {
            throw new IllegalStateException("hard rules broken: " + score);
        }
        return best;
    }
    // README:end

    @Test
    void theExamplePlansChecksWritesAndReplans(@TempDir Path dir) {
        Schedule replanned = planJune(dir);

        Schedule written = DrillFormat.readSchedule(dir.resolve("june-schedule.json"));
        Assignment first = written.assignment("D1").orElseThrow();
        Assignment moved = replanned.assignment("D1").orElseThrow();
        assertThat(first.teams()).extracting(t -> t.team()).containsExactly("T1");
        assertThat(moved.teams()).extracting(t -> t.team()).containsExactly("T1");
        assertThat(moved.date()).isNotEqualTo(first.date());
        assertThat(replanned.unscheduled()).isEmpty();
    }

    @Test
    void theJobExampleYieldsAScheduleWhenCancelled() throws InterruptedException {
        DrillProblem june = DrillProblem.builder()
                .name("Gujiao, June 2026")
                .horizon(new Horizon(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), null, null))
                .region(new Region("gujiao", "Gujiao", null, null))
                .team(RescueTeam.builder("T1").name("Gujiao Fire Rescue Station 1").kind("FIRE_RESCUE")
                        .skills("EVACUATION").base(37.91, 112.17).build())
                .unit(GrassrootsUnit.builder("U1").name("Gujiao No. 2 Middle School").kind("SCHOOL")
                        .region("gujiao").location(37.90, 112.18).build())
                .drill(DrillRequest.builder("D1").unit("U1").type(ExerciseType.ACTUAL_COMBAT_SIMULATION)
                        .scenario("EVACUATION").role("EVACUATION", 1).build())
                .build();

        Schedule best = planInTheBackground(june);

        assertThat(best.assignments()).hasSize(1);
        assertThat(ScheduleChecker.check(june, best).feasible()).isTrue();
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws IOException {
        // Surefire runs in the module directory; the README is at the repository root.
        List<String> readme = Files.readAllLines(Path.of("../README.md"));
        List<String> source = Files.readAllLines(Path.of("src/test/java/io/drillplan/readme/LibraryExampleTest.java"));
        for (String first : List.of("static Schedule planJune(Path dir) {",
                "static Schedule planInTheBackground(DrillProblem june) throws InterruptedException {")) {
            List<String> shown = unindented(between(readme, "```java", "```", first));
            List<String> compiled = unindented(between(source, "// README:begin", "// README:end", first));
            assertThat(compiled).isNotEmpty().startsWith(first);
            assertThat(shown).containsExactlyElementsOf(compiled);
        }
    }

    /**
     * The lines after the first line that is {@code open} (and, when {@code firstLine} is given,
     * is followed by it) up to the next line that is {@code close}, both excluded.
     */
    private static List<String> between(List<String> lines, String open, String close, String firstLine) {
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).trim().equals(open)
                    && (firstLine == null || lines.get(i + 1).trim().equals(firstLine))) {
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).trim().equals(close)) {
                    end++;
                }
                return lines.subList(i + 1, end);
            }
        }
        return List.of();
    }

    /** The lines without the indent they all share; blank lines are left empty. */
    private static List<String> unindented(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.isBlank() ? "" : line.substring(indent));
        }
        return out;
    }
}
