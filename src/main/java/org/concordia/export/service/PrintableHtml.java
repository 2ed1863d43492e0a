package org.concordia.export.service;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/**
 * A self-contained HTML page for a report that is read on screen and printed (or saved as PDF from the browser):
 * its own styles, no scripts, nothing loaded from elsewhere. Every text goes through {@link #text}.
 */
final class PrintableHtml {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final String STYLE = """
            body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; margin: 2.5em auto; max-width: 60em;
                   padding: 0 1.5em; color: #222; }
            h1 { font-size: 1.7em; margin-bottom: .2em; } h2 { font-size: 1.25em; margin-top: 1.8em; }
            h3 { font-size: 1.05em; margin-bottom: .3em; }
            .meta, .muted { color: #666; } .contested { color: #b00020; }
            table { border-collapse: collapse; width: 100%; margin: .6em 0 1.2em; font-size: .92em; }
            th, td { border-bottom: 1px solid #ddd; padding: .3em .5em; text-align: left; vertical-align: top; }
            th { border-bottom: 2px solid #999; } td.number { text-align: right; font-variant-numeric: tabular-nums; }
            blockquote { margin: .2em 0; font-style: italic; }
            section { page-break-inside: avoid; }
            @media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
            """;

    private final Writer out;

    PrintableHtml(Writer out) {
        this.out = out;
    }

    /** The page's head and title block. */
    PrintableHtml begin(String title, String subtitle) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\"><title>" + text(title)
                + "</title><style>" + STYLE + "</style></head><body>\n<h1>" + text(title) + "</h1>\n<p class=\"meta\">"
                + text(subtitle) + "<br>Made with Concordia on " + WHEN.format(Instant.now()) + ".</p>\n");
        return this;
    }

    PrintableHtml raw(String html) throws IOException {
        out.write(html);
        return this;
    }

    void end() throws IOException {
        out.write("</body></html>\n");
        out.flush();
    }

    /** "1 claim", "3 claims". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Text made safe for HTML; empty for null. */
    static String text(Object value) {
        return value == null ? "" : StringEscapeUtils.escapeHtml4(String.valueOf(value));
    }
}
