package org.concordia.documents.service;

import java.util.ArrayList;
import java.util.List;
import org.concordia.documents.model.CleanedText;
import org.concordia.documents.model.PassageKind;

/** The reader comments of a web page as a document: one passage per comment, led by its author and date. */
final class ReaderComments {

    private ReaderComments() {
    }

    static CleanedText asText(List<ReaderComment> comments) {
        List<SourceBlock> blocks = new ArrayList<>(comments.size());
        for (ReaderComment comment : comments) {
            String who = comment.author().isBlank() ? "Anonymous" : comment.author();
            String when = comment.date().isBlank() ? "" : " (" + comment.date() + ")";
            blocks.add(new SourceBlock(PassageKind.PARAGRAPH, who + when + ": " + comment.text(), 0));
        }
        return PassageAssembler.assemble(blocks);
    }

    static String title(String articleTitle) {
        String title = "Reader comments: " + articleTitle;
        return title.length() <= 300 ? title : title.substring(0, 299) + "\u2026";
    }
}
