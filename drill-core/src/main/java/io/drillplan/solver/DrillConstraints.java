package io.drillplan.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.filtering;

import java.util.function.Function;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * Engine internal (public only for the engine's reflection): the hard rules of format.md (rule 1, every drill exactly once, holds by construction: one
 * entity per drill), the medium penalties for drills left out, and the soft preferences.
 */
public final class DrillConstraints implements ConstraintProvider {

    static final String OUTSIDE_WINDOW = "Drill outside its window";
    static final String UNIT_CLOSED = "Unit closed";
    static final String TEAM_UNQUALIFIED = "Team lacks skill or reach";
    static final String TEAM_TWO_ROLES = "Team fills two roles of a drill";
    static final String ROLE_UNFILLED = "Role unfilled";
    static final String TEAM_UNAVAILABLE = "Team unavailable";
    static final String TEAM_DOUBLE_BOOKED = "Team double-booked";
    static final String TEAM_DAILY_LIMIT = "Team over daily limit";
    static final String TEAM_WEEKLY_LIMIT = "Team over weekly limit";
    static final String UNIT_DOUBLE_BOOKED = "Unit double-booked";
    static final String PREREQUISITE_NOT_HELD = "Prerequisite not held";
    static final String PREREQUISITE_UNDERSTAFFED = "Prerequisite understaffed";
    static final String REGION_DAILY_LIMIT = "Region over daily limit";
    static final String UNSCHEDULED = "Drill unscheduled";
    static final String TRAVEL = "Travel distance";
    static final String WORKLOAD = "Team workload";
    static final String HIGH_RISK_LATE = "High-risk unit late";
    static final String PILED_UP = "Drills piled on a day";
    static final String CHAIN_TEAM_CHANGED = "Chain guided by different teams";
    static final String PUBLISHED_CHANGED = "Published date changed";
    static final String PUBLISHED_TEAM_CHANGED = "Published team changed";

    /** What dropping a published drill costs against stability, in days moved. */
    static final int DAYS_FOR_A_DROPPED_DRILL = 30;

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
                .asConstraint(OUTSIDE_WINDOW);
    }

    Constraint unitClosed(ConstraintFactory factory) {
        // Rule 3: no drill on the unit's closed days, weekends or holidays unless it opens then.
        return factory.forEach(PlannedDrill.class)
                .filter(drill -> !drill.unitOpen())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(UNIT_CLOSED);
    }

    Constraint teamUnqualified(ConstraintFactory factory) {
        // Rule 4: a team fills a seat only if it has the skill and reaches the unit.
        return factory.forEach(TeamSeat.class)
                .filter(seat -> seat.isPlaced() && !seat.teamQualified())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(TEAM_UNQUALIFIED);
    }

    Constraint teamFillsTwoRoles(ConstraintFactory factory) {
        // Rule 4: a team fills at most one seat of a drill.
        // Only drills with several seats can break it: the rest never enter the join.
        return placedSeats(factory)
                .filter(TeamSeat::sharesDrill)
                .join(placedSeats(factory).filter(TeamSeat::sharesDrill), equal(TeamSeat::drillTeamKey))
                .filter((a, b) -> a.index() < b.index())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(TEAM_TWO_ROLES);
    }

    Constraint teamUnavailable(ConstraintFactory factory) {
        // Rule 5: a team guides no drill on a date it is away.
        return placedSeats(factory)
                .filter(seat -> seat.getTeam().unavailableOn(seat.getDrillSlot()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(TEAM_UNAVAILABLE);
    }

    Constraint teamDoubleBooked(ConstraintFactory factory) {
        // Rule 6: a team's drills on one date leave room for the road between the units.
        // One combined hash key and a filter for the pair order: cheaper than equal+equal+lessThan.
        return placedSeats(factory)
                .join(placedSeats(factory), equal(TeamSeat::teamDayKey))
                .filter((a, b) -> a.index() < b.index() && a.drillIndex() != b.drillIndex() && conflict(a, b))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(TEAM_DOUBLE_BOOKED);
    }

    Constraint teamOverDailyLimit(ConstraintFactory factory) {
        // Rule 7: a team holds at most maxDrillsPerDay drills on a date.
        return placedSeats(factory)
                .groupBy(TeamSeat::getTeam, TeamSeat::day, DistinctDrillCount.INSTANCE)
                .filter((team, day, drills) -> drills > team.maxPerDay())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (team, day, drills) -> drills - team.maxPerDay())
                .asConstraint(TEAM_DAILY_LIMIT);
    }

    Constraint teamOverWeeklyLimit(ConstraintFactory factory) {
        // Rule 7: a team holds at most maxDrillsPerWeek drills in an ISO week.
        return placedSeats(factory)
                .groupBy(TeamSeat::getTeam, TeamSeat::week, DistinctDrillCount.INSTANCE)
                .filter((team, week, drills) -> drills > team.maxPerWeek())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (team, week, drills) -> drills - team.maxPerWeek())
                .asConstraint(TEAM_WEEKLY_LIMIT);
    }

    Constraint unitDoubleBooked(ConstraintFactory factory) {
        // Rule 8: a unit never holds two drills whose times overlap.
        return factory.forEach(PlannedDrill.class)
                .join(PlannedDrill.class, equal(PlannedDrill::unitDayKey))
                .filter((a, b) -> a.index() < b.index()
                        && a.startMinute() < b.endMinute() && b.startMinute() < a.endMinute())
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(UNIT_DOUBLE_BOOKED);
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
                .asConstraint(PREREQUISITE_NOT_HELD);
    }

    Constraint prerequisiteUnderstaffed(ConstraintFactory factory) {
        // Rule 9 while planning: a prerequisite with an empty seat will not be held either.
        // (Off when checking a finished schedule, where that seat is a rule 4 violation instead.)
        return factory.forEachIncludingNullVars(TeamSeat.class)
                .filter(seat -> seat.getTeam() == null && seat.isPlaced())
                .join(ChainLink.class, equal(TeamSeat::drillIndex, ChainLink::earlierIndex))
                .join(PlannedDrill.class, equal((seat, link) -> link.laterIndex(), PlannedDrill::index))
                .penalizeConfigurable()
                .asConstraint(PREREQUISITE_UNDERSTAFFED);
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
                .asConstraint(REGION_DAILY_LIMIT);
    }

    // ---------------------------------------------------------------- medium

    Constraint roleUnfilled(ConstraintFactory factory) {
        // A held drill with an empty seat is not held: it counts as left out, once per drill.
        return factory.forEachIncludingNullVars(TeamSeat.class)
                .filter(seat -> seat.getTeam() == null && seat.isPlaced())
                .groupBy(TeamSeat::drill)
                .penalizeConfigurableLong(PlannedDrill::priority)
                .asConstraint(ROLE_UNFILLED);
    }

    Constraint drillUnscheduled(ConstraintFactory factory) {
        // Every drill left out costs its priority.
        return factory.forEachIncludingNullVars(PlannedDrill.class)
                .filter(drill -> drill.getSlot() == null)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, PlannedDrill::priority)
                .asConstraint(UNSCHEDULED);
    }

    // ---------------------------------------------------------------- soft

    Constraint travelDistance(ConstraintFactory factory) {
        // Teams should guide drills near their base.
        return placedSeats(factory)
                .penalizeConfigurableLong(TeamSeat::travelKm)
                .asConstraint(TRAVEL);
    }

    Constraint teamWorkload(ConstraintFactory factory) {
        // Drills should be spread over the teams that can guide them (squared load).
        return placedSeats(factory)
                .groupBy(TeamSeat::getTeam, count())
                .penalizeConfigurableLong((team, drills) -> (long) drills * drills)
                .asConstraint(WORKLOAD);
    }

    Constraint highRiskUnitLate(ConstraintFactory factory) {
        // Red and orange units should drill early in the month.
        return factory.forEach(PlannedDrill.class)
                .filter(drill -> drill.unit().riskWeight() > 0)
                .penalizeConfigurableLong(drill -> (long) drill.unit().riskWeight() * Math.max(0, drill.day()))
                .asConstraint(HIGH_RISK_LATE);
    }

    Constraint drillsPiledOnADay(ConstraintFactory factory) {
        // A region's drills should not pile up on one date (the bureau observes them).
        return factory.forEach(PlannedDrill.class)
                .groupBy(drill -> drill.unit().region(), PlannedDrill::day, count())
                .filter((region, day, drills) -> drills > 1)
                .penalizeConfigurableLong((region, day, drills) -> (long) drills * (drills - 1) / 2)
                .asConstraint(PILED_UP);
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
                .asConstraint(CHAIN_TEAM_CHANGED);
    }

    Constraint publishedDateChanged(ConstraintFactory factory) {
        // Re-planning should keep published dates: one per day moved (a slot change counts one).
        return factory.forEachIncludingNullVars(PlannedDrill.class)
                .filter(drill -> drill.publishedSlot() != null && drill.getSlot() != drill.publishedSlot())
                .penalizeConfigurableLong(DrillConstraints::daysMoved)
                .asConstraint(PUBLISHED_CHANGED);
    }

    Constraint publishedTeamChanged(ConstraintFactory factory) {
        // Re-planning should keep the published teams of a drill that is still held.
        return placedSeats(factory)
                .filter(seat -> seat.publishedTeam() != null && seat.getTeam() != seat.publishedTeam())
                .penalizeConfigurableLong(seat -> 1L)
                .asConstraint(PUBLISHED_TEAM_CHANGED);
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
