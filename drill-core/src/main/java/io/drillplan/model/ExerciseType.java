package io.drillplan.model;

/** The three kinds of exercise of the Safety Production Month, lightest to heaviest. */
public enum ExerciseType {
    /** A scenario played out on screens or a table; nothing is acted. */
    DIGITAL_DEDUCTION,
    /** One function done for real: alarm, evacuation, first aid, first response. */
    ACTUAL_COMBAT_SIMULATION,
    /** Full scale: several functions and several forces at once. */
    COMPREHENSIVE_EXERCISE;

    /** {@return whether heavy rain cancels this exercise: every live exercise is held outdoors} */
    public boolean isOutdoor() {
        return this != DIGITAL_DEDUCTION;
    }
}
