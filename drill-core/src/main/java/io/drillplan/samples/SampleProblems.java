package io.drillplan.samples;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.GeoPoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Seeded, realistic sample problems: the drills of a Safety Production Month in Shanxi province,
 * from one county to the whole province. The same preset, year and seed always give an equal
 * {@link DrillProblem}; see the package documentation for what the problems contain.
 *
 * <pre>{@code
 * DrillProblem pilot = SampleProblems.generate(SampleProblems.Preset.PILOT, 2026, 7L);
 * DrillProblem big = SampleProblems.ofSize(5_000, 2026, 42L);
 * }</pre>
 */
public final class SampleProblems {

    /** The year {@link #generate(Preset)} uses. */
    public static final int DEFAULT_YEAR = 2026;
    /** The seed {@link #generate(Preset)} uses. */
    public static final long DEFAULT_SEED = 42L;
    /** Fewest drills {@link #ofSize} accepts. */
    public static final int MIN_SIZE = 100;
    /** Most drills {@link #ofSize} accepts. */
    public static final int MAX_SIZE = 20_000;

    /** Where Shanxi's capital lies; {@link #ofSize} grows its area outward from here. */
    private static final String CAPITAL = "taiyuan";

    /** The ready-made problems, smallest first. */
    public enum Preset {
        /** Gujiao City, a coal county of Taiyuan, cut down to about 20 drills and a handful of teams. */
        TINY("Gujiao City, about 20 drills and a handful of teams: for fast tests"),
        /** Yuanping City of Xinzhou: about 150 drills. */
        COUNTY("Yuanping City (Xinzhou): one county, about 150 drills"),
        /** Taiyuan and its ten counties and districts: about 800 drills. */
        CITY("Taiyuan and its ten counties and districts: about 800 drills"),
        /** The four areas of the 2020 launch: Taiyuan, Xinzhou, Jincheng and Linfen's Yaodu district. */
        PILOT("the 2020 pilot: Taiyuan, Xinzhou, Jincheng and Yaodu district, about 850 drills"),
        /** All 117 county-level divisions of Shanxi: about 10,500 drills. */
        PROVINCE("all of Shanxi, 117 counties and districts: about 10,500 drills");

        private final String description;

        Preset(String description) {
            this.description = description;
        }

        /**
         * One line saying what the preset holds, for command-line help.
         *
         * @return the description, for example "Taiyuan and its ten counties and districts: about 800 drills"
         */
        public String description() {
            return description;
        }

        /**
         * The preset called {@code name}, ignoring case and surrounding blanks.
         *
         * @param name a preset name such as {@code "pilot"}
         * @return the preset
         * @throws IllegalArgumentException naming the bad value and the valid names
         */
        public static Preset fromName(String name) {
            if (name != null) {
                String wanted = name.trim().toUpperCase(Locale.ROOT);
                for (Preset p : values()) {
                    if (p.name().equals(wanted)) {
                        return p;
                    }
                }
            }
            throw new IllegalArgumentException("unknown preset '" + name + "'; valid presets: "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private SampleProblems() {}

    /**
     * The preset for June {@value #DEFAULT_YEAR} with seed {@value #DEFAULT_SEED}.
     *
     * @param preset which problem
     * @return the problem, not yet validated (it is consistent by construction)
     */
    public static DrillProblem generate(Preset preset) {
        return generate(preset, DEFAULT_YEAR, DEFAULT_SEED);
    }

    /**
     * The preset for June of {@code year}, drawn with {@code seed}.
     *
     * @param preset which problem
     * @param year 2025, 2026 or 2027 (the years whose holidays the samples know)
     * @param seed any value; equal seeds give equal problems
     * @return the problem
     * @throws IllegalArgumentException for another year, quoting it
     */
    public static DrillProblem generate(Preset preset, int year, long seed) {
        return generate(preset, year, seed, Locale.ENGLISH);
    }

    /**
     * The preset for June of {@code year}, drawn with {@code seed}, its names in {@code locale}'s
     * language: Chinese for a {@code zh} locale (cities, counties, units and teams as a Shanxi
     * planner writes them), English and pinyin otherwise. Only the names differ between the two.
     *
     * @param preset which problem
     * @param year 2025, 2026 or 2027 (the years whose holidays the samples know)
     * @param seed any value; equal seeds give equal problems
     * @param locale the language of the names
     * @return the problem
     * @throws IllegalArgumentException for another year, quoting it
     */
    public static DrillProblem generate(Preset preset, int year, long seed, Locale locale) {
        if (preset == null) {
            throw new IllegalArgumentException("preset 'null': expected one of " + Arrays.toString(Preset.values()));
        }
        JuneCalendar.of(year);
        SampleWording words = wording(locale);
        ShanxiAtlas atlas = ShanxiAtlas.get();
        return switch (preset) {
            case TINY -> ProblemGenerator.generate(new ProblemGenerator.Spec(
                    words.problem("Gujiao tiny sample", "古交市小型示例", year), year, seed,
                    List.of(atlas.county("taiyuan-gujiao")), 1.0, tinyMix(), words));
            case COUNTY -> sized(words.problem("Yuanping City", "原平市", year), year, seed,
                    List.of(atlas.county("xinzhou-yuanping")), 150, words);
            case CITY -> sized(words.problem("Taiyuan", "太原市", year), year, seed, atlas.city("taiyuan").counties(),
                    800, words);
            case PILOT -> {
                List<ShanxiAtlas.County> counties = new ArrayList<>();
                counties.addAll(atlas.city("taiyuan").counties());
                counties.addAll(atlas.city("xinzhou").counties());
                counties.addAll(atlas.city("jincheng").counties());
                counties.add(atlas.county("linfen-yaodu"));
                yield sized(words.problem("Shanxi pilot: Taiyuan, Xinzhou, Jincheng and Yaodu",
                        "山西试点：太原、忻州、晋城和尧都", year), year, seed, inAtlasOrder(counties), 850, words);
            }
            case PROVINCE -> sized(words.problem("Shanxi Province", "山西省", year), year, seed, atlas.counties(),
                    10_500, words);
        };
    }

    private static SampleWording wording(Locale locale) {
        return locale != null && locale.getLanguage().equals(Locale.CHINESE.getLanguage())
                ? SampleWording.ZH : SampleWording.EN;
    }

    /**
     * A problem of about {@code approxDrills} drills (within a few percent), for scaling
     * benchmarks: the counties nearest Taiyuan, as many as the size needs, with their usual mix
     * of units thinned or thickened to hit the size. Beyond the province's usual 10,500 drills
     * every county gets proportionally more units.
     *
     * @param approxDrills {@value #MIN_SIZE} to {@value #MAX_SIZE}
     * @param year 2025, 2026 or 2027
     * @param seed any value; equal seeds give equal problems
     * @return the problem
     * @throws IllegalArgumentException when the size or the year is out of range, quoting it
     */
    public static DrillProblem ofSize(int approxDrills, int year, long seed) {
        if (approxDrills < MIN_SIZE || approxDrills > MAX_SIZE) {
            throw new IllegalArgumentException("approxDrills '" + approxDrills + "' out of range "
                    + MIN_SIZE + ".." + MAX_SIZE);
        }
        JuneCalendar.of(year);
        ShanxiAtlas atlas = ShanxiAtlas.get();
        GeoPoint capital = atlas.city(CAPITAL).seat();
        List<ShanxiAtlas.County> byDistance = atlas.counties().stream()
                .sorted(Comparator.comparingDouble((ShanxiAtlas.County c) -> c.seat().distanceKm(capital))
                        .thenComparing(ShanxiAtlas.County::id))
                .toList();
        List<ShanxiAtlas.County> chosen = new ArrayList<>();
        double expected = 0;
        for (ShanxiAtlas.County county : byDistance) {
            if (expected >= approxDrills) {
                break;
            }
            chosen.add(county);
            expected += UnitMix.expectedDrills(county);
        }
        return sized("Shanxi scaling sample: about " + approxDrills + " drills in " + chosen.size()
                        + " counties, June " + year,
                year, seed, inAtlasOrder(chosen), approxDrills, SampleWording.EN);
    }

    private static DrillProblem sized(String name, int year, long seed, List<ShanxiAtlas.County> counties,
                                      int targetDrills, SampleWording words) {
        double expected = counties.stream().mapToDouble(UnitMix::expectedDrills).sum();
        return ProblemGenerator.generate(
                new ProblemGenerator.Spec(name, year, seed, counties, targetDrills / expected, null, words));
    }

    private static List<ShanxiAtlas.County> inAtlasOrder(List<ShanxiAtlas.County> counties) {
        List<ShanxiAtlas.County> all = ShanxiAtlas.get().counties();
        return counties.stream().sorted(Comparator.comparingInt(all::indexOf)).toList();
    }

    /**
     * Two coal mines (one full chain each), a metallurgy works, a mall, a bus terminal, two towns,
     * three villages, three communities and two schools: 20 to 22 drills.
     */
    private static UnitMix tinyMix() {
        Map<UnitCategory, Integer> counts = new EnumMap<>(UnitCategory.class);
        counts.put(UnitCategory.MINE, 2);
        counts.put(UnitCategory.HEAVY_INDUSTRY, 1);
        counts.put(UnitCategory.VENUE, 1);
        counts.put(UnitCategory.TRANSPORT, 1);
        counts.put(UnitCategory.TOWN, 2);
        counts.put(UnitCategory.VILLAGE, 3);
        counts.put(UnitCategory.COMMUNITY, 3);
        counts.put(UnitCategory.SCHOOL, 2);
        return UnitMix.of(counts);
    }
}
