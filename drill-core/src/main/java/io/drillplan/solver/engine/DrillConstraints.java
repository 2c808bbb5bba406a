package io.drillplan.solver.engine;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.filtering;

import io.drillplan.model.ScheduleConstraint;
import java.util.function.Function;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * Engine internal (public for the engine's reflection, the planner and the benchmarks): the hard rules of format.md (rule 1, every drill exactly once, holds by construction: one
 * entity per drill), the medium penalties for drills left out, and the soft preferences.
 */
public final class DrillConstraints implements ConstraintProvider {

    /** What dropping a published drill costs against stability, in days moved. */
    public static final int DAYS_FOR_A_DROPPED_DRILL = 30;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            drillOutsideWindow(factory),
            unitClosed(factory),
            teamUnqualified(factory),
            teamFillsTwoRoles(factory),
            teamUnavailable(factory),
            teamDoubleBooked(factory),
            teamOverDailyLimit(factory),
            teamOverWeeklyLimit(factory),
            unitDoubleBooked(factory),
            prerequisiteUnscheduledOrLate(factory),
            prerequisiteUnderstaffed(factory),
            regionOverDailyLimit(factory),
            // Hard while checking a finished schedule, medium while planning.
            roleUnfilled(factory),
            // Medium.
            drillUnscheduled(factory),
            // Soft.
            travelDistance(factory),
            teamWorkload(factory),
            highRiskUnitLate(factory),
            drillsPiledOnADay(factory),
            chainGuidedByDifferentTeams(factory),
            publishedDateChanged(factory),
            publishedTeamChanged(factory),
        };
    }

    // ---------------------------------------------------------------- hard

    Constraint drillOutsideWindow(ConstraintFactory factory) {
        // Rule 2: the date lies in the horizon and the drill's window, and its slots fit the day.
        return factory.forEach(PlannedDrill.class)
                .filter(drill -> !drill.inWindowAndDay())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((drill, score) -> Involvement.drills(drill))
                .asConstraint(ScheduleConstraint.OUTSIDE_WINDOW.title());
    }

    Constraint unitClosed(ConstraintFactory factory) {
        // Rule 3: no drill on the unit's closed days, weekends or holidays unless it opens then.
        return factory.forEach(PlannedDrill.class)
                .filter(drill -> !drill.unitOpen())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((drill, score) -> Involvement.drills(drill))
                .asConstraint(ScheduleConstraint.UNIT_CLOSED.title());
    }

    Constraint teamUnqualified(ConstraintFactory factory) {
        // Rule 4: a team fills a seat only if it has the skill and reaches the unit.
        return factory.forEach(TeamSeat.class)
                .filter(seat -> seat.isPlaced() && !seat.teamQualified())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((seat, score) -> Involvement.seats(seat))
                .asConstraint(ScheduleConstraint.TEAM_UNQUALIFIED.title());
    }

    Constraint teamFillsTwoRoles(ConstraintFactory factory) {
        // Rule 4: a team fills at most one seat of a drill.
        // Only drills with several seats can break it: the rest never enter the join.
        return placedSeats(factory)
                .filter(TeamSeat::sharesDrill)
                .join(placedSeats(factory).filter(TeamSeat::sharesDrill), equal(TeamSeat::drillTeamKey))
                .filter((a, b) -> a.index() < b.index())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((a, b, score) -> Involvement.seats(a, b))
                .asConstraint(ScheduleConstraint.TEAM_TWO_ROLES.title());
    }

    Constraint teamUnavailable(ConstraintFactory factory) {
        // Rule 5: a team guides no drill on a date it is away.
        return placedSeats(factory)
                .filter(seat -> seat.getTeam().unavailableOn(seat.getDrillSlot()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((seat, score) -> Involvement.seats(seat))
                .asConstraint(ScheduleConstraint.TEAM_UNAVAILABLE.title());
    }

    Constraint teamDoubleBooked(ConstraintFactory factory) {
        // Rule 6: a team's drills on one date leave room for the road between the units.
        // One combined hash key and a filter for the pair order: cheaper than equal+equal+lessThan.
        return placedSeats(factory)
                .join(placedSeats(factory), equal(TeamSeat::teamDayKey))
                .filter((a, b) -> a.index() < b.index() && a.drillIndex() != b.drillIndex() && conflict(a, b))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((a, b, score) -> Involvement.seats(a, b))
                .asConstraint(ScheduleConstraint.TEAM_DOUBLE_BOOKED.title());
    }

    Constraint teamOverDailyLimit(ConstraintFactory factory) {
        // Rule 7: a team holds at most maxDrillsPerDay drills on a date.
        return placedSeats(factory)
                .groupBy(TeamSeat::getTeam, TeamSeat::day, DistinctDrillCount.INSTANCE)
                .filter((team, day, drills) -> drills > team.maxPerDay())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (team, day, drills) -> drills - team.maxPerDay())
                .justifyWith((team, day, drills, score) -> new Involvement.TeamLoad(team, true, day))
                .asConstraint(ScheduleConstraint.TEAM_DAILY_LIMIT.title());
    }

    Constraint teamOverWeeklyLimit(ConstraintFactory factory) {
        // Rule 7: a team holds at most maxDrillsPerWeek drills in an ISO week.
        return placedSeats(factory)
                .groupBy(TeamSeat::getTeam, TeamSeat::week, DistinctDrillCount.INSTANCE)
                .filter((team, week, drills) -> drills > team.maxPerWeek())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (team, week, drills) -> drills - team.maxPerWeek())
                .justifyWith((team, week, drills, score) -> new Involvement.TeamLoad(team, false, week))
                .asConstraint(ScheduleConstraint.TEAM_WEEKLY_LIMIT.title());
    }

    Constraint unitDoubleBooked(ConstraintFactory factory) {
        // Rule 8: a unit never holds two drills whose times overlap.
        return factory.forEach(PlannedDrill.class)
                .join(PlannedDrill.class, equal(PlannedDrill::unitDayKey))
                .filter((a, b) -> a.index() < b.index()
                        && a.startMinute() < b.endMinute() && b.startMinute() < a.endMinute())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((a, b, score) -> Involvement.drills(a, b))
                .asConstraint(ScheduleConstraint.UNIT_DOUBLE_BOOKED.title());
    }

    Constraint prerequisiteUnscheduledOrLate(ConstraintFactory factory) {
        // Rule 9: a held drill's prerequisite is held, at least minDays earlier.
        return factory.forEach(ChainLink.class)
                .join(PlannedDrill.class, equal(ChainLink::laterIndex, PlannedDrill::index))
                .join(factory.forEachIncludingNullVars(PlannedDrill.class),
                        equal((link, later) -> link.earlierIndex(), PlannedDrill::index))
                .filter((link, later, earlier) -> earlier.getSlot() == null
                        || !respectsPrecedence(link.minDays(), earlier, later))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .justifyWith((link, later, earlier, score) -> Involvement.drills(later, earlier))
                .asConstraint(ScheduleConstraint.PREREQUISITE_NOT_HELD.title());
    }

    Constraint prerequisiteUnderstaffed(ConstraintFactory factory) {
        // Rule 9 while planning: a prerequisite with an empty seat will not be held either.
        // (Off when checking a finished schedule, where that seat is a rule 4 violation instead.)
        return factory.forEachIncludingNullVars(TeamSeat.class)
                .filter(seat -> seat.getTeam() == null && seat.isPlaced())
                .join(ChainLink.class, equal(TeamSeat::drillIndex, ChainLink::earlierIndex))
                .join(PlannedDrill.class, equal((seat, link) -> link.laterIndex(), PlannedDrill::index))
                .penalizeConfigurable()
                .justifyWith((seat, link, later, score) -> Involvement.drills(seat.drill(), later))
                .asConstraint(ScheduleConstraint.PREREQUISITE_UNDERSTAFFED.title());
    }

    Constraint regionOverDailyLimit(ConstraintFactory factory) {
        // Rule 10: a capped region hosts at most its limit of drills per date, sub-regions included.
        return factory.forEach(PlannedDrill.class)
                .filter(drill -> !drill.unit().cappedRegions().isEmpty())
                .flattenLast(PlannedDrill::cappedRegionDays)
                .groupBy(Function.identity(), count())
                .filter((regionDay, drills) -> drills > regionDay.cap().max())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (regionDay, drills) -> drills - regionDay.cap().max())
                .justifyWith((regionDay, drills, score) -> new Involvement.RegionLoad(regionDay))
                .asConstraint(ScheduleConstraint.REGION_DAILY_LIMIT.title());
    }

    // ---------------------------------------------------------------- medium

    Constraint roleUnfilled(ConstraintFactory factory) {
        // A held drill with an empty seat is not held: it counts as left out, once per drill.
        return factory.forEachIncludingNullVars(TeamSeat.class)
                .filter(seat -> seat.getTeam() == null && seat.isPlaced())
                .groupBy(TeamSeat::drill)
                .penalizeConfigurableLong(PlannedDrill::priority)
                .justifyWith((drill, score) -> Involvement.drills(drill))
                .asConstraint(ScheduleConstraint.ROLE_UNFILLED.title());
    }

    Constraint drillUnscheduled(ConstraintFactory factory) {
        // Every drill left out costs its priority.
        return factory.forEachIncludingNullVars(PlannedDrill.class)
                .filter(drill -> drill.getSlot() == null)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, PlannedDrill::priority)
                .justifyWith((drill, score) -> Involvement.drills(drill))
                .asConstraint(ScheduleConstraint.UNSCHEDULED.title());
    }

    // ---------------------------------------------------------------- soft

    Constraint travelDistance(ConstraintFactory factory) {
        // Teams should guide drills near their base.
        return placedSeats(factory)
                .penalizeConfigurableLong(TeamSeat::travelKm)
                .justifyWith((seat, score) -> Involvement.seats(seat))
                .asConstraint(ScheduleConstraint.TRAVEL.title());
    }

    Constraint teamWorkload(ConstraintFactory factory) {
        // Drills should be spread over the teams that can guide them (squared load).
        return placedSeats(factory)
                .groupBy(TeamSeat::getTeam, count())
                .penalizeConfigurableLong((team, drills) -> (long) drills * drills)
                .justifyWith((team, drills, score) -> Involvement.team(team))
                .asConstraint(ScheduleConstraint.WORKLOAD.title());
    }

    Constraint highRiskUnitLate(ConstraintFactory factory) {
        // Red and orange units should drill early in the month.
        return factory.forEach(PlannedDrill.class)
                .filter(drill -> drill.unit().riskWeight() > 0)
                .penalizeConfigurableLong(drill -> (long) drill.unit().riskWeight() * Math.max(0, drill.day()))
                .justifyWith((drill, score) -> Involvement.drills(drill))
                .asConstraint(ScheduleConstraint.HIGH_RISK_LATE.title());
    }

    Constraint drillsPiledOnADay(ConstraintFactory factory) {
        // A region's drills should not pile up on one date (the bureau observes them).
        return factory.forEach(PlannedDrill.class)
                .groupBy(drill -> drill.unit().region(), PlannedDrill::day, count())
                .filter((region, day, drills) -> drills > 1)
                .penalizeConfigurableLong((region, day, drills) -> (long) drills * (drills - 1) / 2)
                .justifyWith((region, day, drills, score) -> Involvement.none())
                .asConstraint(ScheduleConstraint.PILED_UP.title());
    }

    Constraint chainGuidedByDifferentTeams(ConstraintFactory factory) {
        // A team of a unit's earlier chain step should guide the next step of the same skill too.
        return placedSeats(factory)
                .filter(TeamSeat::isLaterSameUnitStep)
                .join(ChainLink.class, equal(TeamSeat::drillIndex, ChainLink::laterIndex))
                .filter((seat, link) -> link.sameUnit())
                .ifExists(TeamSeat.class,
                        equal((seat, link) -> link.earlierIndex(), TeamSeat::drillIndex),
                        equal((seat, link) -> seat.skill(), TeamSeat::skill),
                        filtering((seat, link, earlier) -> earlier.isPlaced()))
                .ifNotExists(TeamSeat.class,
                        equal((seat, link) -> link.earlierIndex(), TeamSeat::drillIndex),
                        equal((seat, link) -> seat.getTeam(), TeamSeat::getTeam),
                        filtering((seat, link, earlier) -> earlier.isPlaced()))
                .penalizeConfigurableLong((seat, link) -> 1L)
                .justifyWith((seat, link, score) -> Involvement.seats(seat))
                .asConstraint(ScheduleConstraint.CHAIN_TEAM_CHANGED.title());
    }

    Constraint publishedDateChanged(ConstraintFactory factory) {
        // Re-planning should keep published dates: one per day moved (a slot change counts one).
        return factory.forEachIncludingNullVars(PlannedDrill.class)
                .filter(drill -> drill.publishedSlot() != null && drill.getSlot() != drill.publishedSlot())
                .penalizeConfigurableLong(DrillConstraints::daysMoved)
                .justifyWith((drill, score) -> Involvement.drills(drill))
                .asConstraint(ScheduleConstraint.PUBLISHED_CHANGED.title());
    }

    Constraint publishedTeamChanged(ConstraintFactory factory) {
        // Re-planning should keep the published teams of a drill that is still held.
        return placedSeats(factory)
                .filter(seat -> seat.publishedTeam() != null && seat.getTeam() != seat.publishedTeam())
                .penalizeConfigurableLong(seat -> 1L)
                .justifyWith((seat, score) -> Involvement.seats(seat))
                .asConstraint(ScheduleConstraint.PUBLISHED_TEAM_CHANGED.title());
    }

    // ---------------------------------------------------------------- shared pieces

    private static UniConstraintStream<TeamSeat> placedSeats(ConstraintFactory factory) {
        return factory.forEach(TeamSeat.class).filter(TeamSeat::isPlaced);
    }

    /** Rule 6 for two seats of one team on one date. */
    static boolean conflict(TeamSeat a, TeamSeat b) {
        TeamSeat first = a.startMinute() <= b.startMinute() ? a : b;
        TeamSeat second = first == a ? b : a;
        int travel = first.drill().unit().travelMinutesTo(second.drill().unit());
        return first.endMinute() + travel > second.startMinute();
    }

    static long daysMoved(PlannedDrill drill) {
        if (drill.getSlot() == null) {
            return DAYS_FOR_A_DROPPED_DRILL;
        }
        return Math.max(1, Math.abs(drill.day() - drill.publishedSlot().day()));
    }

    /** Rule 9 for two placed drills. */
    static boolean respectsPrecedence(int minDays, PlannedDrill earlier, PlannedDrill later) {
        return Precedences.respects(minDays, earlier.day(), earlier.endMinute(), later.day(), later.startMinute());
    }
}
