package io.drillplan.solver.engine;

import java.util.BitSet;
import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import org.optaplanner.core.api.domain.variable.ShadowVariable;

/**
 * Engine internal (public for the engine's reflection, the planner and the benchmarks): one team a drill needs: a role with count 2 gives two seats. The team is nullable (an empty
 * seat is a medium penalty) and comes from the teams that have the skill and reach the unit.
 *
 * <p>{@link #getDrillSlot()} mirrors the drill's slot as a shadow variable, so that the
 * team-conflict constraints stay two-way joins of seats and the score engine still learns when
 * the drill moves.
 */
@PlanningEntity
public final class TeamSeat {

    public static final String TEAM = "team";
    static final String DRILL_SLOT = "drillSlot";

    private String id;
    // An integer id: the engine looks entities up by it when it rebases moves for move threads.
    @PlanningId
    private int index;
    private PlannedDrill drill;
    private String skill;
    private List<Team> eligibleTeams;
    // Both derived from eligibleTeams once, because the constraints ask on every move.
    private BitSet eligibleMask;
    private long[] travelKmByEligible;
    private Team publishedTeam;
    private PlanningCalendar calendar;
    // Whether the drill follows an earlier step at the same unit: a fact that keeps every other
    // seat out of the chain-continuity join.
    private boolean laterSameUnitStep;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "teamRange", nullable = true)
    private Team team;

    @ShadowVariable(variableListenerClass = SeatSlotUpdater.class,
            sourceEntityClass = PlannedDrill.class, sourceVariableName = PlannedDrill.SLOT)
    private TimeSlot drillSlot;

    /** For the solution cloner. */
    public TeamSeat() {}

    TeamSeat(int index, PlannedDrill drill, String skill, int ordinal, List<Team> eligibleTeams,
            PlanningCalendar calendar) {
        this.id = drill.getId() + "#" + skill + "#" + ordinal;
        this.index = index;
        this.drill = drill;
        this.skill = skill;
        this.eligibleTeams = eligibleTeams;
        this.calendar = calendar;
        this.eligibleMask = new BitSet();
        this.travelKmByEligible = new long[eligibleTeams.size()];
        for (int i = 0; i < eligibleTeams.size(); i++) {
            Team t = eligibleTeams.get(i);
            eligibleMask.set(t.index());
            travelKmByEligible[i] = Math.round(drill.unit().roadKmFrom(t.base()));
        }
    }

    /** A copy with the same variables belonging to {@code drillCopy}, for the solution cloner. */
    TeamSeat copyFor(PlannedDrill drillCopy) {
        TeamSeat copy = new TeamSeat();
        copy.id = id;
        copy.index = index;
        copy.drill = drillCopy;
        copy.skill = skill;
        copy.eligibleTeams = eligibleTeams;
        copy.eligibleMask = eligibleMask;
        copy.travelKmByEligible = travelKmByEligible;
        copy.publishedTeam = publishedTeam;
        copy.calendar = calendar;
        copy.laterSameUnitStep = laterSameUnitStep;
        copy.pinned = pinned;
        copy.team = team;
        copy.drillSlot = drillSlot;
        return copy;
    }

    @ValueRangeProvider(id = "teamRange")
    public List<Team> getEligibleTeams() {
        return eligibleTeams;
    }

    String getId() {
        return id;
    }

    int index() {
        return index;
    }

    public PlannedDrill drill() {
        return drill;
    }

    /** Index of the drill: a fact, safe to join on. */
    int drillIndex() {
        return drill.index();
    }

    public String skill() {
        return skill;
    }

    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        this.team = team;
    }

    TimeSlot getDrillSlot() {
        return drillSlot;
    }

    public void setDrillSlot(TimeSlot drillSlot) {
        this.drillSlot = drillSlot;
    }

    public boolean isPinned() {
        return pinned;
    }

    void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    boolean isLaterSameUnitStep() {
        return laterSameUnitStep;
    }

    void markLaterSameUnitStep() {
        laterSameUnitStep = true;
    }

    Team publishedTeam() {
        return publishedTeam;
    }

    void setPublishedTeam(Team publishedTeam) {
        this.publishedTeam = publishedTeam;
    }

    // Everything below reads this seat's own variables (team, drillSlot) and facts only.

    public boolean isPlaced() {
        return drillSlot != null;
    }

    public int day() {
        return drillSlot.day();
    }

    /** Whether the drill has other seats: only then can one team fill two of them. */
    boolean sharesDrill() {
        return drill.seats().size() > 1;
    }

    /** Drill and team in one key, for staffed seats. */
    long drillTeamKey() {
        return JoinKey.of(drill.index(), team.index());
    }

    /** Team and day in one key, for placed seats. */
    long teamDayKey() {
        return JoinKey.of(team.index(), drillSlot.day());
    }

    public int week() {
        return drillSlot.week();
    }

    int startMinute() {
        return calendar.startMinute(drillSlot.slotIndex());
    }

    int endMinute() {
        return calendar.endMinute(drillSlot.slotIndex(), drill.duration());
    }

    /**
     * Rule 4: the team has the skill and its base lies within its radius of the unit, which is
     * exactly what made it eligible.
     */
    boolean teamQualified() {
        return eligibleMask.get(team.index());
    }

    /** Road km from the base of eligible team number {@code i} to the unit, rounded. */
    long travelKmByEligible(int i) {
        return travelKmByEligible[i];
    }

    /** Road km from the team's base to the unit, rounded. */
    long travelKm() {
        return travelKmFor(team);
    }

    /** Road km from {@code team}'s base to the unit, rounded. */
    long travelKmFor(Team team) {
        if (eligibleMask.get(team.index())) {
            // Eligible teams are few: a scan beats a map.
            for (int i = 0; i < eligibleTeams.size(); i++) {
                if (eligibleTeams.get(i) == team) {
                    return travelKmByEligible[i];
                }
            }
        }
        return Math.round(drill.unit().roadKmFrom(team.base()));
    }

    @Override
    public String toString() {
        return id + "=" + team;
    }
}
