package org.concordia.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.concordia.documents.model.CleanedText;
import org.concordia.documents.model.CleanupChoices;
import org.concordia.documents.model.CleanupKind;
import org.concordia.documents.model.CleanupStep;
import org.concordia.documents.model.PassageKind;
import org.concordia.documents.service.DocumentCleanup;
import org.concordia.documents.service.ReaderComment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Saved web pages with their furniture (navigation, cookie banner, share bar, donate widget, related articles,
 * footer) and reader comments in the markup of two common comment systems (WordPress' own, and wpDiscuz) and of
 * schema.org microdata: the article comes out alone, the comments apart with their authors and dates.
 */
public class WebArticleCleanupTest {

    static final List<String> ARTICLE = List.of(
            "Baghdad's new prime minister took office on Thursday after months of deadlock between the blocs.",
            "Iran backed the nomination, according to two officials in Tehran who spoke on condition of anonymity.",
            "Other accounts say Tehran merely accepted Mustafa al-Kadhimi to block a rival it trusted even less.",
            "The parliament approved fifteen of the twenty-two ministers; the remaining posts stay vacant for now.",
            "Protesters in Tahrir Square said the new government would be judged by whether it held the killers of"
                    + " demonstrators to account.");

    public record Comment(String author, String date, String text) {
    }

    public static final List<Comment> COMMENTS = List.of(
            new Comment("Jonas K.", "May 7, 2020", "Accepted is the better word. Tehran had no candidate left."),
            new Comment("Mira", "May 7, 2020", "The article ignores the Kurdish parties entirely."),
            new Comment("Jonas K.", "May 8, 2020", "The Kurds voted with the Sadrists on this one."),
            new Comment("Jonas K.", "May 8, 2020", "And they got the finance ministry for it."));

    static Stream<Arguments> commentSystems() {
        return Stream.of(
                Arguments.of("WordPress comments", (Function<List<Comment>, String>) WebArticleCleanupTest::wordpress),
                Arguments.of("wpDiscuz comments", (Function<List<Comment>, String>) WebArticleCleanupTest::wpdiscuz),
                Arguments.of("schema.org comments", (Function<List<Comment>, String>) WebArticleCleanupTest::microdata));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commentSystems")
    void theArticleComesOutAloneAndTheCommentsApartWithTheirAuthors(String system,
            Function<List<Comment>, String> comments) {
        byte[] page = page(comments.apply(COMMENTS)).getBytes(StandardCharsets.UTF_8);

        DocumentCleanup.Result result = new DocumentCleanup().clean("text/html", page, "", CleanupChoices.NONE);
        CleanedText cleaned = result.cleaned();
        List<String> passages = cleaned.passages().stream().map(cleaned::textOf).toList();

        assertThat(passages).as("the article's paragraphs, whole and in order").containsSubsequence(ARTICLE);
        assertThat(passages).as("the headline is the first passage, a heading").first()
                .isEqualTo("Iraq's parliament approves Kadhimi government");
        assertThat(cleaned.text()).as("no furniture and no comment is left in the article")
                .doesNotContain("cookies").doesNotContain("Donate").doesNotContain("Support Gulf Wire")
                .doesNotContain("Share on").doesNotContain("Related").doesNotContain("Newsletter")
                .doesNotContain("Notify of").doesNotContain("View all comments").doesNotContain("Jonas")
                .doesNotContain("Tehran had no candidate left").doesNotContain("All rights reserved")
                .doesNotContain("Photo: Hadi Mizban").doesNotContain("By Sara Haddad");
        assertThat(result.comments()).as("every comment, with its author and date, frequent commenters too")
                .extracting(ReaderComment::author, ReaderComment::text)
                .containsExactly(COMMENTS.stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.author(), c.text()))
                        .toArray(org.assertj.core.groups.Tuple[]::new));
        assertThat(result.comments()).extracting(ReaderComment::date).allMatch(d -> d.contains("2020"));
        assertThat(result.steps()).as("what was removed is listed")
                .anyMatch(s -> s.kind() == CleanupKind.READER_COMMENTS)
                .anyMatch(s -> s.kind() == CleanupKind.BOILERPLATE && s.text().contains("cookies"));
    }

    @Test
    void aRemovedBlockRestoredComesBackAfterTheArticle() {
        byte[] page = page(wordpress(COMMENTS)).getBytes(StandardCharsets.UTF_8);
        DocumentCleanup cleanup = new DocumentCleanup();
        CleanupStep banner = cleanup.clean("text/html", page, "", CleanupChoices.NONE).steps().stream()
                .filter(s -> s.kind() == CleanupKind.BOILERPLATE && s.text().contains("cookies")).findFirst()
                .orElseThrow();

        CleanedText again = cleanup.clean("text/html", page, "", CleanupChoices.NONE.toggled(banner.key())).cleaned();

        assertThat(again.passages().stream().map(again::textOf)).contains(banner.text());
    }

    @Test
    void everyRemovedBlockIsListedOnceSoThatOneUndoBringsItBack() {
        byte[] page = page(wordpress(COMMENTS)).getBytes(StandardCharsets.UTF_8);
        DocumentCleanup cleanup = new DocumentCleanup();
        List<CleanupStep> steps = cleanup.clean("text/html", page, "", CleanupChoices.NONE).steps();

        List<String> removed = steps.stream().filter(s -> s.kind() == CleanupKind.BOILERPLATE)
                .map(CleanupStep::text).toList();
        assertThat(removed).as("no block listed twice").doesNotHaveDuplicates();
        assertThat(removed).as("lines of the comment section are listed with it, not again as furniture")
                .noneMatch(t -> t.contains("Jonas") || t.startsWith("Reply"));
        List<CleanupStep> donateBox = steps.stream().filter(s -> s.text().contains("Donate today")).toList();
        assertThat(donateBox).as("the donate box, one decision").hasSize(1);
        CleanupStep donate = donateBox.get(0);

        CleanedText restored = cleanup.clean("text/html", page, "", CleanupChoices.NONE.toggled(donate.key()))
                .cleaned();
        assertThat(restored.text()).contains("Donate today and keep independent reporting alive.");
    }

    @Test
    void pagesInUtf8OrInTheCharsetTheyDeclareAreRead() {
        String article = page("").replace("al-Kadhimi", "al-K\u0101\u1E93imi (\u0645\u0635\u0637\u0641\u0649)");
        byte[] utf8 = article.getBytes(StandardCharsets.UTF_8);
        byte[] latin = page("").replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">")
                .replace("Baghdad's", "Baghdad\u2019s").getBytes(Charset.forName("windows-1252"));

        assertThat(new DocumentCleanup().clean("text/html", utf8, "", CleanupChoices.NONE).cleaned().text())
                .contains("al-K\u0101\u1E93imi (\u0645\u0635\u0637\u0641\u0649)");
        assertThat(new DocumentCleanup().clean("text/html", latin, "", CleanupChoices.NONE).cleaned().text())
                .contains("Baghdad\u2019s new prime minister");
    }

    public static String page(String comments) {
        StringBuilder paragraphs = new StringBuilder();
        for (int i = 0; i < ARTICLE.size(); i++) {
            paragraphs.append("<p>").append(ARTICLE.get(i)).append("</p>\n");
            if (i == 2) {
                paragraphs.append("<figure><img src=\"vote.jpg\" alt=\"\"><figcaption>Deputies vote in Baghdad."
                        + " Photo: Hadi Mizban</figcaption></figure>\n");
            }
            if (i == 1) {
                paragraphs.append("<div class=\"donate-box\"><h3>Support Gulf Wire</h3><p>Donate today and keep"
                        + " independent reporting alive.</p><a href=\"/donate\">Donate</a></div>\n");
            }
        }
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Iraq's parliament approves Kadhimi government | Gulf Wire</title></head>
                <body>
                <div id="cookie-notice" class="cookie-banner">We use cookies to improve your experience. <a href="#">Accept</a></div>
                <header class="site-header"><a href="/">Gulf Wire</a>
                  <nav class="main-nav"><ul><li><a href="/politics">Politics</a></li><li><a href="/economy">Economy</a></li>
                  <li><a href="/opinion">Opinion</a></li></ul></nav></header>
                <main>
                <article class="post">
                  <h1 class="entry-title">Iraq's parliament approves Kadhimi government</h1>
                  <div class="byline">By Sara Haddad, May 7, 2020</div>
                  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
                  <div class="entry-content">
                %s
                  </div>
                  <div class="newsletter-signup"><h4>Newsletter</h4><p>Get the Gulf Wire briefing every morning.</p></div>
                </article>
                <aside class="related-posts"><h3>Related</h3><ul>
                  <li><a href="/a">Sadrists threaten to quit the coalition over budget talks</a></li>
                  <li><a href="/b">Oil revenues fall for the third month in a row</a></li></ul></aside>
                %s
                </main>
                <footer class="site-footer"><p>&copy; 2020 Gulf Wire. All rights reserved.</p></footer>
                </body></html>
                """.formatted(paragraphs, comments);
    }

    public static String wordpress(List<Comment> comments) {
        StringBuilder html = new StringBuilder("<div id=\"comments\" class=\"comments-area\"><h2 class=\"comments-title\">"
                + comments.size() + " thoughts on this</h2><ol class=\"comment-list\">");
        for (int i = 0; i < comments.size(); i++) {
            Comment c = comments.get(i);
            html.append("<li id=\"comment-").append(i).append("\" class=\"comment\"><article class=\"comment-body\">"
                    + "<footer class=\"comment-meta\"><div class=\"comment-author vcard\"><b class=\"fn\">")
                    .append(c.author()).append("</b> <span class=\"says\">says:</span></div>"
                            + "<div class=\"comment-metadata\"><a href=\"#\"><time datetime=\"2020-05-07\">")
                    .append(c.date()).append("</time></a></div></footer><div class=\"comment-content\"><p>")
                    .append(c.text()).append("</p></div><div class=\"reply\"><a class=\"comment-reply-link\">Reply</a>"
                            + "</div></article></li>");
        }
        return html.append("</ol><div id=\"respond\" class=\"comment-respond\"><h3>Leave a Reply</h3>"
                + "<p>Would love your thoughts, please comment.</p></div></div>").toString();
    }

    static String wpdiscuz(List<Comment> comments) {
        StringBuilder html = new StringBuilder("<div id=\"wpdcom\" class=\"wpdiscuz_unauth wpd-default\">"
                + "<div class=\"wpd-form-head\"><div class=\"wpd-sbs-toggle\">Notify of</div></div>"
                + "<div class=\"wpd-thread-head\"><div class=\"wpd-thread-info\">" + comments.size()
                + " Comments</div></div><div class=\"wpd-thread-list\">");
        for (Comment c : comments) {
            html.append("<div class=\"wpd-comment wpd_comment_level-1\"><div class=\"wpd-comment-wrap\">"
                    + "<div class=\"wpd-comment-right\"><div class=\"wpd-comment-header\"><div class=\"wpd-comment-author\">")
                    .append(c.author()).append("</div><div class=\"wpd-comment-date\">").append(c.date())
                    .append("</div></div><div class=\"wpd-comment-text\"><p>").append(c.text())
                    .append("</p></div><div class=\"wpd-comment-footer\"><div class=\"wpd-reply-button\">Reply</div>"
                            + "</div></div></div></div>");
        }
        return html.append("</div><div class=\"wpd-load-more\">View all comments</div></div>").toString();
    }

    static String microdata(List<Comment> comments) {
        StringBuilder html = new StringBuilder("<section class=\"reader-voices\"><h2>Readers respond</h2>");
        for (Comment c : comments) {
            html.append("<div itemscope itemtype=\"https://schema.org/Comment\"><span itemprop=\"author\">")
                    .append(c.author()).append("</span> <time itemprop=\"dateCreated\" datetime=\"2020-05-07\">")
                    .append(c.date()).append("</time><div itemprop=\"text\"><p>").append(c.text())
                    .append("</p></div></div>");
        }
        return html.append("<p><a href=\"#\">View all comments</a></p></section>").toString();
    }
}
