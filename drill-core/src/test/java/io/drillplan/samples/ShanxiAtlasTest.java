package io.drillplan.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShanxiAtlasTest {

    private final ShanxiAtlas atlas = ShanxiAtlas.get();

    @Test
    void holdsElevenCitiesAndTheir117CountyLevelDivisions() {
        Map<String, Integer> perCity = new LinkedHashMap<>();
        atlas.cities().forEach(c -> perCity.put(c.id(), c.counties().size()));
        assertThat(perCity).containsExactly(
                Map.entry("taiyuan", 10), Map.entry("datong", 10), Map.entry("shuozhou", 6),
                Map.entry("xinzhou", 14), Map.entry("yangquan", 5), Map.entry("lvliang", 13),
                Map.entry("jinzhong", 11), Map.entry("changzhi", 12), Map.entry("jincheng", 6),
                Map.entry("linfen", 17), Map.entry("yuncheng", 13));
        assertThat(atlas.counties()).hasSize(117);
        long districts = atlas.counties().stream().filter(c -> c.type().equals("DISTRICT")).count();
        long cities = atlas.counties().stream().filter(c -> c.type().equals("CITY")).count();
        assertThat(districts).isEqualTo(26);
        assertThat(cities).isEqualTo(11);
    }

    @Test
    void idsAndKeysAreUniqueAndProfilesInRange() {
        List<ShanxiAtlas.County> counties = atlas.counties();
        assertThat(counties).extracting(ShanxiAtlas.County::id).doesNotHaveDuplicates();
        assertThat(counties).extracting(ShanxiAtlas.County::key).doesNotHaveDuplicates()
                .allSatisfy(k -> assertThat(k).matches("[a-z-]+"));
        assertThat(atlas.county("yangquan-chengqu").key()).isEqualTo("yangquan-chengqu");
        assertThat(atlas.county("taiyuan-gujiao").key()).isEqualTo("gujiao");
        assertThat(counties).allSatisfy(c -> {
            assertThat(c.tier()).isIn('S', 'M', 'L');
            assertThat(c.coal()).isBetween(0, 3);
            assertThat(c.chem()).isBetween(0, 2);
            assertThat(c.type()).isIn("DISTRICT", "COUNTY", "CITY");
        });
    }

    @Test
    void seatsLieInShanxiAndNearTheirCity() {
        for (ShanxiAtlas.City city : atlas.cities()) {
            assertThat(city.seat().lat()).isBetween(34.5, 40.8);
            assertThat(city.seat().lon()).isBetween(110.2, 114.6);
            for (ShanxiAtlas.County county : city.counties()) {
                assertThat(county.seat().lat()).as(county.id()).isBetween(34.5, 40.8);
                assertThat(county.seat().lon()).as(county.id()).isBetween(110.2, 114.6);
                // Xinzhou's Hequ, at the Yellow River, is the farthest county seat from its city: ~175 km
                assertThat(county.seat().distanceKm(city.seat())).as(county.id()).isLessThan(190);
            }
        }
        // each city's seat lies in one of its own districts or counties
        for (ShanxiAtlas.City city : atlas.cities()) {
            assertThat(city.counties()).as(city.id())
                    .anyMatch(c -> c.seat().distanceKm(city.seat()) < 8);
        }
    }
}
