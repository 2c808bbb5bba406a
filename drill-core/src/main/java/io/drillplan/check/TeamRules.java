package io.drillplan.check;

import io.drillplan.model.DrillProblem;
import io.drillplan.model.Excerpt;
import io.drillplan.model.GeoPoint;
import io.drillplan.model.GrassrootsUnit;
import io.drillplan.model.HardRule;
import io.drillplan.model.Message;
import io.drillplan.model.RescueTeam;
import io.drillplan.model.TeamAssignment;
import io.drillplan.model.Travel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Rules 4 to 7: who guides a drill, and what a team can do in a day and a week. */
final class TeamRules {
    private TeamRules() {}

    /**
     * Rule 4: roles naming one skill are counted together, since the schedule lists
     * {skill, team} pairs and cannot say which of two same-skill roles a team fills.
     */
    static void roles(DrillProblem problem, Collection<Placement> placements, Findings findings) {
        Map<String, RescueTeam> teams = problem.teamsById();
        for (Placement p : placements) {
            String id = p.id();
            Map<String, Integer> needed = p.drill().teamsPerSkill();
            Map<String, Set<String>> teamsBySkill = new LinkedHashMap<>();
            Map<String, List<String>> skillsByTeam = new LinkedHashMap<>();
            for (TeamAssignment listed : p.assignment().teams()) {
                teamsBySkill.computeIfAbsent(listed.skill(), k -> new LinkedHashSet<>()).add(listed.team());
                if (listed.team() != null) {
                    skillsByTeam.computeIfAbsent(listed.team(), k -> new ArrayList<>()).add(String.valueOf(listed.skill()));
                }
            }
            skillsByTeam.forEach((team, skills) -> {
                if (skills.size() > 1) {
                    findings.add(HardRule.ROLES_FILLED, Message.of("rule.teamListedTwice", Excerpt.of(team), skills.size(), id,
                            skills.stream().map(Excerpt::of).collect(java.util.stream.Collectors.joining(" and "))), id);
                }
            });
            needed.forEach((skill, count) -> {
                Set<String> given = teamsBySkill.getOrDefault(skill, Set.of());
                if (given.size() != count) {
                    findings.add(HardRule.ROLES_FILLED, given.isEmpty()
                            ? Message.of("rule.tooFewTeamsNone", id, count, count == 1 ? "term.team" : "term.distinctTeams",
                                    skill)
                            : Message.of("rule.tooFewTeams", id, count, count == 1 ? "term.team" : "term.distinctTeams",
                                    skill, given.size(), Words.ids(given)), id);
                }
            });
            teamsBySkill.forEach((skill, given) -> {
                if (!needed.containsKey(skill)) {
                    findings.add(HardRule.ROLES_FILLED, skill == null ? Message.of("rule.teamsForNoSkill", id, Words.ids(given))
                            : Message.of("rule.teamsForUnneededSkill", id, Words.ids(given), Excerpt.of(skill)), id);
                    return;
                }
                for (String teamId : given) {
                    qualification(p, skill, teamId, teamId == null ? null : teams.get(teamId), findings);
                }
            });
        }
    }

    private static void qualification(Placement p, String skill, String teamId, RescueTeam team, Findings findings) {
        String id = p.id();
        if (team == null) {
            findings.add(HardRule.ROLES_FILLED, Message.of("rule.roleToUnknownTeam", id, Excerpt.of(skill), Words.quoted(teamId)), id);
            return;
        }
        if (!team.skills().contains(skill)) {
            findings.add(HardRule.ROLES_FILLED, Message.of("rule.teamLacksSkill", team.id(), skill, id,
                    Words.ids(team.skills().stream().sorted().toList())), id);
        }
        GrassrootsUnit unit = p.unit();
        if (unit != null && !team.reaches(unit.location())) {
            double km = team.base().distanceKm(unit.location());
            findings.add(HardRule.ROLES_FILLED, Message.of("rule.beyondRadius", team.id(), skill, id, Words.unit(unit),
                    Words.km(km, team.serviceRadiusKm()), Words.plainKm(team.serviceRadiusKm())), id);
        }
    }

    /** Rule 5: every team is available on the drill's date. */
    static void available(Collection<Placement> placements, Findings findings) {
        for (Placement p : placements) {
            if (!p.dated()) {
                continue;
            }
            for (RescueTeam team : p.teams()) {
                if (team.unavailable().contains(p.date())) {
                    findings.add(HardRule.TEAM_AVAILABLE, Message.of("rule.teamUnavailable", team.id(), p.id(), p.date()), p.id());
                }
            }
        }
    }

    private record TeamDay(String team, LocalDate date) {}

    private record TeamWeek(String team, int weekYear, int week) {}

    /**
     * Rule 6: a team reaches each of its drills of a day in time. Every pair in start order is
     * checked, not only neighbours, because a long drill can clash with several later ones; the
     * inner loop stops once no travel within the day's sites could still make a pair clash.
     */
    static void onePlaceAtATime(DrillProblem problem, Collection<Placement> placements, Findings findings) {
        Travel travel = problem.travel();
        Comparator<Placement> byStart = Comparator.comparingInt(Placement::startSecond)
                .thenComparingInt(Placement::endSecond)
                .thenComparingInt(Placement::index);
        for (Map.Entry<TeamDay, List<Placement>> entry : byTeamDay(placements, true).entrySet()) {
            String team = entry.getKey().team();
            List<Placement> day = entry.getValue();
            day.sort(byStart);
            long reachSeconds = longestTravelSeconds(day, travel);
            for (int i = 0; i < day.size(); i++) {
                Placement a = day.get(i);
                for (int j = i + 1; j < day.size(); j++) {
                    Placement b = day.get(j);
                    if (b.startSecond() >= a.endSecond() + reachSeconds) {
                        break;
                    }
                    long minutes = a.unit().id().equals(b.unit().id())
                            ? 0
                            : travel.minutesBetween(a.unit().location(), b.unit().location());
                    if (a.endSecond() + minutes * 60 > b.startSecond()) {
                        Message clash = a.overlaps(b) ? Message.of("rule.timesOverlap")
                                : Message.of("rule.travelTooShort", minutes, (b.startSecond() - a.endSecond()) / 60);
                        findings.add(HardRule.TEAM_ONE_PLACE, Message.of("rule.teamDoubleBooked", team, a.id(), Words.unit(a.unit()), a.date(),
                                a.times(), b.id(), Words.unit(b.unit()), b.times()).with(List.of(clash)), a.id(), b.id());
                    }
                }
            }
        }
    }

    /**
     * An upper bound, in seconds, of the travel time between any two sites of {@code day}: by the
     * triangle inequality no two sites are further apart than twice the furthest one from the
     * first site. One minute is added against rounding in the distances.
     */
    private static long longestTravelSeconds(List<Placement> day, Travel travel) {
        GeoPoint first = day.get(0).unit().location();
        double furthest = 0;
        for (Placement p : day) {
            furthest = Math.max(furthest, first.distanceKm(p.unit().location()));
        }
        double minutes = Math.ceil(2 * furthest * travel.detourFactor() / travel.speedKmh() * 60) + 1;
        if (!Double.isFinite(minutes) || minutes > Integer.MAX_VALUE) {
            return Long.MAX_VALUE / 4;
        }
        return Math.max(0, (long) minutes) * 60;
    }

    /** Rule 7: a team's drills per date and per ISO week stay within its limits. */
    static void workload(Collection<Placement> placements, Findings findings) {
        Map<TeamDay, List<Placement>> byDay = byTeamDay(placements, false);
        Map<TeamWeek, List<Placement>> byWeek = new LinkedHashMap<>();
        Map<String, RescueTeam> teams = new LinkedHashMap<>();
        for (Placement p : placements) {
            if (!p.dated()) {
                continue;
            }
            for (RescueTeam team : p.teams()) {
                teams.putIfAbsent(team.id(), team);
                TeamWeek week = new TeamWeek(team.id(), p.date().get(IsoFields.WEEK_BASED_YEAR),
                        p.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                byWeek.computeIfAbsent(week, k -> new ArrayList<>()).add(p);
            }
        }
        byDay.forEach((key, drills) -> {
            RescueTeam team = teams.get(key.team());
            if (drills.size() > team.maxDrillsPerDay()) {
                findings.add(HardRule.TEAM_LIMITS, Message.of("rule.teamDayFull", team.id(), drills.size(), key.date(),
                        team.maxDrillsPerDay(), Words.ids(ids(drills))), ids(drills));
            }
        });
        byWeek.forEach((key, drills) -> {
            RescueTeam team = teams.get(key.team());
            if (drills.size() > team.maxDrillsPerWeek()) {
                LocalDate monday = drills.get(0).date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                findings.add(HardRule.TEAM_LIMITS, Message.of("rule.teamWeekFull", team.id(), drills.size(),
                        key.weekYear() + "-W" + String.format(Locale.ROOT, "%02d", key.week()), monday, monday.plusDays(6),
                        team.maxDrillsPerWeek(), Words.ids(ids(drills))), ids(drills));
            }
        });
    }

    private static List<String> ids(List<Placement> drills) {
        return drills.stream().map(Placement::id).toList();
    }

    /** Each known team's drills per date; a team listed twice in one drill counts that drill once. */
    private static Map<TeamDay, List<Placement>> byTeamDay(Collection<Placement> placements, boolean timedOnly) {
        Map<TeamDay, List<Placement>> byDay = new LinkedHashMap<>();
        for (Placement p : placements) {
            if (!p.dated() || (timedOnly && (!p.timed() || p.unit() == null))) {
                continue;
            }
            for (RescueTeam team : p.teams()) {
                byDay.computeIfAbsent(new TeamDay(team.id(), p.date()), k -> new ArrayList<>()).add(p);
            }
        }
        return byDay;
    }
}
