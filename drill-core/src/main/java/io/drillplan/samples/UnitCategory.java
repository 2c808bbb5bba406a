package io.drillplan.samples;

/**
 * The kinds of grass-roots unit the generator makes, with the vocabulary they carry into the
 * problem (unit kind and sector) and how many drills each asks for on average.
 */
enum UnitCategory {
    /** A coal mine: the full building-block chain. */
    MINE("mine", "ENTERPRISE", "MINING", false, false, 3.0),
    /** A coking, coal-chemistry or chemical plant: the full chain. */
    CHEMICAL_PLANT("chem", "ENTERPRISE", "HAZARDOUS_CHEMICALS", false, false, 3.0),
    /** Metallurgy and dust-explosion risk works: a deduction, then a live drill. */
    HEAVY_INDUSTRY("works", "ENTERPRISE", "INDUSTRY_AND_TRADE", false, false, 2.0),
    /** Ordinary factories and trading firms: one live fire drill. */
    INDUSTRY("plant", "ENTERPRISE", "INDUSTRY_AND_TRADE", false, false, 1.0),
    /** Malls, hotels, markets: one live fire evacuation. */
    VENUE("venue", "ENTERPRISE", "FIRE_PROTECTION", true, false, 1.0),
    /** Bus terminals, logistics parks, service areas, stations: one live drill. */
    TRANSPORT("hub", "ENTERPRISE", "TRANSPORTATION", false, false, 1.0),
    /** A town government: a flood drill, sometimes deduced first. */
    TOWN("town", "TOWN", null, false, false, 1.0 + CountyDrills.TOWN_DEDUCTION_SHARE),
    /** An urban street (subdistrict) office: one live drill. */
    STREET("street", "STREET", null, true, false, 1.0),
    /** A village: one live evacuation, on any day residents are home. */
    VILLAGE("village", "VILLAGE", null, false, true, 1.0),
    /** A residential community: one live drill, on any day residents are home. */
    COMMUNITY("community", "COMMUNITY", null, true, true, 1.0),
    /** A primary, middle or vocational school: one live evacuation before term ends. */
    SCHOOL("school", "SCHOOL", null, true, false, 1.0);

    final String idTag;
    final String kind;
    final String sector;
    /** Urban units sit close to the county seat; the others spread further out. */
    final boolean nearSeat;
    final boolean weekends;
    final double drillsPerUnit;

    UnitCategory(String idTag, String kind, String sector, boolean nearSeat, boolean weekends,
                 double drillsPerUnit) {
        this.idTag = idTag;
        this.kind = kind;
        this.sector = sector;
        this.nearSeat = nearSeat;
        this.weekends = weekends;
        this.drillsPerUnit = drillsPerUnit;
    }
}
