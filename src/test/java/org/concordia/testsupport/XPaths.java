package org.concordia.testsupport;

/** XPath string literals for any text, apostrophes and quotes included ("Iraq's"). */
public final class XPaths {

    private XPaths() {
    }

    public static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
