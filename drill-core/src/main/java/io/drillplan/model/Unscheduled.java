package io.drillplan.model;

/**
 * A drill the schedule leaves out, with the reason in a planner's words.
 *
 * @param drill the drill's id
 * @param reason what blocked it, for example "no team with skill HAZMAT within 60 km of U5"
 */
public record Unscheduled(String drill, String reason) {}
