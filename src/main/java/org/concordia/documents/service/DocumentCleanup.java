package org.concordia.documents.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concordia.documents.model.CleanedText;
import org.concordia.documents.model.CleanupChoices;
import org.concordia.documents.model.CleanupKind;
import org.concordia.documents.model.CleanupStep;

/**
 * Clean-up of an imported file, by its format: a PDF from its layout, a web page from its article (reader
 * comments apart), Word and OpenDocument files from their document model, everything else from the text's own
 * statistics. Then the supervisor's OCR corrections, and the passages laid out. Pure: the same file and choices give the same text and passages, so that clean-up can run
 * again with a decision undone.
 */
public final class DocumentCleanup {

    /** What clean-up made of a file. */
    public record Result(CleanedText cleaned, List<CleanupStep> steps, List<ReaderComment> comments,
            String title) {
    }

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String ODT = "application/vnd.oasis.opendocument.text";

    private final TextCleaner text = new TextCleaner();

    public Result clean(String mediaType, byte[] content, String extractedText, CleanupChoices choices) {
        CleanupLog log = new CleanupLog(choices);
        List<SourceBlock> blocks = null;
        List<ReaderComment> comments = List.of();
        String title = null;
        if (mediaType.equals("application/pdf")) {
            try {
                blocks = PdfLayout.read(content, log);
            } catch (IOException | RuntimeException e) {
                // A PDF PDFBox cannot lay out (Tika could read its text): clean its text without layout.
                blocks = null;
                log = new CleanupLog(choices);
            }
        }
        if (mediaType.equals(DOCX)) {
            try {
                blocks = DocxStructure.read(content, log);
            } catch (IOException | RuntimeException e) {
                blocks = null;
                log = new CleanupLog(choices);
            }
        }
        if (mediaType.equals(ODT)) {
            try {
                blocks = OdtStructure.read(content, log);
            } catch (IOException | RuntimeException e) {
                blocks = null;
                log = new CleanupLog(choices);
            }
        }
        if (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")) {
            WebArticle.Read page = WebArticle.read(WebArticle.decode(content), log);
            blocks = page.blocks();
            comments = page.comments();
            title = page.title();
        }
        if (blocks == null || blocks.isEmpty()) {
            blocks = text.blocks(extractedText, log);
        }
        blocks = corrected(blocks, choices.corrections(), log);
        CleanedText cleaned = PassageAssembler.assemble(blocks);
        return new Result(cleaned, log.steps(), comments, title);
    }

    /** The supervisor's corrections applied to whole words, each occurrence recorded. */
    private static List<SourceBlock> corrected(List<SourceBlock> blocks, Map<String, String> corrections,
            CleanupLog log) {
        if (corrections.isEmpty()) {
            return blocks;
        }
        // One pattern per word, compiled once: a re-clean of a long document runs every correction over every block.
        Map<String, Pattern> patterns = new java.util.LinkedHashMap<>();
        corrections.keySet().forEach(word -> patterns.put(word, Pattern.compile("(?<![\\p{L}\\p{Nd}])"
                + Pattern.quote(word) + "(?![\\p{L}\\p{Nd}])")));
        List<SourceBlock> out = new ArrayList<>(blocks.size());
        Map<String, Integer> places = new java.util.TreeMap<>();
        for (SourceBlock block : blocks) {
            String text = block.text();
            for (var pattern : patterns.entrySet()) {
                if (!text.contains(pattern.getKey())) {
                    continue;
                }
                Matcher word = pattern.getValue().matcher(text);
                int found = (int) word.results().count();
                if (found > 0) {
                    places.merge(pattern.getKey(), found, Integer::sum);
                    text = word.reset().replaceAll(Matcher.quoteReplacement(corrections.get(pattern.getKey())));
                }
            }
            out.add(block.withText(text));
        }
        places.forEach((word, count) -> log.note(CleanupKind.OCR_FIX, word + " \u2192 " + corrections.get(word),
                "corrected everywhere by a supervisor, in " + count + (count == 1 ? " place" : " places"), 0));
        return out;
    }
}
