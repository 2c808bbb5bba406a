package io.drillplan.simulation;

import java.time.LocalDate;

/**
 * What one simulated day came to, for charts.
 *
 * @param date the day
 * @param held drills held that day
 * @param disrupted drills knocked out of the schedule that morning (whatever their date)
 * @param moved drills given another date that morning
 * @param lost drills dropped for good that morning, cancellations not counted
 * @param cancelled drills their units called off that morning
 */
public record DayTally(LocalDate date, int held, int disrupted, int moved, int lost, int cancelled) {}
