package org.concordia.coding.web;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    private final boolean withCoders;

    /** With {@code withCoders}, each highlight's title says whose coding it is, as a supervisor needs to know. */
    PassageMarkup(Map<Long, CodingView> codingsById, Map<Long, ClaimTypeView> claimTypesById, boolean withCoders) {
        this.codings = codingsById;
        this.claimTypes = claimTypesById;
        this.withCoders = withCoders;
    }

    /**
     * The coding stripes of one passage, as MAXQDA and ATLAS.ti show them in the margin: one button per coding, in
     * the claim type's colour, naming the claim type and the coder; pressing it selects the coding.
     */
    String stripes(List<CodingView> inPassage, Function<CodingView, String> quoteOf) {
        StringBuilder html = new StringBuilder(inPassage.size() * 200);
        for (CodingView coding : inPassage) {
            ClaimTypeView type = claimTypes.get(coding.claimTypeId());
            String whole = quoteOf.apply(coding);
            String quote = whole.codePointCount(0, whole.length()) > 40
                    ? whole.substring(0, whole.offsetByCodePoints(0, 40)) + "\u2026" : whole;
            html.append("<li><button type=\"button\" class=\"stripe\" data-coding=\"").append(coding.id())
                    .append("\" style=\"border-left-color: ").append(escapeHtml4(type.draft().colour()))
                    .append("\" title=\"").append(escapeHtml4(whole)).append("\">")
                    .append("<span class=\"stripe-type\">").append(escapeHtml4(type.name())).append("</span> ")
                    .append("<span class=\"stripe-coder\">").append(escapeHtml4(coding.coder())).append("</span>")
                    .append("<span class=\"visually-hidden\">: \u201c").append(escapeHtml4(quote))
                    .append("\u201d</span></button></li>");
        }
        return html.toString();
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
                long id = segment.codingIds().get(i);
                html.append(i == 0 ? "" : ", ").append(escapeHtml4(typeOf(id).name()));
                if (withCoders) {
                    html.append(" (").append(escapeHtml4(codings.get(id).coder())).append(')');
                }
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
