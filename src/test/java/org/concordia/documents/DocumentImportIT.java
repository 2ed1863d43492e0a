package org.concordia.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concordia.testsupport.People.as;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.ImportOutcome.Result;
import org.concordia.documents.model.ImportOutcome;
import org.concordia.documents.model.PassageKind;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.errors.TooLargeException;
import org.concordia.platform.security.UserIdentity;
import org.concordia.tenancy.model.TenantKind;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantDirectory;
import org.concordia.testsupport.ClassroomFixture;
import org.concordia.testsupport.Deployments;
import org.concordia.testsupport.People;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Importing documents inside the server: every format, the real corpus, and every kind of bad input. */
@ExtendWith(ArquillianExtension.class)
class DocumentImportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withSharedCorpus(Deployments.concordiaForServiceTests()).addClass(Fixtures.class);
    }

    @Inject
    DocumentImporter sut;

    @Inject
    DocumentService documents;

    @Inject
    TenantDirectory directory;

    @Inject
    ProjectService projects;

    private String classroom;
    private String supervisor;
    private long project;

    @BeforeEach
    void openProject() {
        ClassroomFixture fixture = ClassroomFixture.open(directory, projects);
        classroom = fixture.tenant();
        supervisor = fixture.supervisor();
        project = fixture.project();
    }

    @Test
    void everyFormatComesInWithItsTextAsPassages() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("report.txt", ("A plain report\n\n" + Fixtures.SENTENCE + "\n").getBytes(StandardCharsets.UTF_8));
        files.put("latin1.txt", ("Caf\u00e9 politics in Baghdad\n\n" + Fixtures.SENTENCE + "\n")
                .getBytes(Charset.forName("windows-1252")));
        files.put("notes.md", ("# A Markdown brief\n\n- " + Fixtures.SENTENCE + "\n- **Second** point.\n")
                .getBytes(StandardCharsets.UTF_8));
        files.put("page.html", ("<html><body><h1>A web page</h1><p>" + Fixtures.SENTENCE
                + "</p><p>More text.</p></body></html>").getBytes(StandardCharsets.UTF_8));
        files.put("report.pdf", Fixtures.pdf());
        files.put("report.docx", Fixtures.docx());
        files.put("report.odt", Fixtures.odt());

        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            ImportOutcome outcome = importOne(file.getKey(), file.getValue());
            assertThat(outcome.result()).as("%s: %s", file.getKey(), outcome.message()).isEqualTo(Result.IMPORTED);
            List<String> texts = as(supervisor, classroom, () -> documents.passages(outcome.documentId())).stream()
                    .map(PassageView::text).toList();
            assertThat(texts).as("passages of %s", file.getKey()).anyMatch(t -> t.contains(Fixtures.SENTENCE));
        }
        assertThat(passagesOf("latin1")).anyMatch(p -> p.text().startsWith("Café politics"));
        assertThat(passagesOf("notes")).filteredOn(p -> p.kind() == PassageKind.BULLET)
                .extracting(PassageView::text).contains("Second point.");
        assertThat(passagesOf("page")).first().returns(PassageKind.HEADING, PassageView::kind)
                .returns("A web page", PassageView::text);
        assertThat(passagesOf("report")).as("the PDF's hard-wrapped sentence is whole")
                .anyMatch(p -> p.text().equals(Fixtures.SENTENCE));
    }

    @Test
    void theRealCorpusComesInWithHeadingsBulletsAndWholeSentences() throws IOException {
        for (String name : List.of("000_69a62ed9c0e70274.txt", "003_e30905c110becc56.txt",
                "004_ddfeec53a99d75cc.txt")) {
            ImportOutcome outcome = importOne(name, corpus(name));
            assertThat(outcome.result()).as("%s: %s", name, outcome.message()).isEqualTo(Result.IMPORTED);
        }
        List<PassageView> paper = passagesOf("003 e30905c110becc56");
        assertThat(paper).filteredOn(p -> p.kind() == PassageKind.HEADING).extracting(PassageView::text)
                .contains("Political Challenges");
        assertThat(paper).anyMatch(p -> p.text().contains("Iran eventually agreed to support Mustafa al-Kadhimi"));
        assertThat(passagesOf("004 ddfeec53a99d75cc")).filteredOn(p -> p.kind() == PassageKind.BULLET)
                .isNotEmpty();
        assertThat(passagesOf("000 69a62ed9c0e70274")).noneMatch(p -> p.text().matches("\\d{1,4}"));
    }

    @Test
    void passagesPointIntoTheTextByCodePoints() {
        ImportOutcome outcome = importOne("emoji.txt", "Heading 😀 here\n\nCafé 😀 talks were held.\n"
                .getBytes(StandardCharsets.UTF_8));

        List<PassageView> passages = as(supervisor, classroom, () -> documents.passages(outcome.documentId()));

        assertThat(passages.get(1).start()).isEqualTo("Heading x here".length() + 2);
        assertThat(passages.get(1).end() - passages.get(1).start()).isEqualTo("Café x talks were held.".length());
        assertThat(passages.get(1).text()).isEqualTo("Café 😀 talks were held.");
    }

    @Test
    void badFilesAreRefusedWithTheirReasonAndNothingOfThemIsStored() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        Map<String, String> expectations = new LinkedHashMap<>();
        expectations.put("empty.txt", "the file is empty");
        expectations.put("picture.png", "image/png");
        expectations.put("broken.pdf", "damaged");
        expectations.put("broken.docx", "damaged");
        expectations.put("text.docx", "is named .docx but is not a Word file");
        expectations.put("binary.txt", "not");
        Map<String, byte[]> files = Map.of(
                "empty.txt", new byte[0],
                "picture.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13},
                "broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII),
                "broken.docx", java.util.Arrays.copyOf(Fixtures.docx(), Fixtures.docx().length / 2),
                "text.docx", "this is not a zip at all".getBytes(StandardCharsets.US_ASCII),
                "binary.txt", random);

        for (Map.Entry<String, String> expected : expectations.entrySet()) {
            ImportOutcome outcome = importOne(expected.getKey(), files.get(expected.getKey()));
            assertThat(outcome.result()).as(expected.getKey()).isEqualTo(Result.FAILED);
            assertThat(outcome.fileName()).isEqualTo(expected.getKey());
            assertThat(outcome.message()).as("reason for %s", expected.getKey()).containsIgnoringCase(expected.getValue());
        }
        assertThat(as(supervisor, classroom, () -> documents.listDocuments(project))).isEmpty();
    }

    @Test
    void aHundredMegabyteUploadIsRefusedBySize() {
        ImportOutcome outcome = importOne("huge.txt", new byte[100 * 1024 * 1024]);

        assertThat(outcome.result()).isEqualTo(Result.FAILED);
        assertThat(outcome.message()).contains("100 MB").contains("largest file Concordia imports is 50 MB");
    }

    @Test
    void aTextOfMoreThanTwentyMillionCharactersIsRefusedWithItsLengthAndNothingIsStored() {
        byte[] text = "The council met again. ".repeat(920_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long before = as(supervisor, classroom, () -> documents.listDocuments(project)).size();

        ImportOutcome outcome = importOne("endless-minutes.txt", text);

        assertThat(outcome.result()).isEqualTo(Result.FAILED);
        assertThat(outcome.message()).contains("21.2 million characters").contains("up to 20 million characters")
                .contains("split it");
        assertThat(as(supervisor, classroom, () -> documents.listDocuments(project))).hasSize((int) before);
    }

    @Test
    void aZipBombIsRefusedWholeAndABulkImportReportsEachFile() {
        byte[] bomb = Fixtures.zipBomb(300);
        assertThatThrownBy(() -> as(supervisor, classroom,
                () -> sut.importUpload(project, "bomb.zip", bomb, SourceType.OTHER)))
                .isInstanceOf(TooLargeException.class).hasMessageContaining("times its own size");
        assertThat(as(supervisor, classroom, () -> documents.listDocuments(project))).isEmpty();

        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("good.txt", ("Good one\n\n" + Fixtures.SENTENCE).getBytes(StandardCharsets.UTF_8));
        entries.put("empty.txt", new byte[0]);
        entries.put("inner.zip", Fixtures.zip(Map.of("x.txt", "x".getBytes(StandardCharsets.UTF_8))));
        entries.put("folder/other.md", "# Other\n\nA second document.".getBytes(StandardCharsets.UTF_8));
        List<ImportOutcome> outcomes = as(supervisor, classroom,
                () -> sut.importUpload(project, "batch.zip", Fixtures.zip(entries), SourceType.NEWS_ARTICLE));

        assertThat(outcomes).extracting(ImportOutcome::fileName, ImportOutcome::result).containsExactly(
                org.assertj.core.groups.Tuple.tuple("good.txt", Result.IMPORTED),
                org.assertj.core.groups.Tuple.tuple("empty.txt", Result.FAILED),
                org.assertj.core.groups.Tuple.tuple("inner.zip", Result.FAILED),
                org.assertj.core.groups.Tuple.tuple("folder/other.md", Result.IMPORTED));
        assertThat(as(supervisor, classroom, () -> documents.listDocuments(project)))
                .extracting(DocumentSummary::title).containsExactlyInAnyOrder("good", "other");
    }

    @Test
    void aZipOfMoreFilesThanTheLimitIsRefusedWholeWithNothingStored() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= 1000; i++) {
            entries.put("report-" + i + ".txt", ("Report " + i + "\n\n" + Fixtures.SENTENCE)
                    .getBytes(StandardCharsets.UTF_8));
        }
        byte[] zip = Fixtures.zip(entries);

        assertThatThrownBy(() -> as(supervisor, classroom,
                () -> sut.importUpload(project, "many.zip", zip, SourceType.OTHER)))
                .isInstanceOf(TooLargeException.class).hasMessageContaining("more than 1000 files")
                .hasMessageContaining("nothing was imported");
        assertThat(as(supervisor, classroom, () -> documents.listDocuments(project))).isEmpty();
    }

    @Test
    void zipEntryNamesThatClimbOutOfTheirFolderBecomePlainTitles() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("../../escape.txt", ("Escape\n\n" + Fixtures.SENTENCE).getBytes(StandardCharsets.UTF_8));
        entries.put("/etc/absolute.txt", ("Absolute\n\nA second text.").getBytes(StandardCharsets.UTF_8));
        entries.put("..\\windows\\back.txt", ("Back\n\nA third text.").getBytes(StandardCharsets.UTF_8));

        List<ImportOutcome> outcomes = as(supervisor, classroom,
                () -> sut.importUpload(project, "paths.zip", Fixtures.zip(entries), SourceType.OTHER));

        assertThat(outcomes).extracting(ImportOutcome::fileName)
                .containsExactly("escape.txt", "etc/absolute.txt", "windows/back.txt");
        assertThat(as(supervisor, classroom, () -> documents.listDocuments(project)))
                .extracting(DocumentSummary::title).containsExactlyInAnyOrder("escape", "absolute", "back");
    }

    @Test
    void theSameFileTwiceIsSkippedAsDuplicate() {
        byte[] file = ("Twice\n\n" + Fixtures.SENTENCE).getBytes(StandardCharsets.UTF_8);
        ImportOutcome first = importOne("twice.txt", file);

        ImportOutcome second = importOne("again.txt", file);

        assertThat(second.result()).isEqualTo(Result.DUPLICATE);
        assertThat(second.documentId()).isEqualTo(first.documentId());
        assertThat(second.message()).contains("twice");
    }

    @Test
    void pastedTextIsImportedAndItsMarkupStaysText() {
        ImportOutcome outcome = as(supervisor, classroom, () -> sut.importPasted(project, "Pasted",
                "<script>alert('x')</script> is what the page said.", SourceType.OTHER));

        assertThat(outcome.result()).isEqualTo(Result.IMPORTED);
        assertThat(as(supervisor, classroom, () -> documents.passages(outcome.documentId()))).singleElement()
                .returns("<script>alert('x')</script> is what the page said.", PassageView::text);
    }

    @Test
    void codersReadButDoNotImportAndOtherTenantsSeeNothing() {
        ImportOutcome outcome = importOne("secret.txt", ("Secret\n\n" + Fixtures.SENTENCE).getBytes(StandardCharsets.UTF_8));
        String team = People.unique("team");
        ExecutionContext.runAs(UserIdentity.system(), null,
                () -> directory.openTenant(team, "Team " + team, TenantKind.RESEARCH_TEAM, "lead"));

        assertThat(as("pupil", classroom, () -> documents.passages(outcome.documentId()))).isNotEmpty();
        assertThatThrownBy(() -> as("pupil", classroom,
                () -> sut.importUpload(project, "x.txt", "x".getBytes(StandardCharsets.UTF_8), SourceType.OTHER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("lead", team, () -> documents.document(outcome.documentId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("lead", team, () -> documents.listDocuments(project)))
                .isInstanceOf(NotFoundException.class);
    }

    private ImportOutcome importOne(String name, byte[] content) {
        List<ImportOutcome> outcomes = as(supervisor, classroom,
                () -> sut.importUpload(project, name, content, SourceType.OTHER));
        assertThat(outcomes).hasSize(1);
        return outcomes.get(0);
    }

    private List<PassageView> passagesOf(String title) {
        DocumentSummary document = as(supervisor, classroom, () -> documents.listDocuments(project)).stream()
                .filter(d -> d.title().equals(title)).findFirst().orElseThrow();
        return as(supervisor, classroom, () -> documents.passages(document.id()));
    }

    private static byte[] corpus(String name) throws IOException {
        try (InputStream in = DocumentImportIT.class.getResourceAsStream("/corpus/" + name)) {
            return in.readAllBytes();
        }
    }
}
