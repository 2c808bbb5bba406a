package io.drillplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.format.DrillFormat;
import io.drillplan.model.DrillProblem;
import io.drillplan.model.Schedule;
import io.drillplan.samples.SampleProblems;
import io.drillplan.solver.GreedyScheduler;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {

    @TempDir
    static Path dir;
    static Path problem;
    static Path schedule;

    /** What one run of the command printed and returned. */
    record Result(int code, String out, String err) {}

    @BeforeAll
    static void writeTinyMonth() {
        DrillProblem tiny = SampleProblems.generate(SampleProblems.Preset.TINY);
        Schedule plan = GreedyScheduler.schedule(tiny);
        problem = dir.resolve("tiny.json");
        schedule = dir.resolve("tiny-schedule.json");
        DrillFormat.writeProblem(tiny, problem);
        DrillFormat.writeSchedule(plan, schedule);
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new SimulateCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void comparesThePoliciesAndWritesTheReportAndTheLog() throws IOException {
        Path html = dir.resolve("sim.html");
        Path log = dir.resolve("sim.log");
        String[] args = {problem.toString(), schedule.toString(), "--runs", "4", "--policy", "repair,shift,none",
            "--seed", "7", "--threads", "2", "--repair-steps", "10", "--rate-factor", "3",
            "--html", html.toString(), "--log", log.toString()};

        Result first = run(args);

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("REPAIR", "SHIFT", "NONE", "coverage", "4 replications, seed 7",
                "Wrote " + html, "Wrote " + log);
        assertThat(first.err()).contains("simulate", "12/12");
        String page = Files.readString(html);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg", "<table>", "Coverage per replication",
                "Drills held and disrupted per day", "coverage REPAIR - SHIFT").doesNotContain("http", "<script");
        assertThat(page.split("<svg", -1)).hasSize(1 + 3 + 1); // a daily chart per policy and the coverage chart
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).isNotEmpty().allMatch(l -> l.matches("2026-06-\\d\\d [A-Z_]+ \\S+: .+"));
        assertThat(lines).anyMatch(l -> l.contains(" DRILL_HELD "));

        Result again = run(args);
        assertThat(again.out()).isEqualTo(first.out());
        assertThat(Files.readAllLines(log)).isEqualTo(lines);
    }

    @Test
    void aMissingFileIsOneClearMessageAndExitCode2() {
        Result r = run(dir.resolve("nowhere.json").toString(), schedule.toString(), "--runs", "1", "--no-progress");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).contains("nowhere.json").contains("not found").doesNotContain("Exception", "\tat ");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void aScheduleOfAnotherProblemIsBadInput() throws IOException {
        DrillProblem county = SampleProblems.generate(SampleProblems.Preset.COUNTY);
        Path other = dir.resolve("county-schedule.json");
        DrillFormat.writeSchedule(GreedyScheduler.schedule(county), other);

        Result r = run(problem.toString(), other.toString(), "--runs", "1", "--no-progress");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("county-schedule.json: published schedule breaks").doesNotContain("\tat ");
    }

    @Test
    void anInvalidProblemOrABadOptionIsBadInput() throws IOException {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(problem).replace("\"DIGITAL_DEDUCTION\"", "\"LIVE_DRILL\""));
        Result invalid = run(broken.toString(), schedule.toString(), "--no-progress");
        assertThat(invalid.code()).isEqualTo(2);
        assertThat(invalid.err()).contains("broken.json", "LIVE_DRILL").doesNotContain("\tat ");

        Result policy = run(problem.toString(), schedule.toString(), "--policy", "repair,wait", "--no-progress");
        assertThat(policy.code()).isEqualTo(2);
        assertThat(policy.err().strip()).isEqualTo("--policy: unknown policy 'wait' (expected repair, shift or none)");

        Result runs = run(problem.toString(), schedule.toString(), "--runs", "0", "--no-progress");
        assertThat(runs.code()).isEqualTo(2);
        assertThat(runs.err()).contains("--runs must be 1 or more, was 0");

        Result unparsable = run(problem.toString(), schedule.toString(), "--runs", "many");
        assertThat(unparsable.code()).isEqualTo(2);
    }

    @Test
    void withoutDisruptionEveryPolicyHoldsTheWholeSchedule() {
        Result r = run(problem.toString(), schedule.toString(), "--runs", "2", "--rate-factor", "0", "--no-progress",
                "--policy", "shift,none");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("coverage")).findFirst().orElseThrow())
                .contains("1.0000 [1.0000, 1.0000]  1.0000 [1.0000, 1.0000]");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aScenarioFileReplaysAKnownMonth() throws IOException {
        Path scenario = dir.resolve("june.txt");
        Files.writeString(scenario, """
                # the fire brigade fought a forest fire for three days
                away T-gujiao-fire1 2026-06-08 2026-06-10
                rain taiyuan 2026-06-01   # a storm over the whole city
                cancel U-gujiao-community3 2026-06-05
                """);
        Path log = dir.resolve("replay.log");

        Result r = run(problem.toString(), schedule.toString(), "--runs", "2", "--rate-factor", "0", "--policy", "shift",
                "--scenario", scenario.toString(), "--log", log.toString(), "--no-progress");

        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).contains("2026-06-08 INCIDENT T-gujiao-fire1: scripted: away 2026-06-08..2026-06-10 (3 days)",
                "2026-06-01 RAIN taiyuan: scripted heavy rain: outdoor drills called off today");
        assertThat(lines).anyMatch(l -> l.startsWith("2026-06-05 CANCELLATION U-gujiao-community3: scripted: calls off"));
        assertThat(lines).noneMatch(l -> l.contains(" DRILL_HELD ") && l.contains("T-gujiao-fire1")
                && l.matches("2026-06-(08|09|10) .*"));
        // a scripted month with no random part is the same in every replication
        assertThat(r.out().lines().filter(l -> l.startsWith("team-days lost")).findFirst().orElseThrow())
                .contains("3.0 [3.0, 3.0]");
    }

    @Test
    void inChineseTheLogFileAndTheReportsLogAreChinese() throws IOException {
        Path scenario = dir.resolve("june-zh.txt");
        Files.writeString(scenario, """
                away T-gujiao-fire1 2026-06-08 2026-06-10
                rain taiyuan 2026-06-01
                cancel U-gujiao-community3 2026-06-05
                """);
        Path log = dir.resolve("replay-zh.log");
        Path html = dir.resolve("replay-zh.html");

        Result r = runIn(Language.ZH, "simulate", problem.toString(), schedule.toString(), "--runs", "1",
                "--rate-factor", "0", "--policy", "shift", "--scenario", scenario.toString(), "--log", log.toString(),
                "--html", html.toString(), "--lang", "zh", "--no-progress");

        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).contains("2026-06-08 出警 T-gujiao-fire1: 预设：2026-06-08..2026-06-10 不在（3 天）",
                "2026-06-01 暴雨 taiyuan: 预设暴雨：今日户外演练取消");
        assertThat(lines).anyMatch(l -> l.startsWith("2026-06-05 取消 U-gujiao-community3: 预设：取消演练"));
        // The English words of the log are gone: ids and dates are all that stays as written.
        assertThat(String.join("\n", lines)).doesNotContain("scripted", "called off", "held ", " with ", "lost",
                "DRILL_", "INCIDENT", "RAIN", "CANCELLATION", "shifted", "prerequisite");
        String report = Files.readString(html);
        String reportLog = report.substring(report.indexOf("<pre>"));
        assertThat(reportLog).contains("出警 T-gujiao-fire1: 预设：2026-06-08..2026-06-10 不在（3 天）")
                .doesNotContain("scripted", "DRILL_HELD", " with ");
    }

    @Test
    void aBadScenarioLineIsReportedWithItsLine() throws IOException {
        Path scenario = dir.resolve("bad.txt");
        Files.writeString(scenario, "rain taiyuan 2026-06-01\nflood taiyuan 2026-06-02\n");
        Result r = run(problem.toString(), schedule.toString(), "--scenario", scenario.toString(), "--no-progress");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(scenario + ":2: unknown event 'flood' (expected away, rain or cancel)");

        Files.writeString(scenario, "\naway T-nowhere 2026-06-01 2026-06-02\n");
        Result unknown = run(problem.toString(), schedule.toString(), "--scenario", scenario.toString(), "--no-progress");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo(scenario + ":2: team: unknown team 'T-nowhere'");
    }

    @Test
    void inChineseTheTableTheMessagesAndTheErrorsAreChinese() throws IOException {
        Path html = dir.resolve("sim-zh.html");
        Result r = runIn(Language.ZH, "simulate", problem.toString(), schedule.toString(), "--runs", "2", "--seed", "3",
                "--repair-steps", "5", "--html", html.toString(), "--lang", "zh", "--no-progress");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("每种策略重复 2 次，随机种子 3", "覆盖率", "均值", "最差 5%", "配对差值", "修复", "顺延",
                "完成场次：数字化推演", "已写入 " + html);
        // Every sentence and label of the English table and of the command's own output is translated.
        assertThat(r.out()).doesNotContain("replication", "seed", "notice", "mean", "worst", "paired", "drills,",
                "published schedule", "coverage", "completed", "disrupted", "travel km", "REPAIR", "SHIFT", "NONE",
                "Wrote", "wrote");
        assertThat(Files.readString(html)).contains("<html lang=\"zh");

        Result runs = runIn(Language.ZH, "simulate", problem.toString(), schedule.toString(), "--runs", "0", "--lang",
                "zh", "--no-progress");
        assertThat(runs.code()).isEqualTo(2);
        assertThat(runs.err().strip()).isEqualTo("--runs 必须为 1 或更大，实际为 0");
        Result policy = runIn(Language.ZH, "simulate", problem.toString(), schedule.toString(), "--policy", "wait",
                "--lang", "zh", "--no-progress");
        assertThat(policy.err().strip()).isEqualTo("--policy：未知策略 'wait'（可选 repair、shift 或 none）");
        Path scenario = dir.resolve("bad-zh.txt");
        Files.writeString(scenario, "rain taiyuan 6/1\n");
        Result date = runIn(Language.ZH, "simulate", problem.toString(), schedule.toString(), "--scenario",
                scenario.toString(), "--lang", "zh", "--no-progress");
        assertThat(date.err().strip()).isEqualTo(scenario + ":1：日期 '6/1' 无效（格式应为 YYYY-MM-DD）");
    }

    /** Runs {@code drill ARGS} as {@link DrillCommand#main} would, its help and picocli's messages in {@code language}. */
    static Result runIn(Language language, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = DrillCommand.commandLine(language);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
