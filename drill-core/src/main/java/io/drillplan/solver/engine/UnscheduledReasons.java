package io.drillplan.solver.engine;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.DrillRequest;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.Message;
import io.drillplan.model.Precedence;
import io.drillplan.model.RescueTeam;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
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

    public Message reason(DrillRequest drill) {
        for (Precedence p : drill.after()) {
            if (!occupancy.isPlaced(p.drill())) {
                return Message.of("reason.prerequisiteUnscheduled", p.drill());
            }
        }
        GrassrootsUnit unit = problem.unitsById().get(drill.unit());
        for (Map.Entry<String, Integer> need : drill.teamsPerSkill().entrySet()) {
            Optional<Message> missing = missingTeams(drill, unit, need.getKey(), need.getValue());
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
            return Message.of("reason.closedFrom", unit.name(), notBefore, drill.windowIn(problem.horizon()).to());
        }
        if (candidates == 0 && drill.windowIn(problem.horizon()).to().isBefore(notBefore)) {
            return Message.of("reason.windowEnded", drill.windowIn(problem.horizon()).to(), notBefore);
        }
        if (candidates == 0) {
            return Message.of("reason.closed", unit.name(), drill.windowIn(problem.horizon()).from(),
                    drill.windowIn(problem.horizon()).to());
        }
        if (freeSlot != null) {
            return Message.of("reason.freeSlot", freeSlot);
        }
        return blocked(drill, unit, blockers, blockedSkills, candidates);
    }

    private Optional<Message> missingTeams(DrillRequest drill, GrassrootsUnit unit, String skill, int count) {
        List<RescueTeam> withSkill = problem.teams().stream().filter(t -> t.skills().contains(skill)).toList();
        if (withSkill.isEmpty()) {
            return Optional.of(Message.of("reason.noTeamWithSkill", skill));
        }
        List<RescueTeam> eligible = occupancy.eligible(drill, skill);
        if (eligible.isEmpty()) {
            RescueTeam nearest = withSkill.stream()
                    .min(Comparator.comparingDouble(t -> t.base().distanceKm(unit.location()))).orElseThrow();
            String km = String.format(Locale.ROOT, "%.0f", nearest.base().distanceKm(unit.location()));
            return Optional.of(nearest.serviceRadiusKm() == null
                    ? Message.of("reason.noTeamInReachAnyDistance", skill, unit.name(), nearest.id(), km)
                    : Message.of("reason.noTeamInReach", skill, unit.name(), nearest.id(), km,
                            String.format(Locale.ROOT, "%.0f", nearest.serviceRadiusKm())));
        }
        if (eligible.size() < count) {
            return Optional.of(Message.of("reason.tooFewTeams", count, skill, eligible.size(), unit.name(),
                    eligible.stream().map(RescueTeam::id).collect(Collectors.joining(", "))));
        }
        return Optional.empty();
    }

    /**
     * "Every one of its N candidate slots is blocked", then each blocker with its count, most
     * frequent first. The message has a code per number of blockers (one to four), each blocker a
     * message of its own flattened into the arguments: code, then its arguments.
     */
    private Message blocked(DrillRequest drill, GrassrootsUnit unit, Map<Occupancy.Blocker, Integer> blockers,
            Map<String, Integer> blockedSkills, int candidates) {
        List<Message> parts = blockers.entrySet().stream()
                .sorted(Map.Entry.<Occupancy.Blocker, Integer>comparingByValue().reversed())
                .map(e -> switch (e.getKey()) {
                    case UNIT_BUSY -> Message.of("reason.blocker.unitBusy", e.getValue(), unit.name());
                    case REGION_FULL -> Message.of("reason.blocker.regionFull", e.getValue());
                    case PREREQUISITE -> Message.of("reason.blocker.prerequisite", e.getValue());
                    case TEAMS -> teamsBlocker(drill, blockedSkills, e.getValue());
                    case OUTSIDE_WINDOW, UNIT_CLOSED -> Message.of("reason.blocker.unitClosed", e.getValue());
                })
                .toList();
        return Message.of("reason.blocked", candidates).with(parts);
    }

    private Message teamsBlocker(DrillRequest drill, Map<String, Integer> blockedSkills, int slots) {
        String skill = blockedSkills.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse("?");
        List<RescueTeam> eligible = occupancy.eligible(drill, skill);
        String names = eligible.stream().limit(4).map(RescueTeam::id).collect(Collectors.joining(", "))
                + (eligible.size() > 4 ? ", ..." : "");
        return Message.of("reason.blocker.teams", slots, skill, names);
    }
}
