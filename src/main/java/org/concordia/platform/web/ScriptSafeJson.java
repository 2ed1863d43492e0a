package org.concordia.platform.web;

/**
 * JSON made safe to stand inside an HTML {@code <script>} element, as PrimeFaces' charts and widgets put their
 * configuration: {@code <}, {@code >} and {@code &} become {@code \u003c}-style escapes, so that a label such as
 * {@code </script><script>...} cannot end the script, and U+2028 and U+2029 are escaped, which older JavaScript
 * engines read as line ends inside a string. The JSON means exactly the same to a parser: these characters can only
 * occur inside strings of well-formed JSON, where the escapes stand for themselves.
 */
public final class ScriptSafeJson {

    private ScriptSafeJson() {
    }

    public static String of(String json) {
        StringBuilder safe = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            String escape = switch (c) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (escape != null && safe == null) {
                safe = new StringBuilder(json.length() + 16).append(json, 0, i);
            }
            if (safe != null) {
                if (escape != null) {
                    safe.append(escape);
                } else {
                    safe.append(c);
                }
            }
        }
        return safe == null ? json : safe.toString();
    }
}
