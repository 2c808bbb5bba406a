package io.drillplan.format;

import io.drillplan.format.Documents.AfterDoc;
import io.drillplan.format.Documents.DrillDoc;
import io.drillplan.format.Documents.FormatTag;
import io.drillplan.format.Documents.HorizonDoc;
import io.drillplan.format.Documents.PointDoc;
import io.drillplan.format.Documents.ProblemDoc;
import io.drillplan.format.Documents.RegionDoc;
import io.drillplan.format.Documents.RoleDoc;
import io.drillplan.format.Documents.SlotDoc;
import io.drillplan.format.Documents.TeamDoc;
import io.drillplan.format.Documents.TravelDoc;
import io.drillplan.format.Documents.UnitDoc;
import io.drillplan.format.Documents.WindowDoc;
import io.drillplan.model.DateWindow;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.GeoPoint;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Horizon;
import io.drillplan.model.Precedence;
import io.drillplan.model.Region;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.Role;
import io.drillplan.model.Slot;
import io.drillplan.model.Travel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code drillplan-problem/1} documents to model records and back, with every default of
 * docs/format.md.
 *
 * <p>Required on reading: ids, references (a unit's region, a drill's unit, an {@code after}
 * entry's drill and days), the horizon's dates, slot times, coordinates, a drill's type, a role's
 * skill and a window's two dates: without them a record means nothing. Names and the open
 * vocabularies (kind, sector, risk, scenario) may be absent; {@link
 * io.drillplan.model.ProblemValidator} decides what a plan needs beyond that. Absent lists are
 * empty.
 */
final class ProblemMapping {

    static final String FORMAT = "drillplan-problem/1";

    private ProblemMapping() {}

    // ---------------------------------------------------------------- reading

    static DrillProblem toModel(ProblemDoc doc, Reading r) {
        HorizonDoc h = r.require(doc.horizon(), doc, "horizon");
        return new DrillProblem(
                doc.name(),
                horizon(h, r),
                travel(doc.travel()),
                list(doc.regions(), "regions", (d, path) -> region(d, path, r)),
                list(doc.teams(), "teams", (d, path) -> team(d, path, r)),
                list(doc.units(), "units", (d, path) -> unit(d, path, r)),
                list(doc.drills(), "drills", (d, path) -> drill(d, path, r)));
    }

    private static Horizon horizon(HorizonDoc h, Reading r) {
        LocalDate start = r.require(h.start(), h, "horizon.start");
        LocalDate end = r.require(h.end(), h, "horizon.end");
        // Absent or null slots become AM and PM in the Horizon record itself.
        List<Slot> slots = h.slots() == null ? null : list(h.slots(), "horizon.slots", (s, path) -> new Slot(
                r.require(s.id(), s, path + ".id"),
                r.require(s.start(), s, path + ".start"),
                r.require(s.end(), s, path + ".end")));
        return new Horizon(start, end, set(h.holidays()), slots);
    }

    private static Travel travel(TravelDoc t) {
        if (t == null) {
            return Travel.DEFAULT;
        }
        return new Travel(
                t.speedKmh() == null ? Travel.DEFAULT.speedKmh() : t.speedKmh(),
                t.detourFactor() == null ? Travel.DEFAULT.detourFactor() : t.detourFactor());
    }

    private static Region region(RegionDoc d, String path, Reading r) {
        return new Region(r.require(d.id(), d, path + ".id"), d.name(), d.parent(), d.maxDrillsPerDay());
    }

    private static RescueTeam team(TeamDoc d, String path, Reading r) {
        return new RescueTeam(
                r.require(d.id(), d, path + ".id"),
                d.name(),
                d.kind(),
                set(d.skills()),
                point(r.require(d.base(), d, path + ".base"), path + ".base", r),
                d.region(),
                d.serviceRadiusKm(),
                orElse(d.maxDrillsPerDay(), RescueTeam.DEFAULT_MAX_DRILLS_PER_DAY),
                orElse(d.maxDrillsPerWeek(), RescueTeam.DEFAULT_MAX_DRILLS_PER_WEEK),
                set(d.unavailable()));
    }

    private static GrassrootsUnit unit(UnitDoc d, String path, Reading r) {
        return new GrassrootsUnit(
                r.require(d.id(), d, path + ".id"),
                d.name(),
                d.kind(),
                d.sector(),
                d.risk(),
                r.require(d.region(), d, path + ".region"),
                point(r.require(d.location(), d, path + ".location"), path + ".location", r),
                d.weekends() != null && d.weekends(),
                set(d.unavailable()));
    }

    private static GeoPoint point(PointDoc d, String path, Reading r) {
        return new GeoPoint(r.require(d.lat(), d, path + ".lat"), r.require(d.lon(), d, path + ".lon"));
    }

    static DrillRequest drill(DrillDoc d, String path, Reading r) {
        DateWindow window = null;
        if (d.window() != null) {
            WindowDoc w = d.window();
            window = new DateWindow(r.require(w.from(), w, path + ".window.from"),
                    r.require(w.to(), w, path + ".window.to"));
        }
        return new DrillRequest(
                r.require(d.id(), d, path + ".id"),
                r.require(d.unit(), d, path + ".unit"),
                r.require(d.type(), d, path + ".type"),
                d.scenario(),
                orElse(d.durationSlots(), 1),
                list(d.roles(), path + ".roles",
                        (role, rolePath) -> new Role(r.require(role.skill(), role, rolePath + ".skill"),
                                orElse(role.count(), 1))),
                window,
                list(d.after(), path + ".after",
                        (a, afterPath) -> new Precedence(r.require(a.drill(), a, afterPath + ".drill"),
                                r.require(a.minDays(), a, afterPath + ".minDays"))),
                orElse(d.priority(), DrillRequest.DEFAULT_PRIORITY),
                orElse(d.participants(), 0));
    }

    /** Maps each element with its path, {@code name[i]}; an absent list is empty. */
    static <D, M> List<M> list(List<D> docs, String name, ElementMapping<D, M> mapping) {
        List<M> out = new ArrayList<>();
        if (docs != null) {
            for (int i = 0; i < docs.size(); i++) {
                out.add(mapping.map(docs.get(i), name + "[" + i + "]"));
            }
        }
        return out;
    }

    /** Maps one list element given its path. */
    @FunctionalInterface
    interface ElementMapping<D, M> {
        M map(D doc, String path);
    }

    private static <T> Set<T> set(List<T> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values);
    }

    private static int orElse(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    // ---------------------------------------------------------------- writing

    static ProblemDoc toDocument(DrillProblem p) {
        Horizon h = p.horizon();
        HorizonDoc horizon = h == null ? null : new HorizonDoc(h.start(), h.end(), sorted(h.holidays()),
                h.slots().stream().map(s -> new SlotDoc(s.id(), s.start(), s.end())).toList());
        Travel t = p.travel();
        return new ProblemDoc(
                new FormatTag(FORMAT, null),
                p.name(),
                horizon,
                new TravelDoc(t.speedKmh(), t.detourFactor()),
                map(p.regions(), g -> new RegionDoc(g.id(), g.name(), g.parent(), g.maxDrillsPerDay())),
                map(p.teams(), ProblemMapping::teamDoc),
                map(p.units(), ProblemMapping::unitDoc),
                map(p.drills(), ProblemMapping::drillDoc));
    }

    private static TeamDoc teamDoc(RescueTeam t) {
        // The model keeps skills in a Set whose order changes from run to run; sorted is stable.
        return new TeamDoc(t.id(), t.name(), t.kind(), t.skills().stream().sorted().toList(),
                pointDoc(t.base()), t.region(), t.serviceRadiusKm(), t.maxDrillsPerDay(),
                t.maxDrillsPerWeek(), sorted(t.unavailable()));
    }

    private static UnitDoc unitDoc(GrassrootsUnit u) {
        return new UnitDoc(u.id(), u.name(), u.kind(), u.sector(), u.risk(), u.region(),
                pointDoc(u.location()), u.weekends(), sorted(u.unavailable()));
    }

    private static DrillDoc drillDoc(DrillRequest d) {
        WindowDoc window = d.window() == null ? null : new WindowDoc(d.window().from(), d.window().to());
        return new DrillDoc(d.id(), d.unit(), d.type(), d.scenario(), d.durationSlots(),
                map(d.roles(), role -> new RoleDoc(role.skill(), role.count())),
                window,
                map(d.after(), a -> new AfterDoc(a.drill(), a.minDays())),
                d.priority(), d.participants());
    }

    private static PointDoc pointDoc(GeoPoint g) {
        return g == null ? null : new PointDoc(g.lat(), g.lon());
    }

    private static List<LocalDate> sorted(Collection<LocalDate> dates) {
        return dates.stream().sorted().collect(Collectors.toList());
    }

    static <M, D> List<D> map(List<M> models, Function<M, D> mapping) {
        return models.stream().map(mapping).toList();
    }
}
