package io.drillplan.text;

/** Escaping of text for HTML and SVG. */
public final class Html {

    private Html() {}

    /**
     * {@code text} made safe as element content and as a quoted attribute value alike, in HTML
     * and in SVG: {@code & < > " '} become character references, and so do line breaks, which an
     * SVG attribute would otherwise fold into spaces (a tooltip keeps its lines).
     *
     * @param text any text, may be {@code null}
     * @return the escaped text; {@code ""} for {@code null}
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            String replacement = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '\n' -> "&#10;";
                default -> null;
            };
            if (replacement != null && b == null) {
                // Most texts need no escaping: copy only once something must change.
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (b != null) {
                if (replacement != null) {
                    b.append(replacement);
                } else {
                    b.append(text.charAt(i));
                }
            }
        }
        return b == null ? text : b.toString();
    }
}
