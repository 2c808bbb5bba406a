package io.drillplan.solver.engine;

import io.drillplan.model.DrillProblem;
import io.drillplan.solver.PreferenceWeights;
import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Engine internal (public for the engine's reflection, the planner and the benchmarks): the month as the solver sees it: drills and their seats over the problem's facts. */
@PlanningSolution(solutionCloner = DrillSolutionCloner.class)
public final class DrillSolution {

    private DrillProblem problem;
    private PlanningCalendar calendar;

    @ProblemFactCollectionProperty
    private List<Team> teams;
    @ProblemFactCollectionProperty
    private List<UnitSite> units;
    @ProblemFactCollectionProperty
    private List<ChainLink> chainLinks;
    @ProblemFactCollectionProperty
    private List<RegionCap> regionCaps;
    // Listed so that move threads can look slots up when they rebase a move.
    @ProblemFactCollectionProperty
    private List<TimeSlot> timeSlots;

    @ConstraintConfigurationProvider
    private DrillWeights weights;
    // The same weights as plain numbers, for moves that estimate what a placement costs.
    private PreferenceWeights preferences;

    @PlanningEntityCollectionProperty
    private List<PlannedDrill> drills;
    @PlanningEntityCollectionProperty
    private List<TeamSeat> seats;

    @PlanningScore
    private HardMediumSoftLongScore score;

    // Per instance, never cloned: the changes made to this working solution (see ChangedDrills).
    private final ChangedDrills changedDrills = new ChangedDrills();
    private VariableChanges variableChanges;

    /** For the solution cloner. */
    public DrillSolution() {}

    DrillSolution(DrillProblem problem, PlanningCalendar calendar, List<Team> teams,
            List<UnitSite> units, List<ChainLink> chainLinks, List<RegionCap> regionCaps,
            DrillWeights weights, PreferenceWeights preferences, List<PlannedDrill> drills, List<TeamSeat> seats) {
        this.problem = problem;
        this.calendar = calendar;
        this.teams = teams;
        this.units = units;
        this.chainLinks = chainLinks;
        this.regionCaps = regionCaps;
        this.timeSlots = calendar.timeSlots();
        this.weights = weights;
        this.preferences = preferences;
        this.drills = drills;
        this.seats = seats;
    }

    /** The same facts and weights with other entities: what the cloner builds. */
    DrillSolution withEntities(List<PlannedDrill> drills, List<TeamSeat> seats) {
        DrillSolution copy = new DrillSolution();
        copy.problem = problem;
        copy.calendar = calendar;
        copy.teams = teams;
        copy.units = units;
        copy.chainLinks = chainLinks;
        copy.regionCaps = regionCaps;
        copy.timeSlots = timeSlots;
        copy.weights = weights;
        copy.preferences = preferences;
        copy.drills = drills;
        copy.seats = seats;
        return copy;
    }

    public DrillProblem problem() {
        return problem;
    }

    public PlanningCalendar calendar() {
        return calendar;
    }

    public List<Team> teams() {
        return teams;
    }

    List<UnitSite> units() {
        return units;
    }

    public List<ChainLink> chainLinks() {
        return chainLinks;
    }

    public List<PlannedDrill> drills() {
        return drills;
    }

    public List<TeamSeat> seats() {
        return seats;
    }

    DrillWeights weights() {
        return weights;
    }

    ChangedDrills changedDrills() {
        return changedDrills;
    }

    VariableChanges variableChanges() {
        return variableChanges;
    }

    void setVariableChanges(VariableChanges variableChanges) {
        this.variableChanges = variableChanges;
    }

    PreferenceWeights preferences() {
        return preferences;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
