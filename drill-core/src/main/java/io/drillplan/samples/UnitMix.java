package io.drillplan.samples;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/** How many units of each category one county brings to a sample problem. */
final class UnitMix {

    /**
     * Units per category at density 1, by profile: rural tier S, M, L, then urban tier M, L. The
     * numbers are weights more than statistics (Shanxi has some 20,000 villages); together they
     * give about 10,500 drills for the province, with shares that follow the month's priorities.
     */
    private static final Map<UnitCategory, int[]> BASE = new EnumMap<>(UnitCategory.class);

    static {
        BASE.put(UnitCategory.HEAVY_INDUSTRY, new int[] {0, 1, 2, 1, 2});
        BASE.put(UnitCategory.INDUSTRY, new int[] {3, 6, 10, 6, 10});
        BASE.put(UnitCategory.VENUE, new int[] {2, 4, 6, 8, 12});
        BASE.put(UnitCategory.TRANSPORT, new int[] {1, 2, 3, 3, 4});
        BASE.put(UnitCategory.TOWN, new int[] {4, 6, 9, 0, 1});
        BASE.put(UnitCategory.STREET, new int[] {1, 2, 3, 8, 12});
        BASE.put(UnitCategory.VILLAGE, new int[] {17, 27, 38, 2, 4});
        BASE.put(UnitCategory.COMMUNITY, new int[] {5, 10, 16, 22, 32});
        BASE.put(UnitCategory.SCHOOL, new int[] {8, 13, 19, 14, 20});
    }

    /** Coal mines by the county's coal level 0 to 3. */
    private static final int[] MINES = {0, 3, 7, 12};
    /** Hazardous-chemical plants by the county's chemical level 0 to 2. */
    private static final int[] PLANTS = {0, 2, 5};

    private final Map<UnitCategory, Integer> counts;

    private UnitMix(Map<UnitCategory, Integer> counts) {
        this.counts = new EnumMap<>(UnitCategory.class);
        for (UnitCategory c : UnitCategory.values()) {
            this.counts.put(c, counts.getOrDefault(c, 0));
        }
    }

    /** A hand-made mix, for the tiny preset. */
    static UnitMix of(Map<UnitCategory, Integer> counts) {
        return new UnitMix(counts);
    }

    /** The county's base counts times {@code density}, each rounded up or down at random. */
    static UnitMix sample(ShanxiAtlas.County county, double density, SplittableRandom random) {
        Map<UnitCategory, Integer> counts = new EnumMap<>(UnitCategory.class);
        for (UnitCategory c : UnitCategory.values()) {
            double x = base(c, county) * density;
            int n = (int) Math.floor(x);
            if (random.nextDouble() < x - n) {
                n++;
            }
            counts.put(c, n);
        }
        return new UnitMix(counts);
    }

    /** Expected drills of the county at density 1. */
    static double expectedDrills(ShanxiAtlas.County county) {
        double sum = 0;
        for (UnitCategory c : UnitCategory.values()) {
            sum += base(c, county) * c.drillsPerUnit;
        }
        return sum;
    }

    static int base(UnitCategory category, ShanxiAtlas.County county) {
        return switch (category) {
            case MINE -> MINES[county.coal()];
            case CHEMICAL_PLANT -> PLANTS[county.chem()];
            default -> BASE.get(category)[column(county)] + (category == UnitCategory.HEAVY_INDUSTRY ? county.chem() : 0);
        };
    }

    private static int column(ShanxiAtlas.County county) {
        int tier = switch (county.tier()) {
            case 'S' -> 0;
            case 'M' -> 1;
            case 'L' -> 2;
            default -> throw new IllegalStateException("unknown tier '" + county.tier() + "' of " + county.id());
        };
        if (county.urban()) {
            return tier == 2 ? 4 : 3;
        }
        return tier;
    }

    int count(UnitCategory category) {
        return counts.get(category);
    }
}
