package io.drillplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/**
 * Every text in both languages: the resource bundles of drill-core and drill-examples, found by
 * scanning their resource folders so that a new bundle is checked without being named here; the
 * keys the code asks for; and the Chinese usage help against the command tree.
 */
class TranslationTest {

    /** The resource folders of the modules with texts, as seen from drill-examples. */
    private static final List<Path> RESOURCES = List.of(Path.of("src/main/resources"),
            Path.of("../drill-core/src/main/resources"));
    /** The sources the keys are looked for in. */
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../drill-core/src/main/java"));

    /** The bundle whose English texts are the commands' annotations; checked against the command tree below. */
    private static final String HELP = "Help";

    /** An argument, plain ({0}) or formatted ({0,choice,...}). */
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    /** Every {@code X_zh.properties} of the modules with its {@code X.properties}. */
    private static Map<Path, Path> bundles() throws IOException {
        Map<Path, Path> pairs = new TreeMap<>();
        for (Path root : RESOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.getFileName().toString().endsWith("_zh.properties")).forEach(zh -> pairs.put(zh,
                        zh.resolveSibling(zh.getFileName().toString().replace("_zh.properties", ".properties"))));
            }
        }
        return pairs;
    }

    @Test
    void everyKeyHasBothLanguagesAndTheSameArguments() throws IOException {
        Map<Path, Path> bundles = bundles();
        // Texts, Messages, Sheets and Help at least; a new bundle is picked up by the scan.
        assertThat(bundles.keySet().stream().map(p -> p.getFileName().toString()))
                .contains("Texts_zh.properties", "Messages_zh.properties", "Sheets_zh.properties", "Help_zh.properties");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Path, Path> pair : bundles.entrySet()) {
            if (pair.getValue().getFileName().toString().equals(HELP + ".properties")) {
                continue;
            }
            assertThat(pair.getValue()).as("the English of " + pair.getKey()).exists();
            Properties zh = load(pair.getKey());
            Properties en = load(pair.getValue());
            for (String key : new TreeSet<>(en.stringPropertyNames())) {
                if (!zh.containsKey(key)) {
                    problems.add(pair.getKey() + ": no Chinese for " + key);
                } else if (!arguments(en.getProperty(key)).equals(arguments(zh.getProperty(key)))) {
                    problems.add(pair.getKey() + ": " + key + " uses " + arguments(zh.getProperty(key))
                            + ", the English " + arguments(en.getProperty(key)));
                }
            }
            for (String key : new TreeSet<>(zh.stringPropertyNames())) {
                if (!en.containsKey(key)) {
                    problems.add(pair.getValue() + ": no English for " + key);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The keys the code names literally, by the pattern of the call, with the prefix its bundle adds. */
    private static final Map<Pattern, String> USES = Map.of(
            Pattern.compile("\\btext\\(\\)\\.text\\(\"([\\w.]+)\""), "Messages:",
            Pattern.compile("\\btext\\.text\\(\"([\\w.]+)\""), "Messages:",
            Pattern.compile("BadInputException\\.of\\(\"([\\w.]+)\""), "Messages:",
            Pattern.compile("new BadValue\\(\"([\\w.]+)\""), "Messages:",
            Pattern.compile("InputFiles\\.invalid\\([^,]+, \"([\\w.]+)\""), "Messages:",
            Pattern.compile("(?:Message|Problem)\\.of\\(\"([\\w.]+)\""), "Texts:",
            Pattern.compile("\\breport\\([^;]*?, \"(\\w+)\", "), "Texts:problem.",
            Pattern.compile("\\bmismatch\\(p, [\\w.]+\\.class, \"(\\w+)\""), "Texts:format.",
            Pattern.compile("\"(term\\.[\\w.]+)\""), "Texts:");

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Properties messages = load(Path.of("src/main/resources/io/drillplan/cli/Messages.properties"));
        Properties texts = load(Path.of("../drill-core/src/main/resources/io/drillplan/model/Texts.properties"));
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (Path root : SOURCES) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(f -> f.toString().endsWith(".java")).toList();
            }
            for (Path file : files) {
                String code = Files.readString(file);
                for (Map.Entry<Pattern, String> use : USES.entrySet()) {
                    if (use.getValue().equals("Texts:problem.") && !file.endsWith("ProblemValidator.java")) {
                        continue; // other classes have a report method of their own
                    }
                    Matcher m = use.getKey().matcher(code);
                    while (m.find()) {
                        found++;
                        String[] where = use.getValue().split(":", 2);
                        String key = where[1] + m.group(1);
                        Properties bundle = where[0].equals("Messages") ? messages : texts;
                        if (!bundle.containsKey(key) && !(key.equals("term.") || key.endsWith("."))) {
                            missing.add(file.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        assertThat(found).as("keys found in the code").isGreaterThan(250);
        assertThat(missing).isEmpty();
    }

    @Test
    void theChineseHelpCoversEveryCommandOptionAndParameterAndNothingElse() throws IOException {
        Properties zh = load(Path.of("src/main/resources/io/drillplan/cli/Help_zh.properties"));
        Set<String> used = new TreeSet<>();
        List<String> missing = new ArrayList<>();
        CommandSpec root = DrillCommand.commandLine(Language.EN).getCommandSpec();
        walk(root, zh, used, missing);
        assertThat(missing).isEmpty();
        Set<String> unused = new TreeSet<>(zh.stringPropertyNames());
        unused.removeAll(used);
        unused.removeIf(k -> k.startsWith("usage.") && k.endsWith("Heading"));
        assertThat(unused).as("Chinese help for nothing").isEmpty();
    }

    private static void walk(CommandSpec spec, Properties zh, Set<String> used, List<String> missing) {
        String prefix = spec.qualifiedName(".") + ".";
        multiLine(prefix + "usage.description", spec.usageMessage().description(), zh, used, missing);
        multiLine(prefix + "usage.footer", spec.usageMessage().footer(), zh, used, missing);
        for (OptionSpec o : spec.options()) {
            if (o.inherited()) {
                continue;
            }
            String name = o.descriptionKey() == null || o.descriptionKey().isEmpty()
                    ? o.longestName().replaceFirst("^-+", "") : o.descriptionKey();
            String english = String.join(" ", o.description());
            String key = zh.containsKey(prefix + name) ? prefix + name : name;
            check(key, english, zh, used, missing);
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            check(prefix + p.paramLabel() + "[" + p.index() + "]", String.join(" ", p.description()), zh, used, missing);
        }
        for (CommandLine sub : spec.subcommands().values()) {
            walk(sub.getCommandSpec(), zh, used, missing);
        }
    }

    /** A description of several lines: key.0, key.1, ... or the key itself. */
    private static void multiLine(String key, String[] english, Properties zh, Set<String> used, List<String> missing) {
        if (english.length == 0) {
            return;
        }
        StringBuilder chinese = new StringBuilder();
        for (int i = 0; zh.containsKey(key + "." + i); i++) {
            used.add(key + "." + i);
            chinese.append(zh.getProperty(key + "." + i)).append('\n');
        }
        if (chinese.length() == 0 && zh.containsKey(key)) {
            used.add(key);
            chinese.append(zh.getProperty(key));
        }
        if (chinese.length() == 0) {
            missing.add(key + ": no Chinese for: " + String.join(" ", english));
            return;
        }
        numbersKept(key, String.join(" ", english), chinese.toString(), missing);
    }

    private static void check(String key, String english, Properties zh, Set<String> used, List<String> missing) {
        if (!zh.containsKey(key)) {
            missing.add(key + ": no Chinese for: " + english);
            return;
        }
        used.add(key);
        numbersKept(key, english, zh.getProperty(key).replace("${DEFAULT-VALUE}", "").replace("${FALLBACK-VALUE}", ""),
                missing);
    }

    /**
     * Every number of the English (limits, defaults written out) is in the Chinese too, so that a
     * changed limit cannot leave the Chinese help behind. Defaults that picocli fills in are left
     * out on both sides.
     */
    private static void numbersKept(String key, String english, String chinese, List<String> missing) {
        Pattern number = Pattern.compile("\\d+");
        Matcher m = number.matcher(english.replaceAll("\\(default[^)]*\\)", "").replaceAll("default: \\d+", ""));
        while (m.find()) {
            if (!chinese.contains(m.group())) {
                missing.add(key + ": the Chinese lacks the number " + m.group());
            }
        }
    }

    @Test
    void theLanguageComesFromTheOptionThenLcAllThenLcMessagesThenLang() {
        assertThat(Language.resolve("zh", Map.of("LANG", "en_US.UTF-8"))).isEqualTo(Language.ZH);
        assertThat(Language.resolve("EN", Map.of("LC_ALL", "zh_CN.UTF-8"))).isEqualTo(Language.EN);
        assertThat(Language.of(Map.of("LC_ALL", "zh_CN.UTF-8", "LANG", "en_US.UTF-8"))).isEqualTo(Language.ZH);
        assertThat(Language.of(Map.of("LC_ALL", "", "LC_MESSAGES", "zh_TW", "LANG", "en_US"))).isEqualTo(Language.ZH);
        assertThat(Language.of(Map.of("LC_MESSAGES", "en_GB.UTF-8", "LANG", "zh_CN.UTF-8"))).isEqualTo(Language.EN);
        assertThat(Language.of(Map.of("LANG", "C.UTF-8"))).isEqualTo(Language.EN);
        assertThat(Language.of(Map.of())).isEqualTo(Language.EN);
    }

    @Test
    void planSpeaksTheLanguageAskedFor() {
        Cli.Run zh = Cli.run("plan", "--preset", "tiny", "--time-limit", "2s", "--lang", "zh", "-o",
                "target/translation-tiny-zh.json", "--html", "target/translation-tiny-zh.html");
        assertThat(zh.exit()).as(zh.err()).isZero();
        assertThat(zh.out()).contains("古交市小型示例，2026年6月").contains("可行：未违反任何硬规则")
                .contains("已安排 21 场演练（共 21 场）").contains("演练形式").contains("实战化模拟演练")
                .contains("已写入 target/translation-tiny-zh.json").doesNotContain("Scheduled ");
        assertThat(zh.err()).contains("正在排期 古交市小型示例");

        Cli.Run en = Cli.run("plan", "--preset", "tiny", "--time-limit", "2s", "--lang", "en", "-o",
                "target/translation-tiny-en.json", "--html", "target/translation-tiny-en.html");
        assertThat(en.exit()).as(en.err()).isZero();
        assertThat(en.out()).contains("Gujiao tiny sample, June 2026")
                .contains("FEASIBLE: no hard rule broken (confirmed by the independent checker).")
                .contains("Scheduled 21 of 21 drills; 0 unscheduled.").contains("Wrote target/translation-tiny-en.json");
    }

    @Test
    void badInputAndAnUnknownLanguageAreSaidInTheLanguageOfTheRun() {
        Cli.Run zh = Cli.run("validate", "--lang", "zh", "target/没有这个文件.json", "target/也没有.json");
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).contains("target/没有这个文件.json: 文件不存在");
        Cli.Run threads = Cli.run("plan", "--preset", "tiny", "--threads", "0", "--lang", "zh");
        assertThat(threads.exit()).isEqualTo(2);
        assertThat(threads.err()).contains("--threads：0 不是正数");
        Cli.Run unknown = Cli.run("plan", "--lang", "fr");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("--lang 'fr': expected zh (Chinese) or en (English)");
    }

    @Test
    void theLibrarysReasonsAndViolationsReadInChinese() {
        io.drillplan.model.Message reason = io.drillplan.model.Message.of("reason.blocked", 12)
                .with(List.of(io.drillplan.model.Message.of("reason.blocker.regionFull", 5),
                        io.drillplan.model.Message.of("reason.blocker.unitClosed", 7)));
        assertThat(reason.text(Locale.ENGLISH)).isEqualTo("every one of its 12 candidate slots is blocked: "
                + "on 5 the region's daily drill limit is reached; on 7 the unit is closed");
        assertThat(reason.text(Locale.CHINESE)).isEqualTo("全部 12 个候选时段都被占用：5 个时段 该区域已达每日演练上限；7 个时段 该单位不开放");
    }
}
