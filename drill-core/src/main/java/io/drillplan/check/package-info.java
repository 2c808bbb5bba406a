/**
 * An independent second reading of the ten hard rules of {@code drillplan-schedule/1}:
 * {@link io.drillplan.check.ScheduleChecker#check} takes a problem and any schedule, however
 * broken, and returns a {@link io.drillplan.check.CheckReport} of
 * {@link io.drillplan.check.Violation}s, each naming its {@link io.drillplan.model.HardRule} of
 * docs/rules.md (whose {@code constraints()} are the solver's constraints for it).
 *
 * <p>Plain Java on purpose: the solver enforces the same rules as constraints, and the two are
 * tested against each other, so this package must not share code or engine with the solver.
 */
package io.drillplan.check;
