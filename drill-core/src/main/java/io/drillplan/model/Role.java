package io.drillplan.model;

/**
 * A need of a drill for {@code count} distinct teams with one skill.
 *
 * @param skill the skill every team filling this role must have
 * @param count how many teams, at least 1
 */
public record Role(String skill, int count) {}
