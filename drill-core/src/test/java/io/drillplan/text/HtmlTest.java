package io.drillplan.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTheFiveMarkupCharactersAndLineBreaks() {
        assertThat(Html.escape("</script><img src=x onerror=alert(1)> \"Mine\" & 'Co'\nline 2"))
                .isEqualTo("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &quot;Mine&quot; &amp; &#39;Co&#39;&#10;line 2");
    }

    @Test
    void leavesOtherTextAloneAndNullEmpty() {
        String plain = "太原 Fire Rescue Station 1 · 2026-06-16";
        assertThat(Html.escape(plain)).isSameAs(plain);
        assertThat(Html.escape("")).isEmpty();
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void escapesAnAmpersandOnlyOnce() {
        assertThat(Html.escape("&amp;")).isEqualTo("&amp;amp;");
    }
}
