package org.concordia.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.SourceType;

/**
 * Four short sources written for the Concordia demo (src/main/resources/demo/corpus), in the styles users import:
 * a hard-wrapped journal paper with a page number and hyphenation, a news page with a donation widget, a brief in
 * Markdown bullets, a statement. They give conflicting accounts of one event, with the spelling variants of the
 * prime minister's name (al-Kazimi, al-Kadhimi, Al-Kazemi) and of Kata'ib Hezbollah. None of them is a real
 * source; their notes say so.
 */
enum DemoCorpus {

    GULF_REVIEW_PAPER("gulf-review-acquiescence.txt", new DocumentMetadata(
            "Acquiescence, Not Endorsement: Tehran and the Iraqi Premiership in 2020", "Layla Haddad",
            "Gulf Review", LocalDate.of(2021, 3, 1), null, SourceType.JOURNAL_ARTICLE, Notes.FICTIONAL)),
    BAGHDAD_WIRE_NEWS("baghdad-wire-backing.html", new DocumentMetadata(
            "Iran backs Kadhimi as Iraq's new prime minister", "Baghdad Wire staff", "Baghdad Wire",
            LocalDate.of(2020, 5, 7), "https://example.org/baghdad-wire/iran-backs-kadhimi", SourceType.NEWS_ARTICLE,
            Notes.FICTIONAL)),
    GULF_MONITOR_BRIEF("gulf-monitor-brief.md", new DocumentMetadata(
            "Gulf Monitor Brief: Who chose Iraq's prime minister?", null, "Gulf Monitor",
            LocalDate.of(2020, 5, 15), null, SourceType.THINK_TANK_REPORT, Notes.FICTIONAL)),
    MILITIA_STATEMENT("kataib-hezbollah-statement.txt", new DocumentMetadata(
            "Statement on the nomination of the intelligence chief", "Kata'ib Hezbollah (as worded for the demo)",
            null, LocalDate.of(2020, 4, 9), null, SourceType.OFFICIAL_STATEMENT, Notes.FICTIONAL));

    static final List<DemoCorpus> ALL = List.of(values());

    private final String fileName;
    private final DocumentMetadata metadata;

    DemoCorpus(String fileName, DocumentMetadata metadata) {
        this.fileName = fileName;
        this.metadata = metadata;
    }

    String fileName() {
        return fileName;
    }

    DocumentMetadata metadata() {
        return metadata;
    }

    /** Held apart so that the enum constants can use it. */
    private static final class Notes {
        static final String FICTIONAL = "Written for the Concordia demo; not a real source.";
    }

    byte[] content() {
        try (InputStream in = DemoCorpus.class.getResourceAsStream("/demo/corpus/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo source " + fileName);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
