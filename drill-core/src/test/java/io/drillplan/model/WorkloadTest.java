package io.drillplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.drillplan.samples.SampleProblems;
import io.drillplan.solver.GreedyScheduler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    private final DrillProblem problem = SampleProblems.generate(SampleProblems.Preset.TINY);
    private final Schedule schedule = GreedyScheduler.schedule(problem);

    @Test
    void countsEachTeamsDrillsDaysAndRoadKm() {
        Workload workload = Workload.of(problem, schedule);
        assertThat(workload.teams()).extracting(Workload.TeamLoad::team).containsExactlyElementsOf(problem.teams());
        RescueTeam busiest = workload.teams().stream().max(java.util.Comparator.comparingInt(Workload.TeamLoad::drills))
                .orElseThrow().team();
        int drills = 0;
        Set<java.time.LocalDate> days = new HashSet<>();
        double km = 0;
        double all = 0;
        for (Assignment a : schedule.assignments()) {
            GrassrootsUnit unit = problem.unit(problem.drill(a.drill()).orElseThrow().unit()).orElseThrow();
            for (TeamAssignment t : a.teams()) {
                RescueTeam team = problem.team(t.team()).orElseThrow();
                double road = problem.travel().roadKm(team.base(), unit.location());
                all += road;
                if (team.equals(busiest)) {
                    drills++;
                    days.add(a.date());
                    km += road;
                }
            }
        }
        Workload.TeamLoad load = workload.teams().stream().filter(l -> l.team().equals(busiest)).findFirst().orElseThrow();
        assertThat(drills).isPositive();
        assertThat(load.drills()).isEqualTo(drills);
        assertThat(load.days()).isEqualTo(days.size());
        assertThat(load.roadKm()).isCloseTo(km, within(1e-6));
        assertThat(workload.travelKm()).isCloseTo(all, within(1e-6)).isPositive();
    }

    @Test
    void aDrillCountsOnceAndUnknownDrillsNotAtAll() {
        List<Assignment> doubled = new ArrayList<>(schedule.assignments());
        Assignment first = doubled.get(0);
        doubled.add(first);
        doubled.add(new Assignment("D-unknown", first.date(), first.slot(), first.start(), first.end(), first.teams()));
        assertThat(Workload.of(problem, doubled)).isEqualTo(Workload.of(problem, schedule));
    }

    @Test
    void spreadIsMeasuredOverTheTeamsUsed() {
        Workload workload = Workload.of(problem, schedule);
        List<Integer> used = workload.teamsUsed().stream().map(Workload.TeamLoad::drills).toList();
        assertThat(used).allMatch(n -> n > 0);
        int max = used.stream().mapToInt(Integer::intValue).max().orElseThrow();
        int min = used.stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertThat(workload.drillsPerTeamRange()).isEqualTo(max - min);
        double mean = used.stream().mapToInt(Integer::intValue).average().orElseThrow();
        double sd = Math.sqrt(used.stream().mapToDouble(n -> (n - mean) * (n - mean)).sum() / used.size());
        assertThat(workload.drillsPerTeamStdDev()).isCloseTo(sd, within(1e-9));
        Workload none = Workload.of(problem, List.of());
        assertThat(none.teamsUsed()).isEmpty();
        assertThat(none.travelKm()).isZero();
        assertThat(none.drillsPerTeamRange()).isZero();
        assertThat(none.drillsPerTeamStdDev()).isZero();
    }
}
