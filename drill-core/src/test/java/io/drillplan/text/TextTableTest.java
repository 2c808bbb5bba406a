package io.drillplan.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TextTableTest {

    private static TextTable teams() {
        return new TextTable("team", ">drills").row("T-gujiao-fire1", 13).row("T-gujiao-med1", 4);
    }

    @Test
    void alignedPadsColumnsRightAlignsMarkedOnesAndLeavesNoTrailingBlanks() {
        // The example of the class documentation, verbatim.
        assertThat(teams().aligned()).isEqualTo("""
                team            drills
                --------------  ------
                T-gujiao-fire1      13
                T-gujiao-med1        4
                """);
        assertThat(new TextTable("a", "b").row("x", "long text").row("longer", "").aligned())
                .isEqualTo("a       b\n------  ---------\nx       long text\nlonger\n");
    }

    @Test
    void printIndentsEveryLineAndUsesTheWritersLineSeparator() {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            teams().print(out, "  ");
        }
        String nl = System.lineSeparator();
        assertThat(text.toString()).isEqualTo("  team            drills" + nl + "  --------------  ------" + nl
                + "  T-gujiao-fire1      13" + nl + "  T-gujiao-med1        4" + nl);
    }

    @Test
    void wideCharactersTakeTwoColumns() {
        assertThat(TextTable.displayWidth("太原 mine")).isEqualTo(9);
        assertThat(new TextTable("unit", ">n").row("太原", 1).row("Gujiao", 22).aligned())
                .isEqualTo("unit     n\n------  --\n太原     1\nGujiao  22\n");
    }

    @Test
    void clipCutsToTheColumnsWithAnEllipsis() {
        assertThat(TextTable.clip("Gujiao City People's Hospital", 10)).isEqualTo("Gujiao Ci…");
        assertThat(TextTable.clip("太原市消防救援支队", 7)).isEqualTo("太原市…");
        assertThat(TextTable.clip("short", 5)).isEqualTo("short");
        assertThat(TextTable.clip(null, 5)).isEmpty();
    }

    @Test
    void nullCellsAreEmptyAndARowMustFillEveryColumn() {
        TextTable t = new TextTable("a", "b").row(null, 1);
        assertThat(t.rows()).containsExactly(java.util.List.of("", "1"));
        assertThat(t.header()).containsExactly("a", "b");
        assertThat(t.isEmpty()).isFalse();
        assertThat(new TextTable("a").isEmpty()).isTrue();
        assertThatThrownBy(() -> t.row("only one")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a row of 1 cells for a table of 2 columns");
    }

    @Test
    void csvQuotesOnlyCellsThatNeedIt() {
        assertThat(new TextTable("name", ">km").row("Xishan, \"No. 1\" mine", 12.5).row("plain", 3).csv())
                .isEqualTo("name,km\n\"Xishan, \"\"No. 1\"\" mine\",12.5\nplain,3\n");
    }

    @Test
    void markdownEscapesPipesAndMarksRightAlignedColumns() {
        assertThat(new TextTable("name", ">km").row("a|b", 1).markdown())
                .isEqualTo("| name | km |\n|---|---:|\n| a\\|b | 1 |\n");
    }

    @Test
    void htmlEscapesEveryCell() {
        assertThat(new TextTable("<name>", ">km").row("'Mine' & \"Co\"", 1).html()).isEqualTo("""
                <table>
                <tr><th>&lt;name&gt;</th><th class="num">km</th></tr>
                <tr><td>&#39;Mine&#39; &amp; &quot;Co&quot;</td><td class="num">1</td></tr>
                </table>
                """);
    }

    @Test
    void numbersIgnoreTheLocaleAndShowNaNAsNotAvailable() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(TextTable.number(1234.567, 2)).isEqualTo("1234.57");
            assertThat(TextTable.number(2.5, 0)).isEqualTo("3");
            assertThat(TextTable.number(Double.NaN, 1)).isEqualTo("n/a");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
