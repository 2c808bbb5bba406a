package io.drillplan.modulecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles small consumer modules against drill-core with {@code javac --module-path} (the
 * drill-core this build made and its runtime dependencies, listed by the dependency plugin in
 * {@code target/module-path.txt}) and runs one with {@code java --module-path}. On the class
 * path every public class is reachable; only the module path shows what drill-core exports.
 */
class ModulePathConsumerTest {

    private static final String CONSUMER_MODULE = """
            module drillplan.consumer {
                requires io.drillplan.core;
            }
            """;

    /** Plans the tiny sample month, checks it, and round-trips it through the JSON format. */
    private static final String CONSUMER_MAIN = """
            package consumer;

            import io.drillplan.check.CheckReport;
            import io.drillplan.check.ScheduleChecker;
            import io.drillplan.format.DrillFormat;
            import io.drillplan.model.DrillProblem;
            import io.drillplan.model.Schedule;
            import io.drillplan.samples.SampleProblems;
            import io.drillplan.solver.DrillPlanner;
            import io.drillplan.solver.PlannerOptions;
            import java.time.Duration;

            public final class PlanAMonth {
                public static void main(String[] args) {
                    DrillProblem problem = SampleProblems.generate(SampleProblems.Preset.TINY);
                    DrillPlanner planner = DrillPlanner.create(PlannerOptions.DEFAULT
                            .withStepLimit(300L).withTimeLimit(Duration.ofSeconds(60)));
                    Schedule schedule = planner.plan(problem);
                    CheckReport check = ScheduleChecker.check(problem, schedule);
                    Schedule read = DrillFormat.readSchedule(DrillFormat.scheduleToJson(schedule), "round trip");
                    System.out.println("module: " + DrillPlanner.class.getModule().getName());
                    System.out.println("held: " + schedule.assignments().size() + " of " + problem.drills().size());
                    System.out.println("solver feasible: " + schedule.score().map(s -> s.isFeasible()).orElse(false));
                    System.out.println("checker feasible: " + check.feasible());
                    System.out.println("round trip equal: " + read.equals(schedule));
                    if (!check.feasible()) {
                        System.out.println(check.summary());
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aConsumerModulePlansChecksAndWritesASampleMonthOnTheModulePath() throws Exception {
        Path out = dir.resolve("consumer-classes");
        Compilation compiled = compile(out, CONSUMER_MODULE, "consumer/PlanAMonth.java", CONSUMER_MAIN);
        assertThat(compiled.errors()).as("errors compiling the consumer").isEmpty();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "--module-path", out + File.pathSeparator + modulePath(),
                "--module", "drillplan.consumer/consumer.PlanAMonth")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        boolean finished = child.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            child.destroyForcibly();
        }
        String log = Files.readString(dir.resolve("child.log"), StandardCharsets.UTF_8);
        assertThat(finished).as("the consumer finished within five minutes; its output:%n%s", log).isTrue();
        assertThat(child.exitValue()).as("exit code; output:%n%s", log).isZero();
        assertThat(log).as("drill-core ran as the named module, not from the class path")
                .contains("module: io.drillplan.core");
        assertThat(log).contains("solver feasible: true", "checker feasible: true", "round trip equal: true");
        String held = log.lines().filter(l -> l.startsWith("held: ")).findFirst().orElseThrow();
        assertThat(Integer.parseInt(held.split(" ")[1])).as(held).isPositive();
    }

    @Test
    void theEnginePackageIsNotExported() throws IOException {
        Compilation compiled = compile(dir.resolve("intruder-classes"), """
                module drillplan.intruder {
                    requires io.drillplan.core;
                }
                """, "intruder/Peek.java", """
                package intruder;

                import io.drillplan.solver.engine.DrillSolution;

                public final class Peek {
                    static DrillSolution solution;
                }
                """);
        assertThat(compiled.errors()).as("errors compiling a module that imports the engine package").isNotEmpty();
        assertThat(compiled.errors().get(0))
                .contains("package io.drillplan.solver.engine is declared in module io.drillplan.core")
                .contains("does not export it");
    }

    @Test
    void theApiPackagesAreExported() throws IOException {
        StringBuilder imports = new StringBuilder();
        for (String type : List.of("io.drillplan.model.DrillProblem", "io.drillplan.format.DrillFormat",
                "io.drillplan.check.ScheduleChecker", "io.drillplan.changes.ChangedMonth",
                "io.drillplan.simulation.MonthSimulation", "io.drillplan.samples.SampleProblems",
                "io.drillplan.text.TextTable", "io.drillplan.solver.DrillPlanner")) {
            imports.append("import ").append(type).append(";\n");
        }
        Compilation compiled = compile(dir.resolve("api-classes"), CONSUMER_MODULE, "consumer/Imports.java",
                "package consumer;\n\n" + imports + "\npublic final class Imports {}\n");
        assertThat(compiled.errors()).isEmpty();
    }

    private record Compilation(List<String> errors) {}

    /** Compiles {@code module-info.java} and one class into {@code out} against drill-core's module path. */
    private Compilation compile(Path out, String moduleInfo, String classFile, String classSource) throws IOException {
        Path src = out.resolveSibling(out.getFileName() + "-src");
        Files.createDirectories(src.resolve(classFile).getParent());
        Files.createDirectories(out);
        Files.writeString(src.resolve("module-info.java"), moduleInfo);
        Files.writeString(src.resolve(classFile), classSource);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(src.resolve("module-info.java"),
                    src.resolve(classFile));
            // An empty class path: javac would otherwise take this test's own, where drill-core's
            // classes sit in the unnamed module.
            Path noClassPath = Files.createDirectories(out.resolveSibling(out.getFileName() + "-no-class-path"));
            List<String> options = List.of("--release", "17", "--module-path", modulePath(),
                    "--class-path", noClassPath.toString(), "-d", out.toString());
            javac.getTask(null, files, diagnostics, options, null, units).call();
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(d.getMessage(Locale.ROOT));
            }
        }
        return new Compilation(errors);
    }

    /** drill-core and its runtime dependencies, as resolved by this build's reactor. */
    private static String modulePath() throws IOException {
        String file = System.getProperty("drillplan.modulePathFile");
        assertThat(file).as("system property drillplan.modulePathFile (set in module-check/pom.xml)").isNotNull();
        String path = Files.readString(Path.of(file)).strip();
        assertThat(path).as("module path in %s", file).contains("drill-core");
        return path;
    }
}
