package io.drillplan.samples;

/** The strings the generator writes into the open vocabularies of the exchange format. */
final class Vocabulary {
    private Vocabulary() {}

    // skills
    static final String FIRE = "FIRE";
    static final String EVACUATION = "EVACUATION";
    static final String RESCUE = "RESCUE";
    static final String MINE_RESCUE = "MINE_RESCUE";
    static final String GAS = "GAS";
    static final String HAZMAT = "HAZMAT";
    static final String MEDICAL = "MEDICAL";
    static final String FIRST_AID = "FIRST_AID";

    // risk levels
    static final String MAJOR = "MAJOR";
    static final String HIGH = "HIGH";
    static final String MODERATE = "MODERATE";
    static final String LOW = "LOW";

    // scenarios
    static final String GAS_EXPLOSION = "GAS_EXPLOSION";
    static final String ROOF_FALL = "ROOF_FALL";
    static final String WATER_INRUSH = "WATER_INRUSH";
    static final String MINE_FIRE = "MINE_FIRE";
    static final String TOXIC_LEAK = "TOXIC_LEAK";
    static final String EXPLOSION = "EXPLOSION";
    static final String FIRE_SCENARIO = "FIRE";
    static final String EARTHQUAKE_EVACUATION = "EARTHQUAKE_EVACUATION";
    static final String FLOOD = "FLOOD";
    static final String LANDSLIDE = "LANDSLIDE";
    static final String TRAFFIC_ACCIDENT = "TRAFFIC_ACCIDENT";
}
