package io.drillplan.model;

/**
 * An administrative area (province, city, county or district) that may cap its drills per day.
 *
 * @param id unique id
 * @param name display name
 * @param parent id of the enclosing region, or {@code null} for a top-level region
 * @param maxDrillsPerDay most drills hosted per date in this region and every region below it,
 *     or {@code null} for unlimited
 */
public record Region(String id, String name, String parent, Integer maxDrillsPerDay) {}
