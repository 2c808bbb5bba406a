package io.drillplan.solver;

import java.time.Duration;

/**
 * A snapshot of a running solve, sent each time the best schedule improves.
 *
 * @param elapsed time since the solve started
 * @param bestScore the best score so far, as in a schedule file
 * @param feasible whether the best schedule breaks no hard rule
 * @param drillsPlaced drills held (a slot and every team) in the best schedule
 * @param drillsTotal drills in the problem
 */
public record Progress(Duration elapsed, String bestScore, boolean feasible, int drillsPlaced, int drillsTotal) {}
