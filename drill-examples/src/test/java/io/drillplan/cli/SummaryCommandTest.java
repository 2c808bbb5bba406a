package io.drillplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * drill summary on the pilot's schedule, checked against counts this test makes itself from the
 * problem and schedule files as JSON, without the model classes or the summary's code.
 */
class SummaryCommandTest {

    @TempDir
    static Path dir;

    static Path problemFile;
    static Path scheduleFile;
    static JsonNode problem;
    static JsonNode schedule;

    @BeforeAll
    static void planThePilot() throws IOException {
        problemFile = dir.resolve("pilot.json");
        scheduleFile = dir.resolve("pilot-schedule.json");
        assertThat(Cli.run("generate", "--preset", "pilot", "-o", problemFile.toString()).exit()).isZero();
        Cli.Run plan = Cli.run("plan", problemFile.toString(), "--time-limit", "1s", "-o", scheduleFile.toString(),
                "--html", dir.resolve("pilot.html").toString());
        assertThat(plan.exit()).as(plan.err()).isZero();
        ObjectMapper json = new ObjectMapper();
        problem = json.readTree(problemFile.toFile());
        schedule = json.readTree(scheduleFile.toFile());
    }

    /** What the test counts by itself from the JSON files. */
    record Expected(int requested, int held, long participants, int teams, int teamDays, int deployments,
            Map<String, Integer> heldByType, Map<String, Integer> heldByCounty, int chains, int chainsCompleted,
            int highRisk, int highRiskCovered) {}

    static Expected expected(Set<String> notHeld) {
        Map<String, JsonNode> drills = new LinkedHashMap<>();
        problem.get("drills").forEach(d -> drills.put(d.get("id").asText(), d));
        Map<String, JsonNode> units = new HashMap<>();
        problem.get("units").forEach(u -> units.put(u.get("id").asText(), u));
        Map<String, String> regionNames = new HashMap<>();
        problem.get("regions").forEach(r -> regionNames.put(r.get("id").asText(), r.get("name").asText()));
        Set<String> held = new HashSet<>();
        Set<String> teams = new HashSet<>();
        Set<String> teamDays = new HashSet<>();
        int deployments = 0;
        for (JsonNode a : schedule.get("assignments")) {
            String drill = a.get("drill").asText();
            if (notHeld.contains(drill)) {
                continue;
            }
            held.add(drill);
            for (JsonNode t : a.get("teams")) {
                teams.add(t.get("team").asText());
                teamDays.add(t.get("team").asText() + " " + a.get("date").asText());
                deployments++;
            }
        }
        long participants = 0;
        Map<String, Integer> byType = new HashMap<>();
        Map<String, Integer> byCounty = new HashMap<>();
        Set<String> coveredUnits = new HashSet<>();
        for (String id : held) {
            JsonNode d = drills.get(id);
            participants += d.path("participants").asLong(0);
            byType.merge(d.get("type").asText(), 1, Integer::sum);
            String unit = d.get("unit").asText();
            byCounty.merge(regionNames.get(units.get(unit).get("region").asText()), 1, Integer::sum);
            coveredUnits.add(unit);
        }
        int highRisk = 0;
        int covered = 0;
        for (JsonNode u : problem.get("units")) {
            String risk = u.path("risk").asText("");
            if (risk.equals("MAJOR") || risk.equals("HIGH")) {
                highRisk++;
                covered += coveredUnits.contains(u.get("id").asText()) ? 1 : 0;
            }
        }
        // Chains: drills linked by "after" in either direction, found by a walk over the links.
        Map<String, List<String>> links = new HashMap<>();
        for (JsonNode d : drills.values()) {
            for (JsonNode after : d.path("after")) {
                links.computeIfAbsent(d.get("id").asText(), k -> new ArrayList<>()).add(after.get("drill").asText());
                links.computeIfAbsent(after.get("drill").asText(), k -> new ArrayList<>()).add(d.get("id").asText());
            }
        }
        Set<String> seen = new HashSet<>();
        int chains = 0;
        int completed = 0;
        for (String start : links.keySet()) {
            if (!seen.add(start)) {
                continue;
            }
            Set<String> chain = new HashSet<>(List.of(start));
            Deque<String> todo = new ArrayDeque<>(List.of(start));
            while (!todo.isEmpty()) {
                for (String next : links.getOrDefault(todo.pop(), List.of())) {
                    if (seen.add(next)) {
                        chain.add(next);
                        todo.push(next);
                    }
                }
            }
            chains++;
            completed += held.containsAll(chain) ? 1 : 0;
        }
        return new Expected(drills.size(), held.size(), participants, teams.size(), teamDays.size(), deployments,
                byType, byCounty, chains, completed, highRisk, covered);
    }

    @Test
    void theSummaryOfThePilotMatchesCountsMadeFromTheScheduleFile() throws IOException {
        Path html = dir.resolve("summary.html");
        Path xlsx = dir.resolve("summary.xlsx");
        Cli.Run run = Cli.run("summary", problemFile.toString(), scheduleFile.toString(), "-o", html.toString(),
                "--xlsx", xlsx.toString(), "--lang", "en");
        assertThat(run.exit()).as(run.err()).isZero();
        Expected e = expected(Set.of());
        assertThat(e.held()).isPositive();
        assertWorkbookShows(xlsx, e);

        String page = Files.readString(html);
        assertThat(page).contains("<html lang=\"en\">").contains("@page { size: A4").contains("<svg")
                .doesNotContain("<script").doesNotContain("src=").doesNotContain("href=")
                .contains("<td class=\"n\">" + e.held() + "</td>");
        assertThat(page.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http");
    }

    @Test
    void cancelledAndNotHeldDrillsCountAsNotHeld() throws IOException {
        List<String> scheduled = new ArrayList<>();
        schedule.get("assignments").forEach(a -> scheduled.add(a.get("drill").asText()));
        List<String> cancelled = List.of(scheduled.get(0), scheduled.get(5), scheduled.get(10));
        String notHeld = scheduled.get(20);
        Path changes = dir.resolve("changes.json");
        Files.writeString(changes, """
                {"format": "drillplan-changes/1", "changes": [
                  {"type": "teamAway", "team": "T-taiyuan-mine1", "from": "2026-06-10", "to": "2026-06-12"},
                  {"type": "drillCancelled", "drill": "%s"},
                  {"type": "drillCancelled", "drill": "%s", "note": "the plant is shut"},
                  {"type": "drillCancelled", "drill": "%s"},
                  {"type": "drillNotHeld", "drill": "%s"}
                ]}""".formatted(cancelled.get(0), cancelled.get(1), cancelled.get(2), notHeld));
        Path xlsx = dir.resolve("held.xlsx");
        Cli.Run run = Cli.run("summary", problemFile.toString(), scheduleFile.toString(), "--changes",
                changes.toString(), "--xlsx", xlsx.toString(), "--lang", "en");
        assertThat(run.exit()).as(run.err()).isZero();
        Set<String> gone = new HashSet<>(cancelled);
        gone.add(notHeld);
        Expected e = expected(gone);
        assertThat(e.held()).isEqualTo(expected(Set.of()).held() - 4);
        assertWorkbookShows(xlsx, e);
        Map<String, String> causes = new HashMap<>();
        for (Row row : rows(xlsx, "not held")) {
            causes.put(row.getCellText(0), row.getCellText(4));
        }
        for (String drill : cancelled) {
            assertThat(causes).containsEntry(drill, "cancelled");
        }
        assertThat(causes).containsEntry(notHeld, "reported not held");
    }

    @Test
    void aChangesFileThatDoesNotFitIsBadInputAndNothingIsWritten() throws IOException {
        Path changes = dir.resolve("bad-changes.json");
        Files.writeString(changes, """
                {"format": "drillplan-changes/1", "changes": [
                  {"type": "drillCancelled", "drill": "D-nowhere"},
                  {"type": "drillHeld", "drill": "%s", "date": "2026-07-02", "teams": [{"skill": "FIRE", "team": "T-x"}]}
                ]}""".formatted(schedule.get("assignments").get(0).get("drill").asText()));
        Path html = dir.resolve("never.html");
        Cli.Run run = Cli.run("summary", problemFile.toString(), scheduleFile.toString(), "--changes",
                changes.toString(), "-o", html.toString(), "--lang", "en");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(changes + ": does not fit the problem (3 errors):")
                .contains(changes + ": changes[0].drill: unknown drill 'D-nowhere'")
                .contains(changes + ": changes[1].date: 2026-07-02 is outside the horizon 2026-06-01 to 2026-06-30")
                .contains(changes + ": changes[1].teams[0].team: unknown team 'T-x'");
        assertThat(html).doesNotExist();

        // The same errors in Chinese, from the same codes.
        Cli.Run zh = Cli.run("summary", problemFile.toString(), scheduleFile.toString(), "--changes",
                changes.toString(), "-o", html.toString(), "--lang", "zh");
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).contains(changes + "：与问题文件不符（共 3 处错误）：")
                .contains(changes + ": changes[0].drill: 未知演练 'D-nowhere'")
                .contains(changes + ": changes[1].date: 2026-07-02 不在排期周期 2026-06-01 至 2026-06-30 内");
    }

    @Test
    void aChangesFileOfAnUnknownTypeIsRefusedByTheFormatReaderInEitherLanguage() throws IOException {
        Path changes = dir.resolve("odd-changes.json");
        Files.writeString(changes, """
                {"format": "drillplan-changes/1", "changes": [
                  {"type": "drillGone", "drill": "D-x"}
                ]}""");
        Path html = dir.resolve("never.html");
        Cli.Run run = Cli.run("summary", problemFile.toString(), scheduleFile.toString(), "--changes",
                changes.toString(), "-o", html.toString(), "--lang", "en");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(changes + ":2:3: changes[0].type: unknown change type 'drillGone'");
        Cli.Run zh = Cli.run("summary", problemFile.toString(), scheduleFile.toString(), "--changes",
                changes.toString(), "-o", html.toString(), "--lang", "zh");
        assertThat(zh.err()).contains(changes + ":2:3: changes[0].type: 未知的变更类型 'drillGone'");
        assertThat(html).doesNotExist();
    }

    @Test
    void theChineseSummaryUsesTheChineseWords() throws IOException {
        Path html = dir.resolve("summary-zh.html");
        Cli.Run run = Cli.run("summary", problemFile.toString(), scheduleFile.toString(), "-o", html.toString(),
                "--lang", "zh");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("已写入 " + html);
        assertThat(Files.readString(html)).contains("<html lang=\"zh-CN\">").contains("“安全生产月”活动演练情况总结")
                .contains("队伍出动天数").contains("实战化模拟演练");
    }

    private static void assertWorkbookShows(Path xlsx, Expected e) throws IOException {
        Map<String, String> overview = new HashMap<>();
        for (Row row : rows(xlsx, "overview")) {
            overview.put(row.getCellText(0), row.getCellText(1));
        }
        assertThat(overview).containsEntry("drills requested", String.valueOf(e.requested()))
                .containsEntry("drills held", String.valueOf(e.held()))
                .containsEntry("drills not held", String.valueOf(e.requested() - e.held()))
                .containsEntry("participants", String.valueOf(e.participants()))
                .containsEntry("rescue teams deployed", String.valueOf(e.teams()))
                .containsEntry("team-days deployed", String.valueOf(e.teamDays()))
                .containsEntry("team deployments (team and drill)", String.valueOf(e.deployments()))
                .containsEntry("drill chains (a unit's linked drills)", String.valueOf(e.chains()))
                .containsEntry("chains completed", String.valueOf(e.chainsCompleted()))
                .containsEntry("high-risk units (major and high)", String.valueOf(e.highRisk()))
                .containsEntry("high-risk units with a drill held", String.valueOf(e.highRiskCovered()));
        Map<String, Integer> byType = new HashMap<>();
        for (Row row : rows(xlsx, "by type")) {
            byType.put(row.getCellText(0), Integer.parseInt(row.getCellText(1)));
        }
        assertThat(byType).containsEntry("digital deduction", e.heldByType().getOrDefault("DIGITAL_DEDUCTION", 0))
                .containsEntry("actual combat simulation", e.heldByType().getOrDefault("ACTUAL_COMBAT_SIMULATION", 0))
                .containsEntry("comprehensive exercise", e.heldByType().getOrDefault("COMPREHENSIVE_EXERCISE", 0));
        Map<String, Integer> byCounty = new HashMap<>();
        for (Row row : rows(xlsx, "by region")) {
            byCounty.put(row.getCellText(1), Integer.parseInt(row.getCellText(2)));
        }
        byCounty.values().removeIf(n -> n == 0);
        assertThat(byCounty).isEqualTo(e.heldByCounty());
    }

    /** The data rows of a sheet, read with the library directly. */
    private static List<Row> rows(Path xlsx, String sheetName) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(xlsx.toFile())) {
            Sheet sheet = workbook.findSheet(sheetName).orElseThrow();
            List<Row> rows = sheet.read();
            return rows.subList(1, rows.size());
        }
    }
}
