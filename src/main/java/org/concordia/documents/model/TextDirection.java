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
        return of(text, 0, text.length());
    }

    /** The direction of {@code text} from char {@code from} to {@code to}, without copying it. */
    public static String of(CharSequence text, int from, int to) {
        int rtl = 0;
        int ltr = 0;
        for (int i = from; i < to; ) {
            int c = Character.codePointAt(text, i);
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
