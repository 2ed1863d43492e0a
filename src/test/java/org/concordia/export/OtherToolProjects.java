package org.concordia.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.concordia.documents.PdfFixture;

/**
 * Projects shaped as other tools export them, with real sources written here: a DOCX written with POI and a
 * journal-set PDF written with PDFBox, each with the plain text its tool would have saved beside it (the PDF's
 * extracted by PDFBox, running headers and line breaks and all), and selections counted in that plain text.
 * {@link #atlasTiShaped} follows the standard's ATLAS.ti example ({@code Project.qde}, a {@code Sources} folder,
 * PDF sources with a {@code Representation}, pictures, video, notes, links and sets); {@link #f4Shaped} takes the
 * standard's f4 example .qde as it is and writes the files it names.
 */
public final class OtherToolProjects {

    static final String FRIEDRICH = "AD68FBE7-E1EE-4A82-A279-23CC698C89EB";
    static final String SEBASTIAN = "A5DE7584-8296-418B-A322-136F77ADF87B";
    static final String SUPPORT = "85D17F60-7BB0-481E-B742-B4861DD669DF";
    static final String OPPOSITION = "0F8A1907-7E42-4739-8610-A676B4D1B69F";
    static final String ARMED = "D2C1E38E-5220-42FA-A442-908471CC7964";

    /** The interview, paragraph by paragraph, as the DOCX holds it. */
    static final List<String> INTERVIEW = List.of(
            "Interview with Simon, Baghdad, May 2020",
            "Asked about the new cabinet, Simon said that Iran backed Mustafa al-Kadhimi from the start. He"
                    + " repeated it twice.",
            "Later he said the Sadrists merely tolerated him. Nobody in the room disagreed.",
            "The interview ended at noon.");
    static final String BACKED = "Iran backed Mustafa al-Kadhimi from the start.";
    static final String TOLERATED = "the Sadrists merely tolerated him.";
    static final String NOON = "The interview ended at noon.";

    /** The militia statement set as a journal prints it: three pages, a running header on each. */
    static final String HEADER = "Journal of Gulf Studies 12 (2020)";
    static final String CLAIMED = "Kata'ib Hezbollah claimed the attack on the base in a statement on Telegram.";
    static final String DENIED = "The government denied that any of its forces had been involved.";

    /** A statement as MAXQDA keeps an RTF source: paragraphs, one of them with a Unicode escape. */
    static final String RTF = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\pard Statement by the council\\par\n"
            + "\\pard The council welcomed the new cabinet of al-K\\u257?dhimi.\\par\n}";
    static final String WELCOMED = "The council welcomed the new cabinet of al-K\u0101dhimi.";
    static final String RTF_TEXT = "Statement by the council\r\n" + WELCOMED + "\r\n";

    /** Field notes typed with hard line breaks. */
    static final String FIELD_NOTES = "Field notes, 3 June.\nThe coalition partners met again; the prime\n"
            + "minister was not present.\n\nOutside, a small protest.\n";
    static final String NOT_PRESENT = "the prime minister was not present.";

    private OtherToolProjects() {
    }

    /** An ATLAS.ti-shaped .qdpx: {@code Project.qde} and {@code Sources/}, as ATLAS.ti names them. */
    public static byte[] atlasTiShaped() {
        String interviewText = String.join("\n", INTERVIEW);
        byte[] pdf = statement();
        String pdfText = extracted(pdf);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Sources/D1000000-0000-4000-8000-000000000001.docx", docx(INTERVIEW));
        files.put("Sources/E1000000-0000-4000-8000-000000000001.txt", utf8(interviewText));
        files.put("Sources/D2000000-0000-4000-8000-000000000002.pdf", pdf);
        files.put("Sources/E2000000-0000-4000-8000-000000000002.txt", utf8(pdfText));
        files.put("Sources/E3000000-0000-4000-8000-000000000003.txt", utf8(FIELD_NOTES));
        files.put("Sources/D7000000-0000-4000-8000-000000000007.rtf", RTF.getBytes(StandardCharsets.US_ASCII));
        files.put("Sources/E7000000-0000-4000-8000-000000000007.txt", utf8(RTF_TEXT));
        files.put("Sources/F1000000-0000-4000-8000-000000000001.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8});
        int[] backed = span(interviewText, BACKED);
        int[] tolerated = span(interviewText, TOLERATED);
        int[] noon = span(interviewText, NOON);
        int[] claimed = span(pdfText, CLAIMED);
        int[] header = span(pdfText, HEADER);
        int[] notPresent = span(FIELD_NOTES, NOT_PRESENT);
        int[] welcomed = span(RTF_TEXT, WELCOMED);
        String qde = """
                <?xml version="1.0" encoding="utf-8" standalone="yes"?>
                <Project xmlns="urn:QDA-XML:project:1.0" origin="ATLAS.ti 23.2.1" name="Cabinet interviews"
                         creatingUserGUID="%1$s">
                    <Users>
                        <User guid="%1$s" name="Friedrich Markgraf"/>
                        <User guid="%2$s" name="Sebastian Petrausch"/>
                    </Users>
                    <CodeBook>
                        <Codes>
                            <Code guid="%3$s" name="Support" isCodable="true" color="#F00082">
                                <Description>An actor backs another.</Description>
                                <NoteRef targetGUID="A0000000-0000-4000-8000-000000000003"/>
                            </Code>
                            <Code guid="%4$s" name="Opposition" isCodable="true" color="#463CC8">
                                <Code guid="%5$s" name="Armed opposition" isCodable="true" color="#DC0000"/>
                            </Code>
                        </Codes>
                    </CodeBook>
                    <Variables>
                        <Variable guid="A3000000-0000-4000-8000-000000000001" name="Interviewee" typeOfVariable="Text"/>
                        <Variable guid="A3000000-0000-4000-8000-000000000002" name="Age" typeOfVariable="Integer"/>
                    </Variables>
                    <Cases>
                        <Case guid="A4000000-0000-4000-8000-000000000001" name="Simon">
                            <Description>Interviewed twice.</Description>
                            <VariableValue>
                                <VariableRef targetGUID="A3000000-0000-4000-8000-000000000002"/>
                                <IntegerValue>67</IntegerValue>
                            </VariableValue>
                            <SourceRef targetGUID="B1000000-0000-4000-8000-000000000001"/>
                        </Case>
                        <Case guid="A4000000-0000-4000-8000-000000000002" name="Mabel">
                            <SourceRef targetGUID="B9000000-0000-4000-8000-000000000009"/>
                        </Case>
                    </Cases>
                    <Sources>
                        <TextSource guid="B1000000-0000-4000-8000-000000000001" name="Interview Simon.docx"
                                    richTextPath="internal://D1000000-0000-4000-8000-000000000001.docx"
                                    plainTextPath="internal://E1000000-0000-4000-8000-000000000001.txt"
                                    creatingUser="%1$s" creationDateTime="2020-06-01T10:00:00Z">
                            <PlainTextSelection guid="C1000000-0000-4000-8000-000000000001" name="Iran backed Mustafa"
                                    startPosition="%6$d" endPosition="%7$d" creatingUser="%1$s"
                                    creationDateTime="2020-06-02T09:00:00Z">
                                <Description>check the date</Description>
                                <Coding guid="C1000000-0000-4000-8000-0000000000c1" creatingUser="%1$s">
                                    <CodeRef targetGUID="%3$s"/>
                                </Coding>
                                <Coding guid="C1000000-0000-4000-8000-0000000000c2" creatingUser="%2$s"
                                        creationDateTime="2020-06-03T09:00:00Z">
                                    <CodeRef targetGUID="%4$s"/>
                                </Coding>
                                <NoteRef targetGUID="A0000000-0000-4000-8000-000000000001"/>
                            </PlainTextSelection>
                            <PlainTextSelection guid="C2000000-0000-4000-8000-000000000002" name="merely tolerated"
                                    startPosition="%8$d" endPosition="%9$d" creatingUser="%2$s">
                                <Coding guid="C2000000-0000-4000-8000-0000000000c1">
                                    <CodeRef targetGUID="%5$s"/>
                                </Coding>
                            </PlainTextSelection>
                            <PlainTextSelection guid="C3000000-0000-4000-8000-000000000003" name="ended at noon"
                                    startPosition="%10$d" endPosition="%11$d" creatingUser="%1$s">
                                <NoteRef targetGUID="A0000000-0000-4000-8000-000000000002"/>
                            </PlainTextSelection>
                            <VariableValue>
                                <VariableRef targetGUID="A3000000-0000-4000-8000-000000000001"/>
                                <TextValue>Simon, a teacher</TextValue>
                            </VariableValue>
                        </TextSource>
                        <PDFSource guid="B2000000-0000-4000-8000-000000000002" name="Militia statement.pdf"
                                   path="internal://D2000000-0000-4000-8000-000000000002.pdf">
                            <PDFSelection guid="C4000000-0000-4000-8000-000000000004" name="Kata'ib Hezbollah claimed"
                                    page="0" firstX="60" firstY="100" secondX="500" secondY="140" creatingUser="%1$s">
                                <Representation guid="C4000000-0000-4000-8000-0000000000aa">
                                    <PlainTextContent>%12$s</PlainTextContent>
                                </Representation>
                                <Coding guid="C4000000-0000-4000-8000-0000000000c1"><CodeRef targetGUID="%5$s"/></Coding>
                            </PDFSelection>
                            <PDFSelection guid="C5000000-0000-4000-8000-000000000005" name="The government denied"
                                    page="2" firstX="60" firstY="300" secondX="500" secondY="340" creatingUser="%2$s">
                                <Representation guid="C5000000-0000-4000-8000-0000000000aa">
                                    <PlainTextContent>%13$s</PlainTextContent>
                                </Representation>
                                <Coding guid="C5000000-0000-4000-8000-0000000000c1"><CodeRef targetGUID="%4$s"/></Coding>
                            </PDFSelection>
                            <PDFSelection guid="C6000000-0000-4000-8000-000000000006" name="Quotation 2:3"
                                    page="1" firstX="60" firstY="500" secondX="500" secondY="560" creatingUser="%1$s">
                                <Coding guid="C6000000-0000-4000-8000-0000000000c1"><CodeRef targetGUID="%3$s"/></Coding>
                            </PDFSelection>
                            <Representation guid="E2000000-0000-4000-8000-000000000002"
                                            plainTextPath="internal://E2000000-0000-4000-8000-000000000002.txt">
                                <PlainTextSelection guid="C4000000-0000-4000-8000-000000000004"
                                        startPosition="%14$d" endPosition="%15$d" creatingUser="%1$s">
                                    <Coding guid="C4000000-0000-4000-8000-0000000000c2"><CodeRef targetGUID="%5$s"/></Coding>
                                </PlainTextSelection>
                                <PlainTextSelection guid="C7000000-0000-4000-8000-000000000007" name="Journal of Gulf"
                                        startPosition="%16$d" endPosition="%17$d" creatingUser="%1$s">
                                    <Coding guid="C7000000-0000-4000-8000-0000000000c1"><CodeRef targetGUID="%3$s"/></Coding>
                                </PlainTextSelection>
                            </Representation>
                        </PDFSource>
                        <TextSource guid="B3000000-0000-4000-8000-000000000003" name="Field notes.txt"
                                    plainTextPath="internal://E3000000-0000-4000-8000-000000000003.txt">
                            <PlainTextSelection guid="C8000000-0000-4000-8000-000000000008"
                                    startPosition="%18$d" endPosition="%19$d" creatingUser="%2$s">
                                <Coding guid="C8000000-0000-4000-8000-0000000000c1"><CodeRef targetGUID="%4$s"/></Coding>
                            </PlainTextSelection>
                        </TextSource>
                        <TextSource guid="B7000000-0000-4000-8000-000000000007" name="Council statement.rtf"
                                    richTextPath="internal://D7000000-0000-4000-8000-000000000007.rtf"
                                    plainTextPath="internal://E7000000-0000-4000-8000-000000000007.txt">
                            <PlainTextSelection guid="CA000000-0000-4000-8000-00000000000a"
                                    startPosition="%20$d" endPosition="%21$d" creatingUser="%1$s">
                                <Coding guid="CA000000-0000-4000-8000-0000000000c1"><CodeRef targetGUID="%3$s"/></Coding>
                            </PlainTextSelection>
                        </TextSource>
                        <TextSource guid="B4000000-0000-4000-8000-000000000004" name="Lost interview.docx"
                                    richTextPath="absolute:///Users/friedrich/Desktop/Lost interview.docx"/>
                        <PictureSource guid="B5000000-0000-4000-8000-000000000005" name="Protest.jpg"
                                       path="internal://F1000000-0000-4000-8000-000000000001.jpg">
                            <PictureSelection guid="C9000000-0000-4000-8000-000000000009" firstX="1" firstY="1"
                                              secondX="90" secondY="90">
                                <Coding guid="C9000000-0000-4000-8000-0000000000c1"><CodeRef targetGUID="%4$s"/></Coding>
                            </PictureSelection>
                        </PictureSource>
                        <VideoSource guid="B6000000-0000-4000-8000-000000000006" name="Press conference.mp4"
                                     path="relative:///press.mp4"/>
                    </Sources>
                    <Notes>
                        <Note guid="A0000000-0000-4000-8000-000000000001">
                            <PlainTextContent>Simon later took this back.</PlainTextContent>
                        </Note>
                        <Note guid="A0000000-0000-4000-8000-000000000002" name="Timing">
                            <PlainTextContent>Was the interview cut short?</PlainTextContent>
                        </Note>
                        <Note guid="A0000000-0000-4000-8000-000000000003" name="When to use">
                            <PlainTextContent>Only for explicit backing, not for tolerance.</PlainTextContent>
                        </Note>
                        <Note guid="A0000000-0000-4000-8000-000000000004" name="Research plan">
                            <PlainTextContent>Compare what interviewees say with what the militias published.</PlainTextContent>
                        </Note>
                    </Notes>
                    <Links>
                        <Link guid="A1000000-0000-4000-8000-000000000001" name="contradicts" direction="OneWay"
                              originGUID="C1000000-0000-4000-8000-000000000001"
                              targetGUID="C2000000-0000-4000-8000-000000000002"/>
                    </Links>
                    <Sets>
                        <Set guid="A2000000-0000-4000-8000-000000000001" name="Interviews">
                            <MemberSource targetGUID="B1000000-0000-4000-8000-000000000001"/>
                            <MemberSource targetGUID="B3000000-0000-4000-8000-000000000003"/>
                        </Set>
                        <Set guid="A2000000-0000-4000-8000-000000000002" name="Simon">
                            <Description>Everything about Simon</Description>
                            <MemberSource targetGUID="B1000000-0000-4000-8000-000000000001"/>
                            <MemberCode targetGUID="%3$s"/>
                        </Set>
                    </Sets>
                </Project>
                """.formatted(FRIEDRICH, SEBASTIAN, SUPPORT, OPPOSITION, ARMED, backed[0], backed[1], tolerated[0],
                tolerated[1], noon[0], noon[1], CLAIMED.replace("'", "&apos;").replace(" on Telegram", "on Telegram"),
                DENIED.replace(" ", "\n").replace("\nthat", "that"), claimed[0], claimed[1], header[0], header[1],
                notPresent[0], notPresent[1], welcomed[0], welcomed[1]);
        files.put("Project.qde", utf8(qde));
        return zip(files);
    }

    /**
     * The standard's f4 example as it is, with the files it names written: its sources as DOCX and plain text (the
     * text long enough for its selections), and its notes.
     */
    static byte[] f4Shaped(byte[] exampleQde) {
        String qde = new String(exampleQde, StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("project.qde", exampleQde);
        Matcher paths = Pattern.compile("(plainTextPath|richTextPath)=\"internal://([^\"]+)\"").matcher(qde);
        while (paths.find()) {
            String file = paths.group(2);
            String guid = file.substring(0, file.lastIndexOf('.'));
            boolean isNote = qde.contains("<Note guid=\"" + guid + "\"");
            List<String> paragraphs = isNote ? List.of("Memo " + guid.substring(0, 8) + ": to be checked.")
                    : interviewParagraphs(guid);
            files.put("sources/" + file, file.endsWith(".docx") ? docx(paragraphs)
                    : utf8(String.join("\n", paragraphs)));
        }
        return zip(files);
    }

    /** Thirty numbered answers of a long interview: about 2,000 characters, enough for every selection of f4's. */
    static List<String> interviewParagraphs(String guid) {
        return java.util.stream.IntStream.rangeClosed(1, 30).mapToObj(i -> "Answer " + i + " of "
                + guid.substring(0, 8) + ": the respondent talks about work, family and the town.").toList();
    }

    /** The militia statement: long enough for three pages, so that its running header repeats. */
    static byte[] statement() {
        PdfFixture pdf = PdfFixture.article().runningHeader(HEADER).pageNumbers(String::valueOf)
                .heading("Statement on the attack");
        for (int i = 1; i <= 36; i++) {
            String filler = "Paragraph " + i + " describes the events of the week in the province, the roads"
                    + " that were closed and the offices that were opened again by the local council.";
            pdf.paragraph(i == 3 ? CLAIMED + " " + filler : i == 30 ? filler + " " + DENIED : filler);
        }
        return pdf.toPdf();
    }

    /** The text PDFBox extracts from a PDF, as a tool saves it beside the file: lines, headers and numbers. */
    static String extracted(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] docx(List<String> paragraphs) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where {@code phrase} first lies in {@code text}, whatever white space the text has between its words. */
    static int[] span(String text, String phrase) {
        String pattern = java.util.Arrays.stream(phrase.split(" ")).map(Pattern::quote)
                .collect(Collectors.joining("\\s+"));
        Matcher m = Pattern.compile(pattern).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("\u201c" + phrase + "\u201d is not in the fixture's text");
        }
        return new int[] {text.codePointCount(0, m.start()), text.codePointCount(0, m.end())};
    }

    static byte[] resource(String name) {
        try (InputStream in = OtherToolProjects.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
