package io.drillplan.simulation;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import java.time.LocalDate;

/**
 * Receives every version of the schedule a simulated month publishes: one per day, after the
 * morning's disruptions were handled and before the day's drills are held. Each version keeps
 * every hard rule of docs/rules.md for the problem as known that morning, which tests check with
 * {@code io.drillplan.check.ScheduleChecker}.
 */
@FunctionalInterface
public interface ScheduleVersionListener {

    /** Ignores every version. */
    ScheduleVersionListener NONE = (date, problem, schedule) -> { };

    /**
     * Called once per simulated day, on the simulating thread.
     *
     * @param date the day
     * @param problemAsKnown the problem as known that morning: teams away on incidents are
     *     unavailable on those dates, and drills the policy was free to place have their windows
     *     starting the next day (see {@link MonthSimulation})
     * @param schedule the version published that morning
     */
    void onVersion(LocalDate date, DrillProblem problemAsKnown, Schedule schedule);
}
