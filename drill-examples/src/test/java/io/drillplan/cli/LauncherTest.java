package io.drillplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese file names on a machine without the zh_CN locale: the {@code ./drill} launcher runs
 * Java under C.UTF-8 when the user's locale is not a UTF-8 one the machine has, and passes the
 * language on as {@code -Ddrill.locale}. Checked in two halves, as the tests run before the jar
 * the launcher starts is built: the launcher's choice of environment (with a stand-in for
 * {@code java}), and the drill command in a real JVM under exactly that environment.
 */
class LauncherTest {

    @TempDir
    Path dir;

    /** What the launcher hands to Java under {@code env}, as recorded by a stand-in {@code java}. */
    private List<String> launch(Map<String, String> env) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path record = dir.resolve("java-saw.txt");
        script(bin.resolve("java"), "#!/bin/sh\n{ echo \"LC_ALL=$LC_ALL\"; for a in \"$@\"; do echo \"$a\"; done; } > '"
                + record + "'\n");
        // Should the launcher find its jar older than the sources, it asks mvn to build it: not here.
        script(bin.resolve("mvn"), "#!/bin/sh\nexit 0\n");
        Path launcher = Path.of("..", "drill").toAbsolutePath().normalize();
        ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), "validate", "问题.json", "排期.json")
                .directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return Files.readAllLines(record, StandardCharsets.UTF_8);
    }

    private static void script(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The charmap of {@code locale} on this machine, as the launcher asks it. */
    private static String charmap(String locale) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("locale", "charmap");
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
        pb.environment().put("LANG", locale);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    @Test
    void aLocaleThatIsNotInstalledRunsJavaUnderCUtf8AndKeepsTheLanguage() throws Exception {
        assumeThat(charmap("zh_CN.UTF-8")).as("zh_CN.UTF-8 is installed here; nothing to work around")
                .isNotEqualTo("UTF-8");
        List<String> saw = launch(Map.of("LANG", "zh_CN.UTF-8"));
        assertThat(saw).contains("LC_ALL=C.UTF-8", "-Ddrill.locale=zh_CN.UTF-8", "validate", "问题.json", "排期.json");

        // LC_ALL and LC_MESSAGES come first, as gettext reads them.
        assertThat(launch(Map.of("LC_MESSAGES", "zh_TW.UTF-8", "LANG", "en_US.UTF-8")))
                .contains("-Ddrill.locale=zh_TW.UTF-8");
    }

    @Test
    void aUtf8LocaleIsLeftAlone() throws Exception {
        assumeThat(charmap("C.UTF-8")).isEqualTo("UTF-8");
        List<String> saw = launch(Map.of("LANG", "C.UTF-8"));
        assertThat(saw).contains("LC_ALL=").noneMatch(a -> a.startsWith("-Ddrill.locale"));
    }

    /** The drill command in a fresh JVM under {@code env}: its exit code and what it printed. */
    private static Cli.Run drill(Path workDir, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8", "-Ddrill.progress=off"));
        if (env.containsKey("drill.locale")) {
            command.add("-Ddrill.locale=" + env.get("drill.locale"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), DrillCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
        env.forEach((k, v) -> {
            if (!k.equals("drill.locale")) {
                pb.environment().put(k, v);
            }
        });
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Cli.Run(p.exitValue(), out, err);
    }

    @Test
    void underTheLaunchersEnvironmentChineseFileNamesWorkAndTheOutputIsChinese() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("忻州"));
        // What the launcher sets up for LANG=zh_CN.UTF-8 on a machine without that locale.
        Map<String, String> launched = Map.of("LC_ALL", "C.UTF-8", "LANG", "zh_CN.UTF-8", "drill.locale", "zh_CN.UTF-8");
        Cli.Run generated = drill(dir, launched, "generate", "--preset", "tiny", "-o", "忻州/问题.json");
        assertThat(generated.exit()).as(generated.err()).isZero();
        assertThat(generated.out()).contains("已写入 忻州/问题.json");
        assertThat(folder.resolve("问题.json")).exists();
        Cli.Run invalid = drill(dir, launched, "validate", "忻州/问题.json", "忻州/没有这个排期.json");
        assertThat(invalid.exit()).isEqualTo(2);
        assertThat(invalid.err()).contains("忻州/没有这个排期.json: 文件不存在");
    }

    @Test
    void withoutTheLauncherTheSameFileNameFailsWhereZhCnIsNotInstalled() throws Exception {
        assumeThat(charmap("zh_CN.UTF-8")).isNotEqualTo("UTF-8");
        Cli.Run plain = drill(dir, Map.of("LANG", "zh_CN.UTF-8"), "generate", "--preset", "tiny", "-o", "忻州/问题.json");
        // The premise of the launcher's work-around: Java cannot even name the file.
        assertThat(plain.exit()).isEqualTo(2);
        assertThat(dir.resolve("忻州")).doesNotExist();
    }
}
