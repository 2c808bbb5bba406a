package io.drillplan.model;

/**
 * One team guiding a drill, for one of the drill's skills.
 *
 * @param skill the skill the team is there for
 * @param team the team's id
 */
public record TeamAssignment(String skill, String team) {}
