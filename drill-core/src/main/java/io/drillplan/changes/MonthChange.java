package io.drillplan.changes;

/**
 * One thing that happened during the month. {@link ChangedMonth#with(MonthChange)} checks it
 * against the month and applies it.
 */
public sealed interface MonthChange
        permits TeamAway, UnitClosed, DrillCancelled, DrillAdded, DrillHeld, DrillNotHeld {}
