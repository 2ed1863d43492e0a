package org.concordia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every page's words come from the bundle ({@code #{msg['key']}}), so the Arabic interface has no English left in
 * it: a page's text and the attributes people read (labels, titles, headers, tooltips, confirmations) hold no words
 * of their own, only expressions. Brand, file-format and code names are words too and come from the bundle.
 */
class InterfaceStringsTest {

    private static final Path PAGES = Path.of("src/main/webapp");

    /** Attributes whose value is shown or read out to people. */
    private static final Set<String> READ_ATTRIBUTES = Set.of("value", "title", "header", "label", "itemLabel",
            "placeholder", "emptyMessage", "message", "alt", "aria-label", "a:aria-label", "a:placeholder",
            "a:title", "summary", "headerText", "footerText", "requiredMessage", "validatorMessage",
            "converterMessage", "emptyLabel", "tooltip", "subtitle", "cancelLabel", "uploadLabel",
            "chooseLabel", "invalidSizeMessage", "invalidFileMessage", "fileLimitMessage", "noSelectionLabel",
            "itemDescription", "noResultsMessage", "emptyText", "caption", "aria-description", "a:aria-description");

    /** Elements whose value is data, not words: parameters, scripts, styles, converters. */
    private static final Set<String> DATA_ELEMENTS = Set.of("f:param", "ui:param", "f:attribute", "f:viewParam",
            "f:event", "f:ajax", "p:ajax", "f:selectItems", "h:outputStylesheet", "h:outputScript", "script", "style",
            "f:convertDateTime", "f:convertNumber", "f:validateLength", "f:validateRegex", "h:inputHidden",
            "f:passThroughAttribute", "p:remoteCommand", "f:metadata");

    /** Elements that show code, commands or addresses as they are typed: not translated. */
    private static final Set<String> CODE_ELEMENTS = Set.of("code", "pre", "kbd", "samp");

    /** Elements whose {@code value} is an address, not words. */
    private static final Set<String> VALUE_IS_ADDRESS = Set.of("h:outputLink", "h:graphicImage", "p:graphicImage");

    private static final Pattern EXPRESSION = Pattern.compile("#\\{(?:[^}'\"]|'[^']*'|\"[^\"]*\")*}");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** A quoted literal inside an expression. */
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'");
    /** Words in a literal, as a sentence has them: several plain words, not CSS classes or identifiers. */
    private static final Pattern PHRASE = Pattern.compile("\\p{L}{2,}(?: \\p{L}+)+");
    /** A call of the formatter: its literals are the text itself or the noun it counts, unless bundle keys. */
    /** Words as people write them; constants such as 'IMPORTED' are names of values, not words. */
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\p{Ll}{2,}");
    private static final Pattern FORMATTER = Pattern.compile("format\\.(?:count|message)\\(");

    @Test
    void pagesTakeTheirWordsFromTheBundle() throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                scan(read(page).getDocumentElement(), PAGES.relativize(page).toString(), found);
            }
        }
        assertThat(found).as("words written into pages instead of the bundle").isEmpty();
    }

    @Test
    void wordsAnExpressionWritesItselfCountAsWords() {
        assertThat(hasWords("#{c.gold() ? 'gold standard' : c.coder()}")).isTrue();
        assertThat(hasWords("#{format.count(q.comments(), 'comment', 'comments')}")).isTrue();
        assertThat(hasWords("Save")).isTrue();
        assertThat(hasWords("#{c.gold() ? msg['common.goldStandard'] : c.coder()}")).isFalse();
        assertThat(hasWords("#{c.gold() ? 'state state-ADJUDICATED' : ''}")).as("CSS classes").isFalse();
        assertThat(hasWords("#{format.count(n, msg['coding.codingOne'], msg['coding.codingMany'])}")).isFalse();
        assertThat(hasWords("#{format.message(msg['documents.x'], view.count('IMPORTED'))}")).as("a constant")
                .isFalse();
    }

    /** A plain form's hidden field, checkbox or radio button sends its value; nobody sees or hears it. */
    private static boolean valueIsSentNotShown(Element element) {
        return element.getTagName().equals("input")
                && Set.of("hidden", "checkbox", "radio").contains(element.getAttribute("type"));
    }

    private static void scan(Element element, String page, List<String> found) {
        String name = element.getTagName();
        if (DATA_ELEMENTS.contains(name) || CODE_ELEMENTS.contains(name)) {
            return;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (READ_ATTRIBUTES.contains(attribute.getName()) && hasWords(attribute.getValue())
                    && !(attribute.getName().equals("value")
                            && (name.equals("f:selectItem") || VALUE_IS_ADDRESS.contains(name)
                                    || valueIsSentNotShown(element)))) {
                found.add(page + ": <" + name + " " + attribute.getName() + "=\"" + attribute.getValue() + "\">");
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.TEXT_NODE && hasWords(child.getNodeValue())) {
                found.add(page + ": <" + name + "> " + child.getNodeValue().strip());
            } else if (child instanceof Element inner) {
                scan(inner, page, found);
            }
        }
    }

    /**
     * Words outside expressions, or words an expression writes itself: {@code c.gold() ? 'gold standard' : c.coder()}
     * or {@code format.count(n, 'comment', 'comments')} would show English in every language.
     */
    static boolean hasWords(String text) {
        if (WORD.matcher(EXPRESSION.matcher(text).replaceAll(" ")).find()) {
            return true;
        }
        java.util.regex.Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            boolean formatted = FORMATTER.matcher(expression.group()).find();
            java.util.regex.Matcher literal = LITERAL.matcher(expression.group());
            while (literal.find()) {
                boolean key = literal.start() > 0 && expression.group().charAt(literal.start() - 1) == '[';
                if (PHRASE.matcher(literal.group(1)).matches()
                        || formatted && !key && LOWER_CASE_WORD.matcher(literal.group(1)).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static org.w3c.dom.Document read(Path page) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        try (InputStream in = Files.newInputStream(page)) {
            return builder.parse(in);
        } catch (IOException e) {
            throw new IOException(page + ": " + e.getMessage(), e);
        }
    }
}
