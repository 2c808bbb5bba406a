package io.drillplan.model;

/**
 * How every message shows a value that came from outside: at most {@value #LIMIT} characters
 * followed by "…", and with control characters (C0, DEL, C1, bidirectional overrides) and
 * unpaired surrogates written as {@code \u001B}-style escapes, so that a megabyte-long id cannot
 * flood a terminal and an escape sequence in a name cannot drive it.
 *
 * <p>The one place where user values become message text: the validator, the format reader,
 * the checker and the command line all quote through it.
 */
public final class Excerpt {

    /** Longest excerpt shown, in characters (code points), before the ellipsis. */
    public static final int LIMIT = 60;

    private Excerpt() {}

    /**
     * {@code value} in single quotes, shortened and made printable; {@code null} for a null.
     *
     * @param value any text, possibly hostile
     * @return a short printable quotation
     */
    public static String quote(String value) {
        return value == null ? "null" : "'" + of(value) + "'";
    }

    /**
     * {@code value} shortened to {@value #LIMIT} characters and made printable, without quotes.
     *
     * @param value any text, possibly hostile
     * @return a short printable excerpt, "null" for a null
     */
    public static String of(String value) {
        return value == null ? "null" : printable(value, LIMIT);
    }

    /**
     * {@code value} made printable but not shortened, for text that is the user's own choice and
     * must be shown whole, such as a file name.
     *
     * @param value any text
     * @return the text with every control character escaped
     */
    public static String printable(String value) {
        return value == null ? "null" : printable(value, Integer.MAX_VALUE);
    }

    /**
     * Whether {@code value} holds a character {@link #printable(String)} would escape.
     *
     * @param value the text to look at
     * @return true when it holds a control character or an unpaired surrogate
     */
    public static boolean hasControl(String value) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (isControl(cp) || Character.isSurrogate(value.charAt(i)) && Character.charCount(cp) == 1) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * The first unpaired surrogate of {@code value}.
     *
     * @param value the text to look at
     * @return its char index, or -1 when the text is valid Unicode
     */
    public static int unpairedSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String printable(String value, int limit) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), limit) + 8);
        int shown = 0;
        for (int i = 0; i < value.length(); ) {
            if (shown == limit) {
                return out.append('…').toString();
            }
            int cp = value.codePointAt(i);
            int width = Character.charCount(cp);
            if (isControl(cp) || width == 1 && Character.isSurrogate(value.charAt(i))) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
            shown++;
            i += width;
        }
        return out.toString();
    }

    /** C0, DEL, C1, and the bidirectional controls that reorder what a terminal shows. */
    private static boolean isControl(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E || cp == 0x200F || cp == 0x061C;
    }
}
