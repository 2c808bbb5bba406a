package io.drillplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.check.ScheduleChecker;
import io.drillplan.format.DrillFormat;
import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Schedule;
import io.drillplan.model.TeamAssignment;
import io.drillplan.report.CalendarExport;
import io.drillplan.samples.SampleProblems;
import io.drillplan.solver.GreedyScheduler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drill replan} on the pilot (two mine rescue squadrons away for three days from 10 June)
 * and on bad change files.
 */
class ReplanCommandTest {

    private static final LocalDate JUNE_10 = LocalDate.of(2026, 6, 10);

    @TempDir
    static Path dir;

    static Path tiny;
    static Path tinyPublished;
    static Schedule tinySchedule;
    static DrillProblem tinyProblem;

    @BeforeAll
    static void writeTiny() {
        tinyProblem = SampleProblems.generate(SampleProblems.Preset.TINY);
        tiny = dir.resolve("tiny.json");
        DrillFormat.writeProblem(tinyProblem, tiny);
        tinySchedule = GreedyScheduler.schedule(tinyProblem);
        tinyPublished = dir.resolve("tiny-published.json");
        DrillFormat.writeSchedule(tinySchedule, tinyPublished);
    }

    private static Path changes(String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "{\"format\": \"drillplan-changes/1\", \"changes\": [" + body + "]}");
        return file;
    }

    private static Map<String, Assignment> byDrill(Schedule s) {
        return s.assignments().stream().collect(Collectors.toMap(Assignment::drill, a -> a));
    }

    private static boolean same(Assignment a, Assignment b) {
        return a != null && b != null && a.date().equals(b.date()) && a.slot().equals(b.slot())
                && new HashSet<>(a.teams()).equals(new HashSet<>(b.teams()));
    }

    @Test
    void twoMineRescueSquadronsAwayOnThePilot() throws IOException {
        DrillProblem pilot = SampleProblems.generate(SampleProblems.Preset.PILOT);
        Path problemFile = dir.resolve("pilot.json");
        DrillFormat.writeProblem(pilot, problemFile);
        Schedule published = GreedyScheduler.schedule(pilot);
        Path publishedFile = dir.resolve("pilot-published.json");
        DrillFormat.writeSchedule(published, publishedFile);
        // The two squadrons with the most drills from 10 to 12 June: the change must bite.
        Set<String> mine = pilot.teams().stream().filter(t -> "MINE_RESCUE".equals(t.kind()))
                .map(RescueTeam::id).collect(Collectors.toSet());
        Map<String, Integer> load = new HashMap<>();
        published.assignments().stream().filter(a -> !a.date().isBefore(JUNE_10) && !a.date().isAfter(JUNE_10.plusDays(2)))
                .flatMap(a -> a.teams().stream()).map(TeamAssignment::team).filter(mine::contains)
                .forEach(t -> load.merge(t, 1, Integer::sum));
        List<String> away = load.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(2).map(Map.Entry::getKey).toList();
        assertThat(away).hasSize(2);
        Path changeFile = changes("pilot-changes.json", away.stream()
                .map(t -> "{\"type\": \"teamAway\", \"team\": \"" + t + "\", \"from\": \"2026-06-10\", \"to\": \"2026-06-12\"}")
                .collect(Collectors.joining(",")));
        Path next = dir.resolve("pilot-new.json");
        Path report = dir.resolve("pilot-changes.txt");

        Cli.Run run = Cli.run("replan", problemFile.toString(), publishedFile.toString(), changeFile.toString(),
                "--today", "2026-06-10", "-o", next.toString(), "--report", report.toString(), "--time-limit", "5s");

        assertThat(run.exit()).as(run.all()).isEqualTo(0);
        Schedule replanned = DrillFormat.readSchedule(next);
        assertThat(ScheduleChecker.check(pilot, replanned).feasible()).isTrue();
        assertThat(Cli.run("validate", problemFile.toString(), next.toString()).exit()).isEqualTo(0);
        Map<String, Assignment> was = byDrill(published);
        Map<String, Assignment> now = byDrill(replanned);
        Set<String> differ = new HashSet<>(was.keySet());
        differ.addAll(now.keySet());
        differ.removeIf(id -> same(was.get(id), now.get(id)));
        // Nothing before 10 June changes.
        for (String id : differ) {
            if (was.get(id) != null) {
                assertThat(was.get(id).date()).as(id).isAfterOrEqualTo(JUNE_10);
            }
            if (now.get(id) != null) {
                assertThat(now.get(id).date()).as(id).isAfterOrEqualTo(JUNE_10);
            }
        }
        // The drills the squadrons lost differ, and the report lists exactly the drills that differ.
        published.assignments().stream().filter(a -> !a.date().isBefore(JUNE_10) && !a.date().isAfter(JUNE_10.plusDays(2)))
                .filter(a -> a.teams().stream().anyMatch(t -> away.contains(t.team())))
                .forEach(a -> assertThat(differ).contains(a.drill()));
        String text = Files.readString(report);
        String table = text.substring(text.indexOf("Drills that changed:"), text.indexOf("What each team must be told:"));
        Set<String> listed = table.lines().skip(3).map(String::trim).filter(l -> !l.isEmpty())
                .map(l -> l.split("\\s+")[0]).collect(Collectors.toSet());
        assertThat(listed).isEqualTo(differ);
        assertThat(run.out()).contains("Drills that changed:", "What each team must be told:", "What each unit must be told:");
        for (String team : away) {
            assertThat(text).contains("  " + team + " ");
        }
    }

    @Test
    void calendarsKeepTheirUidsAndRaiseTheSequenceOfChangedEvents() throws IOException {
        Path ics = dir.resolve("ics");
        assertThat(Cli.run("export", tiny.toString(), tinyPublished.toString(), "--ics", ics.toString()).exit()).isZero();
        Assignment hit = tinySchedule.assignments().stream().filter(a -> a.date().isAfter(JUNE_10))
                .min(Comparator.comparing(Assignment::date)).orElseThrow();
        String team = hit.teams().get(0).team();
        Path changeFile = changes("tiny-away.json", "{\"type\": \"teamAway\", \"team\": \"" + team
                + "\", \"from\": \"" + hit.date() + "\", \"to\": \"" + hit.date() + "\"}");
        Path next = dir.resolve("tiny-new.json");

        Cli.Run run = Cli.run("replan", tiny.toString(), tinyPublished.toString(), changeFile.toString(),
                "--today", JUNE_10.toString(), "-o", next.toString(), "--report", dir.resolve("tiny.html").toString(),
                "--ics", ics.toString(), "--time-limit", "3s");

        assertThat(run.exit()).as(run.all()).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("tiny.html"))).startsWith("<!DOCTYPE html>").contains(hit.drill());
        Schedule replanned = DrillFormat.readSchedule(next);
        Assignment now = byDrill(replanned).get(hit.drill());
        assertThat(now == null || !now.date().equals(hit.date()) || !now.teams().stream()
                .anyMatch(t -> t.team().equals(team))).as("the team is away on %s", hit.date()).isTrue();
        String calendar = Files.readString(ics.resolve(CalendarExport.fileName("team", team, new HashSet<>())));
        String uid = hit.drill() + "-" + team + "@drillplan.io";
        assertThat(calendar.split("UID:" + java.util.regex.Pattern.quote(uid), -1)).as("one event per UID").hasSize(2);
        String event = calendar.substring(calendar.indexOf("UID:" + uid));
        event = event.substring(0, event.indexOf("END:VEVENT"));
        // Same UID, one revision up: cancelled when the team lost the drill, moved when it kept it.
        assertThat(event).contains("SEQUENCE:1");
        boolean kept = now != null && now.teams().stream().anyMatch(t -> t.team().equals(team));
        if (kept) {
            assertThat(event).doesNotContain("STATUS:CANCELLED");
        } else {
            assertThat(event).contains("STATUS:CANCELLED");
        }
        // An untouched drill keeps no SEQUENCE (0).
        Assignment untouched = tinySchedule.assignments().stream()
                .filter(a -> a.equals(byDrill(replanned).get(a.drill())) && !a.teams().isEmpty())
                .findFirst().orElseThrow();
        String other = Files.readString(ics.resolve(CalendarExport.fileName("team", untouched.teams().get(0).team(),
                new HashSet<>())));
        String untouchedEvent = other.substring(other.indexOf("UID:" + untouched.drill() + "-"));
        assertThat(untouchedEvent.substring(0, untouchedEvent.indexOf("END:VEVENT"))).doesNotContain("SEQUENCE");
    }

    private static Cli.Run badChanges(Path changeFile, String today) {
        Path out = dir.resolve("never.json");
        Cli.Run run = Cli.run("replan", tiny.toString(), tinyPublished.toString(), changeFile.toString(),
                "--today", today, "-o", out.toString(), "--report", dir.resolve("never.txt").toString());
        assertThat(run.exit()).as(run.all()).isEqualTo(2);
        assertThat(run.all()).doesNotContain("Exception", "at io.", "at java.");
        assertThat(out).doesNotExist();
        assertThat(dir.resolve("never.txt")).doesNotExist();
        return run;
    }

    @Test
    void cancellingAChainStartReportsItsLaterStepsAsCancelled() throws IOException {
        // re-planned from the first day, so that nothing is held yet
        LocalDate june1 = tinyProblem.horizon().start();
        io.drillplan.model.DrillRequest start = tinyProblem.drills().stream()
                .filter(d -> d.after().isEmpty() && tinyProblem.drills().stream()
                        .anyMatch(f -> f.after().stream().anyMatch(p -> p.drill().equals(d.id()))))
                .findFirst().orElseThrow();
        Set<String> chain = io.drillplan.changes.ChangedMonth.of(tinyProblem, tinySchedule, june1).cancelledWith(start.id());
        assertThat(chain).hasSizeGreaterThan(1);
        Path file = changes("cancel-chain.json", "{\"type\": \"drillCancelled\", \"drill\": \"" + start.id() + "\"}");
        Path next = dir.resolve("tiny-cancel-chain.json");
        Path report = dir.resolve("tiny-cancel-chain.txt");

        Cli.Run run = Cli.run("replan", tiny.toString(), tinyPublished.toString(), file.toString(), "--today", june1.toString(),
                "-o", next.toString(), "--report", report.toString(), "--time-limit", "2s");

        assertThat(run.exit()).as(run.all()).isEqualTo(0);
        Map<String, Assignment> now = byDrill(DrillFormat.readSchedule(next));
        List<String> lines = Files.readAllLines(report);
        for (String id : chain) {
            assertThat(now).as(id).doesNotContainKey(id);
            if (tinySchedule.assignment(id).isPresent()) {
                assertThat(lines).as(id).anyMatch(l -> l.trim().startsWith(id + " ") && l.contains("cancelled"))
                        .noneMatch(l -> l.trim().startsWith(id + " ") && l.contains("dropped"));
            }
        }
    }

    @Test
    void unknownTeamIsBadInput() throws IOException {
        Path file = changes("unknown-team.json",
                "{\"type\": \"teamAway\", \"team\": \"T-nobody\", \"from\": \"2026-06-10\", \"to\": \"2026-06-11\"}");
        assertThat(badChanges(file, "2026-06-10").err())
                .contains(file + ": changes[0].team: unknown team 'T-nobody'");
    }

    @Test
    void datesOutsideTheHorizonAreBadInput() throws IOException {
        String unit = tinyProblem.units().get(0).id();
        Path file = changes("outside.json",
                "{\"type\": \"unitClosed\", \"unit\": \"" + unit + "\", \"from\": \"2026-06-28\", \"to\": \"2026-07-03\"}");
        assertThat(badChanges(file, "2026-06-10").err())
                .contains(file + ": changes[0].to: 2026-07-03 is outside the horizon 2026-06-01 to 2026-06-30");
        Path fine = changes("fine.json", "");
        assertThat(badChanges(fine, "2026-07-02").err()).contains("--today 2026-07-02: outside the horizon");
    }

    @Test
    void malformedJsonIsBadInput() throws IOException {
        Path file = dir.resolve("malformed.json");
        Files.writeString(file, "{\"format\": \"drillplan-changes/1\", \"changes\": [{\"type\": \"teamAway\",]}");
        assertThat(badChanges(file, "2026-06-10").err()).contains(file + ":1:", "malformed JSON");
        Path wrongType = changes("wrong-type.json", "{\"type\": \"teamGone\", \"team\": \"T1\"}");
        assertThat(badChanges(wrongType, "2026-06-10").err())
                .contains(wrongType.toString(), "changes[0].type", "unknown change type 'teamGone'");
        Path missing = changes("missing.json", "{\"type\": \"teamAway\", \"from\": \"2026-06-10\", \"to\": \"2026-06-11\"}");
        assertThat(badChanges(missing, "2026-06-10").err())
                .contains(missing.toString(), "changes[0].team", "missing required field 'team'");
        Path badDate = changes("bad-date.json", "{\"type\": \"drillCancelled\", \"drill\": 5}");
        assertThat(badChanges(badDate, "2026-06-10").err()).contains(badDate.toString(), "changes[0].drill");
    }

    @Test
    void aHeldDrillDatedAfterTodayIsBadInput() throws IOException {
        Assignment later = tinySchedule.assignments().stream().filter(a -> a.date().isAfter(JUNE_10))
                .findFirst().orElseThrow();
        Path file = changes("held-later.json", "{\"type\": \"drillHeld\", \"drill\": \"" + later.drill()
                + "\", \"date\": \"" + later.date() + "\"}");
        assertThat(badChanges(file, "2026-06-10").err())
                .contains(file + ": changes[0].date: " + later.date() + " is after today 2026-06-10");
    }
}
