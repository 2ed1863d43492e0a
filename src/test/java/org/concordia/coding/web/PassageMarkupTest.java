package org.concordia.coding.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.concordia.codebook.model.ClaimTypeDraft;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.coding.model.CodingView;
import org.junit.jupiter.api.Test;

class PassageMarkupTest {

    private static final ClaimTypeView SUPPORT = type(1, "Support <\"backed\">", "#1f77b4");
    private static final ClaimTypeView EVENT = type(2, "Event", "#ff7f0e");

    @Test
    void uncodedTextIsEscapedPlainText() {
        assertThat(markup("<script>alert('x')</script> & more", 100, List.of()))
                .isEqualTo("&lt;script&gt;alert('x')&lt;/script&gt; &amp; more");
    }

    @Test
    void codedStretchesAreSpansWithTheirCodingsColourAndEscapedTypeNames() {
        CodingView support = coding(10, SUPPORT, 100, 104);

        assertThat(markup("Iran <b>backed</b> him", 100, List.of(support)))
                .isEqualTo("<span class=\"seg\" data-codings=\"10\" style=\"background-color: #1f77b455;\""
                        + " title=\"Support &lt;&quot;backed&quot;&gt;\">Iran</span> &lt;b&gt;backed&lt;/b&gt; him");
    }

    @Test
    void overlapsAreUnderlinedInTheSecondCodingsColourAndCountCodePoints() {
        CodingView whole = coding(10, SUPPORT, 0, 9);
        CodingView emoji = coding(11, EVENT, 5, 7);

        String html = markup("Café \uD83D\uDE00 ok", 0, List.of(whole, emoji));

        assertThat(html).contains("data-codings=\"10\" style=\"background-color: #1f77b455;\"")
                .contains("data-codings=\"10 11\" style=\"background-color: #1f77b455; box-shadow: inset 0 -3px 0"
                        + " #ff7f0e;\" title=\"Support &lt;&quot;backed&quot;&gt;, Event\">\uD83D\uDE00 </span>")
                .endsWith(">ok</span>");
    }

    private static String markup(String text, int start, List<CodingView> codings) {
        return markupFor(codings, false).html(text, start, codings);
    }

    private static PassageMarkup markupFor(List<CodingView> codings, boolean withCoders) {
        Map<Long, CodingView> byId = new java.util.HashMap<>();
        codings.forEach(c -> byId.put(c.id(), c));
        return new PassageMarkup(byId, Map.of(SUPPORT.id(), SUPPORT, EVENT.id(), EVENT), withCoders);
    }

    @Test
    void forSupervisorsTitlesNameTheCoderAndStripesAreEscapedButtons() {
        CodingView ada = coding(10, SUPPORT, 100, 104, "ada");
        CodingView hostile = coding(11, EVENT, 100, 104, "ben<img src=x>");
        PassageMarkup markup = markupFor(List.of(ada, hostile), true);

        assertThat(markup.html("Iran backed him", 100, List.of(ada, hostile)))
                .contains("title=\"Support &lt;&quot;backed&quot;&gt; (ada), Event (ben&lt;img src=x&gt;)\"");
        String stripes = markup.stripes(List.of(ada, hostile), c -> "Iran");
        assertThat(stripes).contains("<button type=\"button\" class=\"stripe\" data-coding=\"10\"",
                "border-left-color: #1f77b4", "<span class=\"stripe-coder\">ada</span>",
                "<span class=\"stripe-coder\">ben&lt;img src=x&gt;</span>").doesNotContain("<img");
        assertThat(markupFor(List.of(ada), false).html("Iran backed him", 100, List.of(ada)))
                .as("a coder sees no names").doesNotContain("(ada)");
    }

    private static CodingView coding(long id, ClaimTypeView type, int start, int end) {
        return coding(id, type, start, end, "ada");
    }

    private static CodingView coding(long id, ClaimTypeView type, int start, int end, String coder) {
        return new CodingView(id, 1, 1, type.id(), start, end, coder, 1, Map.of(), null, Instant.EPOCH);
    }

    private static ClaimTypeView type(long id, String name, String colour) {
        return new ClaimTypeView(id, "guid-" + id, null, 0,
                new ClaimTypeDraft(null, name, "", "", "", "", colour, "s", true, List.of()));
    }
}
