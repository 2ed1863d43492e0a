package org.concordia.documents.model;

/**
 * The reading direction of a passage: right to left where most of its strongly directional letters are Arabic,
 * Persian, Hebrew and the like (a few Latin names in an Arabic sentence do not turn it), left to right otherwise.
 */
public final class TextDirection {

    public static final String LTR = "ltr";
    public static final String RTL = "rtl";

    private TextDirection() {
    }

    public static String of(String text) {
        int rtl = 0;
        int ltr = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                rtl++;
            } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                ltr++;
            }
            i += Character.charCount(c);
        }
        return rtl > ltr ? RTL : LTR;
    }
}
