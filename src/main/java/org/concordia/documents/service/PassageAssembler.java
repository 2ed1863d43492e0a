package org.concordia.documents.service;

import java.util.ArrayList;
import java.util.List;
import org.concordia.documents.model.CleanedText;
import org.concordia.documents.model.PassageSpan;

/**
 * Lays blocks out as a document's cleaned text, a blank line between passages, and records where each passage
 * lies (code points). Empty blocks are left out.
 */
public final class PassageAssembler {

    private PassageAssembler() {
    }

    public static CleanedText assemble(List<SourceBlock> blocks) {
        StringBuilder text = new StringBuilder();
        List<PassageSpan> passages = new ArrayList<>();
        int offset = 0;
        for (SourceBlock block : blocks) {
            String content = block.text().strip();
            if (content.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
                offset += 2;
            }
            int length = content.codePointCount(0, content.length());
            passages.add(new PassageSpan(block.kind(), offset, offset + length));
            text.append(content);
            offset += length;
        }
        return new CleanedText(text.toString(), passages);
    }
}
