package io.drillplan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.check.ScheduleChecker;
import io.drillplan.model.Assignment;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Schedule;
import io.drillplan.model.TeamAssignment;
import io.drillplan.samples.SampleProblems;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GreedyCrewTest {

    private final DrillProblem problem = SampleProblems.generate(SampleProblems.Preset.COUNTY);
    private final Schedule schedule = GreedyScheduler.schedule(problem);

    private static Set<String> crew(Assignment a) {
        return a.teams().stream().map(TeamAssignment::team).collect(Collectors.toSet());
    }

    @Test
    void prefersTheGivenTeamsWhereTheyAreFree() {
        int kept = 0;
        for (Assignment a : schedule.assignments().subList(0, 40)) {
            Assignment nearest = GreedyScheduler.withCrew(problem, schedule, a, Set.of()).orElseThrow();
            assertThat(nearest.date()).isEqualTo(a.date());
            assertThat(nearest.slot()).isEqualTo(a.slot());
            String skill = a.teams().get(0).skill();
            for (RescueTeam other : problem.teams()) {
                if (crew(nearest).contains(other.id()) || !other.skills().contains(skill)) {
                    continue;
                }
                Assignment preferred = GreedyScheduler.withCrew(problem, schedule, a, Set.of(other.id())).orElseThrow();
                if (crew(preferred).contains(other.id())) {
                    kept++;
                    List<Assignment> changed = new ArrayList<>(schedule.assignments());
                    changed.set(changed.indexOf(a), preferred);
                    assertThat(ScheduleChecker.check(problem, new Schedule(problem.name(), changed, List.of()))
                            .violations()).as(preferred.toString()).isEmpty();
                } else {
                    assertThat(crew(preferred)).isEqualTo(crew(nearest));
                }
            }
        }
        assertThat(kept).isPositive();
    }

    @Test
    void theCrewItChoosesKeepsEveryRule() {
        List<Assignment> changed = new ArrayList<>();
        for (Assignment a : schedule.assignments()) {
            List<Assignment> others = new ArrayList<>(changed);
            schedule.assignments().stream().filter(b -> !b.drill().equals(a.drill())
                    && changed.stream().noneMatch(c -> c.drill().equals(b.drill()))).forEach(others::add);
            Schedule booked = new Schedule(problem.name(), others, List.of());
            changed.add(GreedyScheduler.withCrew(problem, booked, a, Set.of()).orElse(a));
        }
        assertThat(ScheduleChecker.check(problem, new Schedule(problem.name(), changed, List.of()))
                .violations()).isEmpty();
    }
}
