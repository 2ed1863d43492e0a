package org.concordia.documents.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.concordia.documents.model.CleanedText;
import org.concordia.documents.model.PassageSpan;

/**
 * Lays blocks out as a document's cleaned text, a blank line between passages, and records where each passage
 * lies (code points). Empty blocks are left out.
 */
public final class PassageAssembler {

    private static final Pattern LINE_BREAKS = Pattern.compile("[ \\t\\u00A0]*[\\r\\n\\u2028\\u2029\\f]+[ \\t\\u00A0]*");

    private PassageAssembler() {
    }

    public static CleanedText assemble(List<SourceBlock> blocks) {
        StringBuilder text = new StringBuilder();
        List<PassageSpan> passages = new ArrayList<>();
        int offset = 0;
        for (SourceBlock block : blocks) {
            // One passage is one line: breaks inside a block (a <br>, a soft return) become spaces, and the blank
            // line between passages stays the only one (a project re-import finds passages by it).
            String content = LINE_BREAKS.matcher(Normalizer.normalize(block.text(), Normalizer.Form.NFC)).replaceAll(" ")
                    .strip();
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
