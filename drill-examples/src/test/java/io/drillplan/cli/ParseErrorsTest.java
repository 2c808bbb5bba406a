package io.drillplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.drillplan.cli.SimulateCommandTest.Result;
import org.junit.jupiter.api.Test;

/** picocli's parse errors in the run's language, each naming the option or argument and the value. */
class ParseErrorsTest {

    private static String errIn(Language language, String... args) {
        Result r = SimulateCommandTest.runIn(language, args);
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        return r.err();
    }

    @Test
    void everyKindOfMistakeIsWordedInChinese() {
        assertThat(errIn(Language.ZH, "plan", "--bogus")).contains("未知选项：'--bogus'", "运行 'drill plan --help' 查看选项。");
        assertThat(errIn(Language.ZH, "plan", "--time-limt", "5s")).contains("未知选项：'--time-limt'", "您是否想输入：--time-limit");
        assertThat(errIn(Language.ZH, "simulate")).contains("缺少必需的参数：PROBLEM");
        assertThat(errIn(Language.ZH, "simulate", "p.json", "s.json", "--runs", "many"))
                .contains("--runs 的取值无效：'many' 不是整数");
        assertThat(errIn(Language.ZH, "simulate", "p.json", "s.json", "--runs")).contains("选项 --runs 缺少取值");
        assertThat(errIn(Language.ZH, "simulate", "p.json", "s.json", "--runs", "--lang", "zh"))
                .contains("选项 --runs 缺少取值");
        assertThat(errIn(Language.ZH, "simulate", "p.json", "s.json", "--seed", "1", "--seed", "2"))
                .contains("选项 --seed 只能给出一次");
        assertThat(errIn(Language.ZH, "plan", "--time-limit", "0s"))
                .contains("--time-limit 的取值无效：'0s' 不是正的时长（例如 30s、2m、1m30s、500ms）");
        assertThat(errIn(Language.ZH, "plan", "--time-limit", "99h")).contains("'99h' 超过了允许的最长时长 24h");
        assertThat(errIn(Language.ZH, "plan", "--preset", "moon")).contains("--preset 的取值无效：未知的样例 'moon'");
        assertThat(errIn(Language.ZH, "validate", "a.json", "b.json", "c.json")).contains("多余的参数：'c.json'");
        for (String[] args : new String[][] {{"plan", "--bogus"}, {"simulate"}, {"simulate", "p", "s", "--runs", "x"},
            {"simulate", "p", "s", "--runs"}, {"plan", "--time-limit", "0s"}, {"plan", "--preset", "moon"}}) {
            assertThat(errIn(Language.ZH, args)).doesNotContain("Unknown", "Missing", "Invalid", "invalid", "option ",
                    "Possible", "not a", "Run ");
        }
    }

    @Test
    void inEnglishTheSameMistakesReadAsBefore() {
        assertThat(errIn(Language.EN, "plan", "--bogus")).contains("unknown option: '--bogus'", "Run 'drill plan --help'");
        assertThat(errIn(Language.EN, "simulate", "p.json", "s.json", "--runs", "many"))
                .contains("invalid value for --runs: 'many' is not a whole number");
        assertThat(errIn(Language.EN, "plan", "--time-limit", "0s"))
                .contains("invalid value for --time-limit: '0s' is not a positive duration");
    }
}
