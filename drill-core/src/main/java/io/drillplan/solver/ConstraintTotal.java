package io.drillplan.solver;

/**
 * What one constraint costs a schedule.
 *
 * @param name the constraint, for example "Team double-booked"
 * @param level {@code hard}, {@code medium} or {@code soft}
 * @param penalty the total penalty at that level (0 or more)
 * @param matches how many times it matched
 */
public record ConstraintTotal(String name, String level, long penalty, int matches) {}
