package io.drillplan.simulation;

import io.drillplan.model.Schedule;
import java.util.List;
import java.util.Locale;

/**
 * One simulated month under one policy.
 *
 * @param policy the re-planning policy
 * @param replication the replication number, from 1: equal numbers (with equal seeds) meet
 *     equal disruptions whatever the policy
 * @param metrics what the month achieved
 * @param events the log of the month, in the order things happened
 * @param days a tally per day of the horizon
 * @param outcome what was held: the drills held, on the dates they were held; the rest listed as
 *     unscheduled with the reason they were not
 * @param repairSolves how many mornings REPAIR called the solver (0 for the other policies)
 * @param repairAdopted how many of those solves held more than SHIFT would and were adopted
 * @param repairFallbacks repair solves whose result broke a hard rule or moved a pinned drill and
 *     was replaced by SHIFT's placements (0 expected; nonzero points at a solver fault)
 */
public record SimulationRun(
        ReplanPolicy policy,
        int replication,
        RunMetrics metrics,
        List<SimulationEvent> events,
        List<DayTally> days,
        Schedule outcome,
        int repairSolves,
        int repairAdopted,
        int repairFallbacks) {

    /**
     * Makes the lists immutable.
     *
     * @param policy the re-planning policy
     * @param replication the replication number, from 1: equal numbers (with equal seeds) meet
     *     equal disruptions whatever the policy
     * @param metrics what the month achieved
     * @param events the log of the month, in the order things happened
     * @param days a tally per day of the horizon
     * @param outcome what was held: the drills held, on the dates they were held; the rest listed as
     *     unscheduled with the reason they were not
     * @param repairSolves how many mornings REPAIR called the solver (0 for the other policies)
     * @param repairAdopted how many of those solves held more than SHIFT would and were adopted
     * @param repairFallbacks repair solves whose result broke a hard rule or moved a pinned drill and
     *     was replaced by SHIFT's placements (0 expected; nonzero points at a solver fault)
     */
    public SimulationRun {
        events = List.copyOf(events);
        days = List.copyOf(days);
    }

    /** {@return the event log as text, one {@link SimulationEvent#line()} per line} */
    public String log() {
        StringBuilder text = new StringBuilder();
        events.forEach(e -> text.append(e.line()).append('\n'));
        return text.toString();
    }

    /**
     * The event log as text in {@code locale}'s language, one {@link SimulationEvent#line(Locale)} per line.
     *
     * @param locale the reader's language: Chinese for any {@code zh} locale, English otherwise
     * @return the log
     */
    public String log(Locale locale) {
        StringBuilder text = new StringBuilder();
        events.forEach(e -> text.append(e.line(locale)).append('\n'));
        return text.toString();
    }
}
