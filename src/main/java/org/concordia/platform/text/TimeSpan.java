package org.concordia.platform.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a claim's time covers: a year ("2020"), a month ("2020-04"), a day ("2020-04-09") or a range of them
 * written as ISO 8601 writes intervals ("2020-04/2020-05"). Two claims' times disagree only when their spans do not
 * overlap, so "2020" and "2020-04" are compatible and "2020-04" and "2020-05-10" are not.
 */
public record TimeSpan(LocalDate first, LocalDate last) {

    private static final Pattern POINT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** The span of a time as coders write it; empty when blank or not a date. */
    public static Optional<TimeSpan> parse(String time) {
        if (time == null || time.isBlank()) {
            return Optional.empty();
        }
        String[] ends = time.strip().split("\\s*/\\s*", -1);
        if (ends.length > 2) {
            return Optional.empty();
        }
        Optional<TimeSpan> from = point(ends[0]);
        Optional<TimeSpan> to = ends.length == 2 ? point(ends[1]) : from;
        if (from.isEmpty() || to.isEmpty() || to.get().last().isBefore(from.get().first())) {
            return Optional.empty();
        }
        return Optional.of(new TimeSpan(from.get().first(), to.get().last()));
    }

    /** Whether {@code time} is a date or a range of dates as {@link #parse} reads them. */
    public static boolean isTime(String time) {
        return parse(time).isPresent();
    }

    public boolean overlaps(TimeSpan other) {
        return !last.isBefore(other.first) && !other.last.isBefore(first);
    }

    private static Optional<TimeSpan> point(String text) {
        Matcher m = POINT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(new TimeSpan(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return Optional.of(new TimeSpan(month.atDay(1), month.atEndOfMonth()));
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return Optional.of(new TimeSpan(day, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
