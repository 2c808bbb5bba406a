package io.drillplan.model;

/**
 * The largest problem {@link ProblemValidator} accepts. Each limit is far above any real Safety
 * Production Month (a province has about 10,000 drills over 30 days) and low enough that the
 * planner's memory and time stay bounded and no arithmetic can overflow: a role count of two
 * billion or a horizon of ten thousand years is refused with a message rather than planned for
 * hours. docs/limits.md lists them for users.
 */
public final class ProblemLimits {

    /** Most days from horizon start to end, both included. */
    public static final int MAX_HORIZON_DAYS = 366;
    /** Most slots in a day. */
    public static final int MAX_SLOTS_PER_DAY = 48;
    /** Most drills in a problem. */
    public static final int MAX_DRILLS = 100_000;
    /** Most teams in a problem. */
    public static final int MAX_TEAMS = 10_000;
    /** Most units in a problem. */
    public static final int MAX_UNITS = 100_000;
    /** Most regions in a problem. */
    public static final int MAX_REGIONS = 10_000;
    /** Most teams one drill may ask for, over all its roles. */
    public static final int MAX_TEAMS_PER_DRILL = 100;
    /** Most prerequisites one drill may list. */
    public static final int MAX_PREREQUISITES = 100;
    /** Largest {@code after[].minDays}: a year, the longest horizon. */
    public static final int MAX_MIN_DAYS = MAX_HORIZON_DAYS;
    /** Largest {@code participants} of a drill. */
    public static final int MAX_PARTICIPANTS = 1_000_000;
    /** Largest {@code maxDrillsPerDay} of a team. */
    public static final int MAX_TEAM_DRILLS_PER_DAY = 1_000;
    /** Largest {@code maxDrillsPerWeek} of a team. */
    public static final int MAX_TEAM_DRILLS_PER_WEEK = 7_000;
    /** Largest {@code maxDrillsPerDay} of a region. */
    public static final int MAX_REGION_DRILLS_PER_DAY = 1_000_000;
    /** Largest service radius in km: half the Earth's circumference, beyond which every place is in reach. */
    public static final int MAX_SERVICE_RADIUS_KM = 20_050;
    /** Highest travel speed in km/h. */
    public static final int MAX_SPEED_KMH = 1_000;
    /** Largest detour factor. */
    public static final int MAX_DETOUR_FACTOR = 10;
    /** Longest id, in characters. */
    public static final int MAX_ID_LENGTH = 100;
    /** Longest name, skill, kind or scenario text, in characters. */
    public static final int MAX_TEXT_LENGTH = 1_000;

    private ProblemLimits() {}
}
