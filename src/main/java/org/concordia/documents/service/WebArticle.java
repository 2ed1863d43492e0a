package org.concordia.documents.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.concordia.documents.model.CleanupKind;
import org.concordia.documents.model.PassageKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A saved web page read as a reader reads it: the article, found by Readability4J (a port of Mozilla's
 * Readability, Firefox's reader view), apart from navigation, sidebars, share and donate widgets, cookie banners
 * and related links; and the reader comments under it, taken out before the article is looked for and returned
 * one by one with their author and date. Every block of visible text that is not in the article is recorded as
 * removed, with the kind of block it was in.
 */
final class WebArticle {

    /** What a web page holds: the article's blocks, its title, and the readers' comments. */
    record Read(List<SourceBlock> blocks, String title, List<ReaderComment> comments) {
    }

    private static final Pattern COMMENT_SECTION = Pattern.compile(
            "(?:^|[-_ ])(?:comments?|comment-?(?:list|area|section|thread)s?|disqus(?:_thread)?|wpd-?\\w*|wpdiscuz"
                    + "|respond|responses|discussion|replies|talk)(?:$|[-_ ])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT_BODY = Pattern.compile(
            "(?:^|[-_ ])(?:comment-?(?:content|text|body|message)|wpd-comment-text|post-message|message-body"
                    + "|reply-content|commentbody|comment_text)(?:$|[-_ ])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR = Pattern.compile(
            "(?:^|[-_ ])(?:author|fn|comment-?author|wpd-comment-author|commenter|username|user-?name|nickname"
                    + "|byline|name)(?:$|[-_ ])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile(
            "(?:^|[-_ ])(?:date|time|timestamp|published|comment-?(?:date|time|metadata)|wpd-comment-date"
                    + "|post-meta)(?:$|[-_ ])",
            Pattern.CASE_INSENSITIVE);
    /** Widgets and furniture that Readability can leave inside an article. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?:^|[-_ ])(?:share|sharing|social-?(?:share|icons|links|buttons|follow)|donat\\w*|support-?us|subscri\\w*|newsletter|signup|sign-up|cookie\\w*"
                    + "|consent|gdpr|related|recommended|read-?more|more-stories|promo\\w*|advert\\w*|ads?|sponsor\\w*"
                    + "|paywall|widget|banner|popup|modal|toolbar|breadcrumbs?|tags?|author-bio)(?:$|[-_ ])",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "dd", "dt", "figcaption", "td", "th", "caption");

    private WebArticle() {
    }

    /** Decodes a web page's bytes: by its byte-order mark, as UTF-8 when that is what it is, else as it declares. */
    static String decode(byte[] content) {
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return new String(content, StandardCharsets.UTF_16BE);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return new String(content, StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher declared = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE)
                    .matcher(head);
            Charset charset = Charset.forName("windows-1252");
            if (declared.find()) {
                try {
                    charset = Charset.forName(declared.group(1));
                } catch (IllegalArgumentException unknown) {
                    // keep windows-1252, what browsers assume
                }
            }
            return new String(content, charset);
        }
    }

    /** The page's visible text, a blank line between blocks: what is kept as the text the file held. */
    static String visibleText(String html) {
        Document page = Jsoup.parse(html);
        page.select("script, style, noscript, template, svg").remove();
        return String.join("\n\n", visibleBlocks(page.body()));
    }

    static Read read(String html, CleanupLog log) {
        Document page = Jsoup.parse(html);
        page.select("script, style, noscript, template, svg, iframe, form input, button, select").remove();
        String title = page.title();
        List<String> visible = visibleBlocks(page.body());
        // The text of what comment and furniture decisions took out: listed once, under those decisions.
        StringBuilder accounted = new StringBuilder();
        List<ReaderComment> comments = takeComments(page, log, accounted);
        List<String> restored = takeFurniture(page, log, accounted);
        Article article = new Readability4JExtended("https://example.invalid/", page.clone()).parse();
        Element content = article.getArticleContent();
        Element cluster = paragraphCluster(page);
        if (cluster != null && (content == null || content.text().length() < cluster.text().length() / 2)) {
            // Readability settled on too little (a page whose markup misleads its scoring): take the element
            // holding the most paragraph text instead.
            content = cluster;
        }
        List<SourceBlock> blocks = new ArrayList<>();
        if (content != null) {
            collect(content, blocks, log);
        }
        String articleTitle = article.getTitle() == null || article.getTitle().isBlank() ? title : article.getTitle();
        if (!articleTitle.isBlank() && (blocks.isEmpty() || !blocks.get(0).text().equals(articleTitle.strip()))
                && blocks.stream().noneMatch(b -> b.kind() == PassageKind.HEADING
                        && b.text().equals(articleTitle.strip()))) {
            blocks.add(0, new SourceBlock(PassageKind.HEADING, articleTitle.strip(), 0));
        }
        restored.forEach(text -> blocks.add(new SourceBlock(PassageKind.PARAGRAPH, text, 0)));
        recordRemoved(visible, blocks, accounted, log, blocks);
        return new Read(blocks, articleTitle.strip(), comments);
    }

    /**
     * The element whose own paragraphs hold the most text (paragraphs of 40 characters or more, counted where they
     * sit): where a page keeps its article when Readability's scoring is misled. Null when the page has none.
     */
    private static Element paragraphCluster(Document page) {
        java.util.Map<Element, Integer> text = new java.util.HashMap<>();
        for (Element paragraph : page.body().select("p")) {
            int length = paragraph.text().length();
            if (length >= 40 && paragraph.parent() != null) {
                text.merge(paragraph.parent(), length, Integer::sum);
            }
        }
        return text.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
                .orElse(null);
    }

    /**
     * Takes the comment sections out of the page (so that neither they nor their "Notify of", "Reply", "View all
     * comments" lines can be taken for the article) and returns their comments: each element holding a comment's
     * text, with the author and date shown nearest above it in the same comment.
     */
    private static List<ReaderComment> takeComments(Document page, CleanupLog log, StringBuilder accounted) {
        List<Element> sections = new ArrayList<>();
        for (Element element : page.body().getAllElements()) {
            if (element != page.body() && isCommentSection(element) && !insideAny(element, sections)
                    && !element.select("p, div, li, article").isEmpty()) {
                sections.add(element);
            }
        }
        List<ReaderComment> comments = new ArrayList<>();
        for (Element section : sections) {
            Set<Element> bodies = new LinkedHashSet<>();
            for (Element element : section.getAllElements()) {
                if (isCommentBody(element) && element.getAllElements().stream()
                        .noneMatch(inner -> inner != element && isCommentBody(inner))) {
                    bodies.add(element);
                }
            }
            for (Element body : bodies) {
                String text = ownText(body, bodies);
                if (text.isBlank()) {
                    continue;
                }
                Element item = commentItem(body, section);
                comments.add(new ReaderComment(find(item, body, AUTHOR, "author"), dateOf(item, body), text));
            }
            log.note(CleanupKind.READER_COMMENTS, abbreviate(section.text(), 300), bodies.isEmpty()
                    ? "a comment section, without comments Concordia could tell apart"
                    : "a comment section: its comments go into a document of their own", 0);
            accounted.append(' ').append(section.text());
            section.remove();
        }
        return comments;
    }

    /**
     * Takes out blocks whose class or id names them as furniture (share bars, donate and subscribe boxes, cookie
     * banners, related articles ...), each recorded; Readability strips class names from what it keeps, so this
     * must happen before. A block holding a fifth of the page's text or more is no widget, whatever it is called
     * (WordPress gives an article classes like "tag-iraq").
     */
    private static List<String> takeFurniture(Document page, CleanupLog log, StringBuilder accounted) {
        List<String> restored = new ArrayList<>();
        int pageLength = Math.max(1, page.body().text().length());
        List<Element> furniture = new ArrayList<>();
        for (Element element : page.body().getAllElements()) {
            boolean named = FURNITURE.matcher(element.className() + " " + element.id()).find()
                    || CAPTION.matcher(element.className() + " " + element.id()).find()
                    || element.normalName().equals("figcaption");
            if (element != page.body() && named && element.text().length() < pageLength / 5
                    && !insideAny(element, furniture) && !holdsProse(element)) {
                furniture.add(element);
            }
        }
        for (Element element : furniture) {
            String text = element.text().strip();
            accounted.append(' ').append(text);
            if (text.isEmpty()) {
                element.remove();
            } else if (log.decide(CleanupKind.BOILERPLATE, abbreviate(text, 300), "a block marked \u201c"
                    + abbreviate((element.className() + " " + element.id()).strip(), 60)
                    + "\u201d: share, donate, subscribe, cookie, related-articles furniture or a caption", 0)) {
                element.remove();
            } else {
                restored.add(text);
                element.remove();
            }
        }
        return restored;
    }

    /** Several long paragraphs: an article's text, whatever its container is called ("entry-content read-more"). */
    private static boolean holdsProse(Element element) {
        int prose = 0;
        for (Element paragraph : element.select("p")) {
            int length = paragraph.text().length();
            prose += length >= 80 ? length : 0;
        }
        return prose >= 400;
    }

    private static boolean isCommentBody(Element element) {
        return matches(element, COMMENT_BODY) || "text".equals(element.attr("itemprop"));
    }

    private static boolean isCommentSection(Element element) {
        String names = element.id() + " " + element.className();
        return COMMENT_SECTION.matcher(names).find() && !COMMENT_BODY.matcher(names).find()
                && !AUTHOR.matcher(element.className()).find()
                || element.attr("itemtype").toLowerCase(Locale.ROOT).contains("comment")
                        && element.parents().stream().noneMatch(p -> p.attr("itemtype").contains("Comment"));
    }

    private static boolean insideAny(Element element, List<Element> sections) {
        for (Element section : sections) {
            if (element.parents().contains(section)) {
                return true;
            }
        }
        return false;
    }

    /** The comment a body belongs to: its nearest ancestor that also holds an author. */
    private static Element commentItem(Element body, Element section) {
        Element at = body.parent();
        while (at != null && at != section) {
            for (Element candidate : at.getAllElements()) {
                if (candidate != at && (matches(candidate, AUTHOR) || "author".equals(candidate.attr("itemprop")))
                        && !candidate.parents().contains(body) && candidate != body) {
                    return at;
                }
            }
            at = at.parent();
        }
        return body.parent() == null ? body : body.parent();
    }

    /** The last element matching {@code names} before the body in its comment (a reply's author is its own). */
    private static String find(Element item, Element body, Pattern names, String itemprop) {
        String found = "";
        for (Element candidate : item.getAllElements()) {
            if (candidate == body) {
                break;
            }
            if ((matches(candidate, names) || itemprop.equals(candidate.attr("itemprop")))
                    && !candidate.text().isBlank() && candidate.text().length() <= 80) {
                found = candidate.text().strip();
            }
        }
        return found;
    }

    private static String dateOf(Element item, Element body) {
        for (Element time : item.select("time")) {
            if (!time.parents().contains(body)) {
                String text = time.text().strip();
                return text.isEmpty() ? time.attr("datetime") : text;
            }
        }
        return find(item, body, DATE, "dateCreated");
    }

    /** The text of a comment body without the bodies nested in it (replies) and without its reply links. */
    private static String ownText(Element body, Set<Element> bodies) {
        Element copy = body.clone();
        for (Element nested : copy.getAllElements()) {
            if (nested != copy && (matches(nested, COMMENT_BODY) || nested.select("[class*=reply]").size() > 0
                    && nested.text().length() < 20)) {
                nested.remove();
            }
        }
        List<String> parts = new ArrayList<>();
        for (Element block : copy.select("p, li, blockquote")) {
            parts.add(block.text());
        }
        String text = parts.isEmpty() ? copy.text() : String.join("\n", parts);
        return text.strip();
    }

    /** The article's blocks: headings, paragraphs and list items; widgets Readability kept are removed. */
    private static void collect(Element root, List<SourceBlock> blocks, CleanupLog log) {
        for (Element element : root.getAllElements()) {
            String tag = element.normalName();
            if (!BLOCKS.contains(tag) || hasBlockAncestorIn(element, root)) {
                continue;
            }
            if (tag.equals("li") && !element.select("p").isEmpty()) {
                continue;
            }
            String text = element.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            Element caption = captionAncestor(element, root);
            if (caption != null && log.decide(CleanupKind.BOILERPLATE, text, "a figure caption, credit or byline:"
                    + " about the article, not its text", 0)) {
                continue;
            }
            Element furniture = furnitureAncestor(element, root);
            if (furniture != null || isLinkList(element)) {
                if (log.decide(CleanupKind.BOILERPLATE, text, furniture != null
                        ? "inside the article, in a block marked \u201c" + abbreviate(furniture.className()
                                + " " + furniture.id(), 60).strip() + "\u201d (share, donate, subscribe, related ...)"
                        : "inside the article, but mostly links", 0)) {
                    continue;
                }
            }
            PassageKind kind = tag.matches("h[1-6]") ? PassageKind.HEADING
                    : tag.equals("li") || tag.equals("dd") || tag.equals("dt") ? PassageKind.BULLET
                    : PassageKind.PARAGRAPH;
            blocks.add(new SourceBlock(kind, text, 0));
        }
        if (blocks.isEmpty()) {
            String text = root.text().strip();
            if (!text.isEmpty()) {
                blocks.add(new SourceBlock(PassageKind.PARAGRAPH, text, 0));
            }
        }
    }

    private static boolean hasBlockAncestorIn(Element element, Element root) {
        for (Element parent = element.parent(); parent != null && parent != root; parent = parent.parent()) {
            String tag = parent.normalName();
            if (BLOCKS.contains(tag) && !(tag.equals("li") && !parent.select("p").isEmpty())
                    && !tag.equals("td") && !tag.equals("th")) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CAPTION = Pattern.compile(
            "(?:^|[-_ ])(?:caption|figcaption|credits?|byline|dateline|timestamp|photo-?credit|image-?credit"
                    + "|wp-caption-text)(?:$|[-_ ])", Pattern.CASE_INSENSITIVE);

    /** A figure caption, picture credit or byline around {@code element}, by its tag or its class name. */
    private static Element captionAncestor(Element element, Element root) {
        for (Element at = element; at != null && at != root.parent(); at = at.parent()) {
            if (at.normalName().equals("figcaption") || CAPTION.matcher(at.className() + " " + at.id()).find()) {
                return at;
            }
        }
        return null;
    }

    private static Element furnitureAncestor(Element element, Element root) {
        for (Element at = element; at != null && at != root.parent(); at = at.parent()) {
            if (FURNITURE.matcher(at.className() + " " + at.id()).find()) {
                return at;
            }
        }
        return null;
    }

    /** A short block whose text is mostly link text: a list of related articles, tags, a "read more". */
    private static boolean isLinkList(Element element) {
        int all = element.text().length();
        var anchors = element.select("a");
        int links = anchors.stream().mapToInt(a -> a.text().length()).sum();
        return all > 0 && links >= all * 0.7 && all < 300;
    }

    /** Every block of visible text on the page, in order: what a person sees before anything is taken away. */
    private static List<String> visibleBlocks(Element body) {
        List<String> visible = new ArrayList<>();
        if (body == null) {
            return visible;
        }
        StringBuilder run = new StringBuilder();
        walk(body, visible, run);
        flushRun(visible, run);
        return visible;
    }

    private static void walk(Node node, List<String> visible, StringBuilder run) {
        if (node instanceof TextNode text) {
            run.append(text.text());
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        boolean block = element.isBlock() || element.normalName().equals("br");
        if (block) {
            flushRun(visible, run);
        }
        for (Node child : element.childNodes()) {
            walk(child, visible, run);
        }
        if (block) {
            flushRun(visible, run);
        }
    }

    private static void flushRun(List<String> visible, StringBuilder run) {
        String text = run.toString().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
            visible.add(text);
        }
        run.setLength(0);
    }

    /**
     * Records every visible block that is neither in the article nor taken out by a decision already recorded (a
     * comment section, a furniture block): nothing leaves silently, and nothing is listed twice, so that undoing the
     * one decision that removed a block brings it back. A block a supervisor restores is added after the article.
     */
    private static void recordRemoved(List<String> visible, List<SourceBlock> article, CharSequence accounted,
            CleanupLog log, List<SourceBlock> out) {
        StringBuilder kept = new StringBuilder();
        article.forEach(b -> kept.append(' ').append(b.text().replaceAll("\\s+", " ")));
        kept.append(' ').append(accounted.toString().replaceAll("\\s+", " "));
        String all = kept.toString();
        Set<String> seen = new HashSet<>();
        for (String block : visible) {
            if (all.contains(block) || !seen.add(block)) {
                continue;
            }
            if (!log.decide(CleanupKind.BOILERPLATE, block, "outside the article: navigation, a sidebar, the page"
                    + " header or footer, a widget", 0)) {
                out.add(new SourceBlock(PassageKind.PARAGRAPH, block, 0));
            }
        }
    }

    private static boolean matches(Element element, Pattern names) {
        return names.matcher(element.className()).find() || names.matcher(element.id()).find();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "\u2026";
    }
}
