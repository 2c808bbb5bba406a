package io.drillplan.model;

/**
 * "This drill comes at least {@code minDays} days after drill {@code drill}": a step of the
 * building-block chain.
 *
 * @param drill id of the drill that must come first
 * @param minDays least number of days between the two dates, 0 or more; with 0 the first drill
 *     must end no later than this one starts
 */
public record Precedence(String drill, int minDays) {}
