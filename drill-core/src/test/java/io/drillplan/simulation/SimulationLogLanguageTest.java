package io.drillplan.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.Message;
import io.drillplan.model.Unscheduled;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The event log and the loss reasons of a simulated month read in Chinese when asked, and stay
 * word for word what they were in English.
 */
class SimulationLogLanguageTest {

    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final String DATE = "\\d{4}-\\d\\d-\\d\\d";
    // The English wording the simulator had before its events became coded messages.
    private static final Map<SimulationEvent.Kind, Pattern> ENGLISH = Map.of(
            SimulationEvent.Kind.RAIN, Pattern.compile("(scripted )?heavy rain: outdoor drills called off today"),
            SimulationEvent.Kind.DRILL_HELD, Pattern.compile("held \\S+ at .+ with .+"),
            SimulationEvent.Kind.INCIDENT, Pattern.compile("(scripted: away |called to an incident, away )(today|"
                    + DATE + "\\.\\." + DATE + " \\(\\d+ days\\))"),
            SimulationEvent.Kind.DRILL_MOVED, Pattern.compile(".+( from " + DATE + " \\S+ to " + DATE
                    + " \\S+ with .+|: kept " + DATE + ", now \\S+ with .+)"));

    @ParameterizedTest
    @EnumSource(ReplanPolicy.class)
    void aChineseLogHasNoEnglishWordsAndTheEnglishLogKeepsItsWording(ReplanPolicy policy) {
        DrillProblem county = MonthSimulationTest.COUNTY;
        SimulationRun run = MonthSimulationTest.simulation(county, MonthSimulationTest.COUNTY_PLAN,
                MonthSimulationTest.ROUGH, policy, 11L).run();
        List<String> ids = ids(county);
        Set<SimulationEvent.Kind> kinds = EnumSet.noneOf(SimulationEvent.Kind.class);
        for (SimulationEvent e : run.events()) {
            kinds.add(e.kind());
            assertThat(e.why()).as(e.line()).isNotNull();
            Pattern english = ENGLISH.get(e.kind());
            if (english != null) {
                assertThat(e.detail(Locale.ENGLISH)).matches(english);
            }
            String chinese = e.line(Locale.CHINESE);
            assertThat(LATIN.matcher(withoutIds(chinese, ids)).find()).as(chinese).isFalse();
        }
        // the month is rough enough that the log covers what the policies do
        assertThat(kinds).contains(SimulationEvent.Kind.INCIDENT, SimulationEvent.Kind.RAIN,
                SimulationEvent.Kind.DRILL_DISRUPTED, SimulationEvent.Kind.DRILL_LOST, SimulationEvent.Kind.DRILL_HELD);
        if (policy != ReplanPolicy.NONE) {
            assertThat(kinds).contains(SimulationEvent.Kind.DRILL_MOVED);
        }
        for (Unscheduled u : run.outcome().unscheduled()) {
            String chinese = u.reason(Locale.CHINESE);
            assertThat(LATIN.matcher(withoutIds(chinese, ids)).find()).as(u.drill() + ": " + chinese).isFalse();
        }
    }

    @Test
    void aMessageClosesAfterItsParts() {
        Message dropped = Message.of("sim.droppedEvent").with(List.of(Message.of("sim.noRoom")));
        assertThat(dropped.text(Locale.ENGLISH)).isEqualTo("dropped by the re-plan (no room)");
        assertThat(dropped.text(Locale.CHINESE)).isEqualTo("重新规划时删除（没有空位）");
        Message lost = Message.of("sim.lost").with(List.of(Message.of("sim.teamAway", "T1"), Message.of("sim.noLaterSlot")));
        assertThat(lost.text(Locale.ENGLISH)).isEqualTo("lost: team T1 away on an incident; no later slot");
        assertThat(lost.text(Locale.CHINESE)).isEqualTo("未举行：队伍 T1 出警处置突发事件；没有更晚的时段");
    }

    /**
     * Every id and skill code of the problem (values from the input, shown as written), longest
     * first so that no id is cut out of a longer one.
     */
    private static List<String> ids(DrillProblem problem) {
        List<String> ids = new ArrayList<>();
        problem.drills().forEach(d -> ids.add(d.id()));
        problem.teams().forEach(t -> {
            ids.add(t.id());
            ids.addAll(t.skills());
        });
        problem.units().forEach(u -> ids.add(u.id()));
        problem.regions().forEach(r -> ids.add(r.id()));
        problem.horizon().slots().forEach(s -> ids.add(s.id()));
        ids.sort(Comparator.comparingInt(String::length).reversed());
        return ids;
    }

    private static String withoutIds(String text, List<String> ids) {
        for (String id : ids) {
            text = text.replace(id, "");
        }
        return text;
    }
}
