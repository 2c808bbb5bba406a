package io.drillplan.samples;

import io.drillplan.model.GeoPoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Shanxi's prefecture-level cities and county-level divisions with their seats, read once from
 * the CSV resources next to this class. Keeping the geography in data files lets a reader check
 * or correct a coordinate without reading Java.
 */
final class ShanxiAtlas {

    /** A prefecture-level city: its id, pinyin name, government seat, counties in file order and Chinese name. */
    record City(String id, String name, GeoPoint seat, List<County> counties, String nameZh) {}

    /**
     * A county-level division and the generator's profile of it.
     *
     * @param id region id, {@code city-short}, e.g. {@code taiyuan-gujiao}
     * @param key short prefix for unit and team ids: the pinyin short id, or the full id when two
     *     cities have a division of that name (Chengqu, Pinglu)
     * @param tier 'S', 'M' or 'L'
     * @param coal 0 to 3
     * @param chem 0 to 2
     * @param nameZh the Chinese name with its kind, e.g. 古交市
     */
    record County(String cityId, String id, String key, String name, String type, GeoPoint seat,
                  char tier, boolean urban, int coal, int chem, String nameZh) {

        /** Name with its kind, e.g. "Xiaodian District", "Qingxu County", "Gujiao City". */
        String displayName() {
            return switch (type) {
                case "DISTRICT" -> name + " District";
                case "CITY" -> name + " City";
                default -> name + " County";
            };
        }
    }

    private static final ShanxiAtlas INSTANCE = load();

    private final List<City> cities;
    private final Map<String, County> countiesById;

    private ShanxiAtlas(List<City> cities) {
        this.cities = List.copyOf(cities);
        Map<String, County> byId = new LinkedHashMap<>();
        cities.forEach(c -> c.counties().forEach(k -> byId.put(k.id(), k)));
        this.countiesById = Collections.unmodifiableMap(byId);
    }

    static ShanxiAtlas get() {
        return INSTANCE;
    }

    List<City> cities() {
        return cities;
    }

    /** Every county in file order: city by city. */
    List<County> counties() {
        return List.copyOf(countiesById.values());
    }

    County county(String id) {
        County county = countiesById.get(id);
        if (county == null) {
            throw new NoSuchElementException("unknown county '" + id + "'");
        }
        return county;
    }

    City city(String id) {
        return cities.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("unknown city '" + id + "'"));
    }

    private static ShanxiAtlas load() {
        List<String[]> cityRows = rows("shanxi-cities.csv", 5);
        List<String[]> countyRows = rows("shanxi-counties.csv", 11);
        Map<String, Integer> shortIdUses = new LinkedHashMap<>();
        countyRows.forEach(r -> shortIdUses.merge(r[1], 1, Integer::sum));
        List<City> cities = new ArrayList<>();
        for (String[] c : cityRows) {
            List<County> counties = new ArrayList<>();
            for (String[] r : countyRows) {
                if (!r[0].equals(c[0])) {
                    continue;
                }
                String id = r[0] + "-" + r[1];
                String key = shortIdUses.get(r[1]) > 1 ? id : r[1];
                counties.add(new County(r[0], id, key, r[2], r[3],
                        new GeoPoint(Double.parseDouble(r[4]), Double.parseDouble(r[5])),
                        r[6].charAt(0), "Y".equals(r[7]), Integer.parseInt(r[8]), Integer.parseInt(r[9]), r[10]));
            }
            cities.add(new City(c[0], c[1],
                    new GeoPoint(Double.parseDouble(c[2]), Double.parseDouble(c[3])), List.copyOf(counties), c[4]));
        }
        return new ShanxiAtlas(cities);
    }

    /** Data rows of a resource: '#' comment lines and the header row skipped. */
    private static List<String[]> rows(String resource, int columns) {
        try (InputStream in = ShanxiAtlas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": expected " + columns
                            + " columns, found " + cells.length + " in '" + line + "'");
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].trim();
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
