package io.drillplan.benchmarks;

import io.drillplan.text.Html;
import io.drillplan.text.TextTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * How the planner scales from 100 to 20,000 drills: for each size a generated problem
 * ({@code SampleProblems.ofSize}) is planned in a fresh JVM with a fixed maximum heap (see
 * {@link ScalingRun}), measuring the time to the first feasible schedule (validation, greedy
 * start and local search until the best score has no hard penalty), the score after a fixed
 * budget and the peak heap. Prints a table and writes CSV and an HTML page with charts (inline
 * SVG).
 *
 * <pre>
 * java -cp ... io.drillplan.benchmarks.Scaling [--sizes 100,200,500,1000,2000,5000,10000,20000,pilot,province]
 *     [--budget 30s] [--xmx 2g] [--seed 0] [--out DIR]
 * </pre>
 */
public final class Scaling {

    static final String DEFAULT_SIZES = "100,200,500,1000,2000,5000,10000,20000,pilot,province";

    private Scaling() {}

    /** Runs every size; see the class documentation for the options. */
    public static void main(String[] args) {
        run(Arguments.parse(args, "sizes", "budget", "xmx", "seed", "out"));
    }

    static List<Map<String, String>> run(Arguments arguments) {
        Duration budget = arguments.duration("budget", Duration.ofSeconds(30));
        String xmx = arguments.text("xmx", "2g");
        long seed = arguments.number("seed", 0);
        Path out = arguments.outputDirectory("scaling");
        System.out.println("Machine: " + Machine.describe());
        System.out.println("Each size in a fresh JVM with -Xmx" + xmx + ", local search budget " + budget.toSeconds()
                + " s");
        List<Map<String, String>> results = new ArrayList<>();
        for (String size : arguments.list("sizes", DEFAULT_SIZES)) {
            String instance = size.chars().allMatch(c -> Character.isDigit(c) || c == '_') ? "size:" + size : size;
            Map<String, String> result = runChild(instance, budget, xmx, seed, out.resolve("logs"));
            results.add(result);
            System.out.println(result);
        }
        TextTable table = table(results);
        System.out.println();
        System.out.print(table.aligned());
        ResultFiles.write(out.resolve("scaling.csv"), table.csv());
        ResultFiles.write(out.resolve("scaling.md"), "Machine: " + Machine.describe() + "; each size in a fresh JVM with -Xmx"
                + xmx + ", local search budget " + budget.toSeconds() + " s.\n\n" + table.markdown());
        ResultFiles.write(out.resolve("scaling.html"), html(results, table, budget, xmx));
        System.out.println("Written: " + out.resolve("scaling.html").toAbsolutePath());
        return results;
    }

    /** Runs {@link ScalingRun} in a new JVM and reads its result line; a failure is a result too. */
    private static Map<String, String> runChild(String instance, Duration budget, String xmx, long seed, Path logs) {
        Path log = logs.resolve(Instances.label(instance) + ".log");
        Map<String, String> result = new LinkedHashMap<>();
        result.put("instance", Instances.label(instance));
        try {
            Files.createDirectories(logs);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-Xmx" + xmx, "-cp", System.getProperty("java.class.path"),
                    ScalingRun.class.getName(), "--instance", instance,
                    "--budget", budget.toMillis() + "ms", "--seed", Long.toString(seed))
                    .redirectError(log.toFile())
                    .start();
            String line = null;
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = reader.readLine(); l != null; l = reader.readLine()) {
                    if (l.startsWith(ScalingRun.RESULT)) {
                        line = l.substring(ScalingRun.RESULT.length());
                    }
                }
            }
            // The reader ends when the child closes its output, so this wait is short.
            if (!process.waitFor(budget.toSeconds() + 600, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                result.put("status", "timed out");
                return result;
            }
            if (process.exitValue() != 0 || line == null) {
                String errors = Files.readString(log);
                result.put("status", errors.contains("OutOfMemoryError") ? "out of memory at -Xmx" + xmx
                        : "failed (exit " + process.exitValue() + "), see " + log);
                return result;
            }
            for (String pair : line.split(" ")) {
                int eq = pair.indexOf('=');
                result.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            result.put("status", "ok");
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the scaling child for " + instance, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + instance + " ran", e);
        }
    }

    private static TextTable table(List<Map<String, String>> results) {
        TextTable table = new TextTable("instance", ">drills", ">seats", ">greedy s", ">start s", ">first feasible s",
                ">score calc/s", ">start score", ">score after budget", ">soft gain %", ">coverage %", ">travel km",
                ">violations", ">peak heap MiB", ">peak after GC MiB", "status");
        for (Map<String, String> r : results) {
            table.row(r.get("instance"), r.getOrDefault("drills", ""), r.getOrDefault("seats", ""),
                    r.getOrDefault("greedy_s", ""), r.getOrDefault("start_s", ""),
                    r.getOrDefault("first_feasible_s", ""), r.getOrDefault("score_calc_per_s", ""),
                    r.getOrDefault("initial_score", ""), r.getOrDefault("final_score", ""),
                    TextTable.number(100 * softGain(r), 1),
                    r.containsKey("coverage") ? TextTable.number(100 * Double.parseDouble(r.get("coverage")), 2) : "",
                    r.getOrDefault("travel_km", ""), r.getOrDefault("violations", ""),
                    r.getOrDefault("peak_heap_mib", ""), r.getOrDefault("peak_after_gc_mib", ""), r.get("status"));
        }
        return table;
    }

    /** How much of the start's soft penalty the search removed within the budget, 0 to 1. */
    private static double softGain(Map<String, String> r) {
        if (!r.containsKey("initial_score") || !r.containsKey("final_score")) {
            return Double.NaN;
        }
        HardMediumSoftLongScore start = HardMediumSoftLongScore.parseScore(r.get("initial_score"));
        HardMediumSoftLongScore end = HardMediumSoftLongScore.parseScore(r.get("final_score"));
        return start.softScore() == 0 ? 0 : (double) (end.softScore() - start.softScore()) / -start.softScore();
    }

    private static String html(List<Map<String, String>> results, TextTable table, Duration budget, String xmx) {
        // Charted by drill count, so that presets fall between the generated sizes.
        List<Map<String, String>> ok = results.stream().filter(r -> "ok".equals(r.get("status")))
                .sorted(Comparator.comparingInt(r -> Integer.parseInt(r.get("drills")))).toList();
        double[] drills = column(ok, "drills");
        String charts = new SvgChart("Time to the first feasible schedule", "drills", "seconds", true)
                .series("first feasible", drills, column(ok, "first_feasible_s"))
                .series("greedy start", drills, column(ok, "greedy_s"))
                .series("start built", drills, column(ok, "start_s"))
                .svg()
                + new SvgChart("Peak heap", "drills", "MiB", true)
                        .series("peak used", drills, column(ok, "peak_heap_mib"))
                        .series("peak after GC", drills, column(ok, "peak_after_gc_mib"))
                        .svg()
                + new SvgChart("Score calculation speed during the search", "drills", "per second", true)
                        .series("score calc/s", drills, column(ok, "score_calc_per_s"))
                        .svg()
                + new SvgChart("Soft penalty removed within the budget", "drills", "% of the start's", true)
                        .series("soft gain %", drills, ok.stream().mapToDouble(r -> 100 * softGain(r)).toArray())
                        .svg();
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>drillplan scaling</title>\n"
                + "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;font-size:12px}"
                + "td,th{border:1px solid #ccc;padding:3px 6px;text-align:right}svg{margin:1em 1em 0 0}</style>"
                + "</head><body>\n<h1>drillplan scaling</h1>\n<p>" + Html.escape(Machine.describe())
                + "</p>\n<p>Each size is planned in a fresh JVM with -Xmx" + Html.escape(xmx)
                + ": validation, greedy start, then local search (Late Acceptance with the slot-and-seat move) for "
                + budget.toSeconds() + " s. Times count from the start of validation; the JIT starts cold.</p>\n"
                + charts + table.html() + "</body></html>\n";
    }

    private static double[] column(List<Map<String, String>> rows, String key) {
        return rows.stream().mapToDouble(r -> {
            String v = r.get(key);
            return v == null ? Double.NaN : Double.parseDouble(v);
        }).toArray();
    }
}
