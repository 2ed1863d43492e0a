package org.concordia.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How pages show points in time ({@code #{format.date(project.createdAt)}}, in the server's time zone) and counts.
 */
@Named("format")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    /** "1 Dec 2026", month names in the page's language ("1 ديسمبر 2026"), digits as everywhere else. */
    public String date(Instant instant) {
        return instant == null ? "" : DAY.withLocale(Texts.pageLocale()).format(instant);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : MINUTE.withLocale(Texts.pageLocale()).format(instant);
    }

    /**
     * An interface string with its values put in: {@code #{format.message(msg['coding.passage'], p.position + 1)}}.
     * Values are put in as written (numbers without grouping), so "Passage 1234" stays as the screen reader hears it;
     * an apostrophe in the string is text, not MessageFormat's quote.
     */
    public String message(String pattern, Object first) {
        return java.text.MessageFormat.format(pattern.replace("'", "''"), plain(first));
    }

    public String message(String pattern, Object first, Object second) {
        return java.text.MessageFormat.format(pattern.replace("'", "''"), plain(first), plain(second));
    }

    public String message(String pattern, Object first, Object second, Object third) {
        return java.text.MessageFormat.format(pattern.replace("'", "''"), plain(first), plain(second), plain(third));
    }

    /** A value's name in the page's language: {@code #{format.label(member.role)}} (see {@link Texts#label}). */
    public String label(Object value) {
        return Texts.label(value);
    }

    private static String plain(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    /** A count with its noun in the right number: {@code #{format.count(3, 'comment', 'comments')}}, "1 comment". */
    /** What an import outcome or a refusal says, in the page's language. */
    public String explain(org.concordia.platform.text.Explanation explanation) {
        return Texts.explain(explanation);
    }

    public String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
