package io.drillplan.solver;

import io.drillplan.model.Score;
import java.time.Duration;

/**
 * A snapshot of a running solve, sent each time the best schedule improves.
 *
 * @param elapsed time since the solve started
 * @param bestScore the best score so far; {@link Score#isFeasible()} says whether that schedule
 *     breaks no hard rule
 * @param drillsPlaced drills held (a slot and every team) in the best schedule
 * @param drillsTotal drills in the problem
 */
public record Progress(Duration elapsed, Score bestScore, int drillsPlaced, int drillsTotal) {}
