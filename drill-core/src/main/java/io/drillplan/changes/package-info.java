/**
 * What happens during the month, as small records an embedding application builds from its own
 * events, and {@link io.drillplan.changes.ChangedMonth}, which turns a problem, its published
 * schedule and a list of such changes into the changed problem, the version people were told
 * and the drills that must stay as they are, ready for
 * {@code DrillPlanner.replan(problem, published, today, pinned, listener)}.
 *
 * <pre>{@code
 * ChangedMonth month = ChangedMonth.of(problem, published, LocalDate.of(2026, 6, 10))
 *         .withAll(List.of(new TeamAway("T-xinzhou-mine1", june10, june12), new DrillCancelled("D-17")));
 * Replan replan = planner.replan(month.problem(), month.published(), month.today(), month.pinned(), listener);
 * }</pre>
 *
 * <p>Every change is checked against the month before it is applied; a bad one throws
 * {@link io.drillplan.changes.InvalidChangeException} listing every problem with the field and
 * the value.
 */
package io.drillplan.changes;
