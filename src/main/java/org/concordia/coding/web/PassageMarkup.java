package org.concordia.coding.web;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.util.List;
import java.util.Map;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.Highlighter;
import org.concordia.coding.service.Highlighter.Segment;

/**
 * The HTML of one passage on the coding screen: its text, escaped, with each coded stretch in a span coloured by
 * its first coding's claim type, an underline where codings overlap, and the coding ids for the page's script.
 * Written in Java rather than as nested Facelets loops: a long document has thousands of segments, and this is
 * what makes the screen render fast and lets one passage be redrawn after a coding.
 */
final class PassageMarkup {

    private final Map<Long, CodingView> codings;
    private final Map<Long, ClaimTypeView> claimTypes;

    PassageMarkup(Map<Long, CodingView> codingsById, Map<Long, ClaimTypeView> claimTypesById) {
        this.codings = codingsById;
        this.claimTypes = claimTypesById;
    }

    String html(String passageText, int passageStart, List<CodingView> inPassage) {
        StringBuilder html = new StringBuilder(passageText.length() + inPassage.size() * 120);
        for (Segment segment : Highlighter.segments(passageText, passageStart, inPassage)) {
            if (segment.codingIds().isEmpty()) {
                html.append(escapeHtml4(segment.text()));
                continue;
            }
            html.append("<span class=\"seg\" data-codings=\"");
            for (int i = 0; i < segment.codingIds().size(); i++) {
                html.append(i == 0 ? "" : " ").append(segment.codingIds().get(i));
            }
            html.append("\" style=\"background-color: ").append(escapeHtml4(colourOf(segment.codingIds().get(0))))
                    .append("55;");
            if (segment.codingIds().size() > 1) {
                html.append(" box-shadow: inset 0 -3px 0 ").append(escapeHtml4(colourOf(segment.codingIds().get(1))))
                        .append(';');
            }
            html.append("\" title=\"");
            for (int i = 0; i < segment.codingIds().size(); i++) {
                html.append(i == 0 ? "" : ", ").append(escapeHtml4(typeOf(segment.codingIds().get(i)).name()));
            }
            html.append("\">").append(escapeHtml4(segment.text())).append("</span>");
        }
        return html.toString();
    }

    private ClaimTypeView typeOf(long codingId) {
        return claimTypes.get(codings.get(codingId).claimTypeId());
    }

    private String colourOf(long codingId) {
        return typeOf(codingId).draft().colour();
    }
}
