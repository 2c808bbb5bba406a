package io.drillplan.solver.engine;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Precedence;
import io.drillplan.model.RescueTeam;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Says, in a planner's words, why a drill is not in a schedule: a prerequisite left out, a skill
 * no team near the unit has, a unit closed all window long, or, by trying every candidate date
 * and slot against what the schedule booked, what blocked it most often.
 *
 * <p>Public for {@code GreedyScheduler} and {@code DrillPlanner}.
 */
public final class UnscheduledReasons {

    private final Occupancy occupancy;
    private final DrillProblem problem;
    private final LocalDate notBefore;

    public UnscheduledReasons(Occupancy occupancy) {
        this(occupancy, occupancy.problem().horizon().start());
    }

    /**
     * Reasons that consider only dates on or after {@code notBefore}: a schedule extended from a
     * given day could not use an earlier free slot, so naming one would mislead.
     */
    public UnscheduledReasons(Occupancy occupancy, LocalDate notBefore) {
        this.occupancy = occupancy;
        this.problem = occupancy.problem();
        this.notBefore = notBefore;
    }

    public String reason(DrillRequest drill) {
        for (Precedence p : drill.after()) {
            if (!occupancy.isPlaced(p.drill())) {
                return "its prerequisite " + p.drill() + " is not scheduled";
            }
        }
        GrassrootsUnit unit = problem.unitsById().get(drill.unit());
        for (Map.Entry<String, Integer> need : drill.teamsPerSkill().entrySet()) {
            Optional<String> missing = missingTeams(drill, unit, need.getKey(), need.getValue());
            if (missing.isPresent()) {
                return missing.get();
            }
        }
        Map<Occupancy.Blocker, Integer> blockers = new EnumMap<>(Occupancy.Blocker.class);
        Map<String, Integer> blockedSkills = new TreeMap<>();
        int candidates = 0;
        String freeSlot = null;
        for (LocalDate date : problem.horizon().dates()) {
            if (date.isBefore(notBefore)) {
                continue;
            }
            for (int s = 0; s < problem.horizon().slots().size(); s++) {
                Occupancy.Attempt attempt = occupancy.attempt(drill, date, s);
                if (attempt.blocker() == Occupancy.Blocker.OUTSIDE_WINDOW
                        || attempt.blocker() == Occupancy.Blocker.UNIT_CLOSED) {
                    continue;
                }
                candidates++;
                if (attempt.placed()) {
                    freeSlot = freeSlot == null ? date + " " + problem.horizon().slots().get(s).id() : freeSlot;
                    continue;
                }
                blockers.merge(attempt.blocker(), 1, Integer::sum);
                if (attempt.blockedSkill() != null) {
                    blockedSkills.merge(attempt.blockedSkill(), 1, Integer::sum);
                }
            }
        }
        if (candidates == 0 && notBefore.isAfter(problem.horizon().start())
                && !drill.windowIn(problem.horizon()).to().isBefore(notBefore)) {
            return unit.name() + " is closed on every day of the drill's window from " + notBefore + " to "
                    + drill.windowIn(problem.horizon()).to() + " (weekends, holidays or its own closed days)";
        }
        if (candidates == 0 && drill.windowIn(problem.horizon()).to().isBefore(notBefore)) {
            return "its window ends " + drill.windowIn(problem.horizon()).to() + ", before " + notBefore;
        }
        if (candidates == 0) {
            return unit.name() + " is closed on every day of the drill's window "
                    + drill.windowIn(problem.horizon()).from() + " to " + drill.windowIn(problem.horizon()).to()
                    + " (weekends, holidays or its own closed days)";
        }
        if (freeSlot != null) {
            return "a slot is free (" + freeSlot + ") but placing it would push out drills of higher "
                    + "priority or was not found within the time limit";
        }
        return "every one of its " + candidates + " candidate slots is blocked: "
                + describe(drill, unit, blockers, blockedSkills, candidates);
    }

    private Optional<String> missingTeams(DrillRequest drill, GrassrootsUnit unit, String skill, int count) {
        List<RescueTeam> withSkill = problem.teams().stream().filter(t -> t.skills().contains(skill)).toList();
        if (withSkill.isEmpty()) {
            return Optional.of("no team has skill " + skill);
        }
        List<RescueTeam> eligible = occupancy.eligible(drill, skill);
        if (eligible.isEmpty()) {
            RescueTeam nearest = withSkill.stream()
                    .min(Comparator.comparingDouble(t -> t.base().distanceKm(unit.location()))).orElseThrow();
            return Optional.of(String.format("no team with skill %s within reach of %s (nearest: %s, %.0f km away, serves %s)",
                    skill, unit.name(), nearest.id(), nearest.base().distanceKm(unit.location()),
                    nearest.serviceRadiusKm() == null ? "any distance" : String.format("%.0f km", nearest.serviceRadiusKm())));
        }
        if (eligible.size() < count) {
            return Optional.of(String.format("needs %d teams with skill %s but only %d reach %s (%s)", count, skill,
                    eligible.size(), unit.name(), eligible.stream().map(RescueTeam::id).collect(Collectors.joining(", "))));
        }
        return Optional.empty();
    }

    private String describe(DrillRequest drill, GrassrootsUnit unit, Map<Occupancy.Blocker, Integer> blockers,
            Map<String, Integer> blockedSkills, int candidates) {
        StringBuilder text = new StringBuilder();
        blockers.entrySet().stream()
                .sorted(Map.Entry.<Occupancy.Blocker, Integer>comparingByValue().reversed())
                .forEach(e -> {
                    if (text.length() > 0) {
                        text.append("; ");
                    }
                    text.append("on ").append(e.getValue()).append(' ').append(switch (e.getKey()) {
                        case UNIT_BUSY -> unit.name() + " already holds another drill";
                        case REGION_FULL -> "the region's daily drill limit is reached";
                        case PREREQUISITE -> "its prerequisite is too close or after it";
                        case TEAMS -> teamsText(drill, blockedSkills);
                        case OUTSIDE_WINDOW, UNIT_CLOSED -> "the unit is closed";
                    });
                });
        return text.toString();
    }

    private String teamsText(DrillRequest drill, Map<String, Integer> blockedSkills) {
        String skill = blockedSkills.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse("?");
        List<RescueTeam> eligible = occupancy.eligible(drill, skill);
        String names = eligible.stream().limit(4).map(RescueTeam::id).collect(Collectors.joining(", "))
                + (eligible.size() > 4 ? ", ..." : "");
        return "the teams with skill " + skill + " that reach the unit (" + names
                + ") are fully booked, away or on the road";
    }
}
