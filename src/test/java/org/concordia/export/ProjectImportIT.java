package org.concordia.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.concordia.claims.model.EntityKind;
import org.concordia.claims.model.LedgerEntry;
import org.concordia.claims.model.Polarity;
import org.concordia.claims.model.RegistryRecord;
import org.concordia.claims.model.RelationView;
import org.concordia.claims.model.StructuredClaim;
import org.concordia.claims.model.VerdictKind;
import org.concordia.claims.model.VerdictView;
import org.concordia.claims.service.EntityService;
import org.concordia.claims.service.ReconciliationService;
import org.concordia.claims.service.RegistryBackup;
import org.concordia.claims.service.RelationService;
import org.concordia.codebook.model.ClaimTypeDraft;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.model.CodebookView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.AssignmentService;
import org.concordia.coding.service.CodingService;
import org.concordia.consensus.model.AdjudicationMethod;
import org.concordia.consensus.model.PassageSettlementRecord;
import org.concordia.consensus.service.AgreementService;
import org.concordia.consensus.service.ConsensusBackup;
import org.concordia.consensus.service.TrainingService;
import org.concordia.consensus.service.DiscussionService;
import org.concordia.consensus.service.AdjudicationService;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.service.DocumentGroupService;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.export.model.ExportFilter;
import org.concordia.export.model.LeftOut;
import org.concordia.export.model.ProjectImportResult;
import org.concordia.export.service.ExportService;
import org.concordia.export.service.RefiQdaProjectImport;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.TooLargeException;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantDirectory;
import org.concordia.testsupport.ClassroomFixture;
import org.concordia.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A project backed up as .qdpx and imported into a new project comes back as it was: documents with their text,
 * details and passages, the codebook with its attributes, every coding with its coder, span, attributes, memo and
 * time. Files from other tools (the standard's minimal two-coder project) import too; bad files leave nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectImportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withRefiQdaExamples(Deployments.withSharedCorpus(Deployments.concordiaForServiceTests()))
                .addClasses(OtherToolProjects.class, org.concordia.documents.PdfFixture.class);
    }

    @Inject
    RefiQdaProjectImport sut;

    @Inject
    ExportService exports;

    @Inject
    CodingService codings;

    @Inject
    CodebookService codebooks;

    @Inject
    DocumentImporter importer;

    @Inject
    DocumentService documents;

    @Inject
    TenantDirectory directory;

    @Inject
    ProjectService projects;

    @Inject
    DocumentGroupService groups;

    @Inject
    AssignmentService assignments;

    @Inject

    DiscussionService discussions;


    @Inject

    AdjudicationService adjudications;

    @Inject
    ConsensusBackup settlements;

    @Inject
    EntityService entities;

    @Inject
    RelationService relations;

    @Inject
    RegistryBackup registries;

    @Inject
    ReconciliationService ledger;

    @Inject
    TrainingService training;

    @Inject
    AgreementService agreement;

    private ClassroomFixture classroom;

    /** Two real reports, one with its details, one with a passage excluded; two coders code them. */
    @BeforeEach
    void twoCodersCodeTwoRealReports() throws IOException {
        classroom = ClassroomFixture.open(directory, projects);
        classroom.enrolCoder(directory, "other-pupil");
        classroom.asSupervisor(() -> codebooks.startFromStarterCodebook(classroom.project()));
        long brief = classroom.importText(importer, "report-003.txt", corpus("003_e30905c110becc56.txt"));
        long paper = classroom.importText(importer, "report-004.txt", corpus("004_ddfeec53a99d75cc.txt"));
        classroom.asSupervisor(() -> documents.describe(paper, new DocumentMetadata("Who chose the PM?",
                "A. Researcher", "Journal of Gulf Studies", LocalDate.of(2020, 6, 1), "https://example.org/pm",
                SourceType.JOURNAL_ARTICLE, "kept for the seminar")));
        List<PassageView> briefPassages = classroom.as("pupil", () -> documents.passages(brief));
        classroom.asSupervisor(() -> {
            documents.excludePassage(briefPassages.get(briefPassages.size() - 1).id(), true);
            return null;
        });
        List<PassageView> paperPassages = classroom.as("pupil", () -> documents.passages(paper));
        long support = classroom.claimType(codebooks, "Support");
        long opposition = classroom.claimType(codebooks, "Opposition");
        PassageView p = paperPassages.get(1);
        classroom.as("pupil", () -> codings.code(paper, p.id(), support, p.start(), p.start() + 20,
                Map.of("subject", "Iran", "relation", "accepted or acquiesced", "object",
                        "Mustafa al-Kazimi; \"the PM\""),
                "unsure: see\nthe next paragraph"));
        classroom.as("other-pupil", () -> codings.code(paper, p.id(), opposition, p.start() + 5, p.end()));
        classroom.asSupervisor(() -> {
            long reports = groups.createGroup(classroom.project(), "Reports", "both of them").id();
            groups.addToGroup(reports, List.of(brief, paper));
            groups.createGroup(classroom.project(), "Empty for now", null);
            Map<String, String> variables = new java.util.LinkedHashMap<>();
            variables.put("wave", "2");
            variables.put("region", "Basra");
            return groups.describeWithVariables(paper, variables);
        });
        PassageView q = briefPassages.get(2);
        classroom.as("other-pupil", () -> codings.code(brief, q.id(), support, q.start(), q.end(),
                Map.of("subject", "Iraqi parties", "relation", "chose", "object", "Mustafa al-Kadhimi"), null));
        // A blind round: both pupils have the paper (pupil submitted it), other-pupil the brief, submitted and
        // revealed.
        classroom.asSupervisor(() -> assignments.assign(classroom.project(), List.of(paper),
                List.of("pupil", "other-pupil"), LocalDate.of(2021, 3, 1)) + assignments.assign(classroom.project(),
                List.of(brief), List.of("other-pupil"), null));
        submitAs("pupil", paper);
        submitAs("other-pupil", brief);
        classroom.asSupervisor(() -> assignments.reveal(brief));
        // The brief's coded passage is discussed, voted on and settled into the gold standard with her coding.
        classroom.asSupervisor(() -> {
            discussions.comment(brief, q.id(), "Does \u201cIraqi parties\u201d name an actor?");
            discussions.vote(brief, q.id(), "other-pupil");
            return adjudications.adjudicate(brief, q.id(), null, AdjudicationMethod.TAKEN, "other-pupil", List.of(),
                    "The codebook counts coalitions as actors.");
        });
        // The registry: names collected from the codings, one entity recorded by hand with an alias, a merge and a
        // merge undone, and a relation of the project's own.
        classroom.asSupervisor(() -> {
            entities.collectFromCodings(classroom.project());
            long iran = entities.resolve(classroom.project(), "Iran").orElseThrow().id();
            long tehran = entities.create(classroom.project(), EntityKind.STATE, "Islamic Republic").id();
            entities.declareAlias(tehran, "Tehran");
            entities.merge(iran, tehran);
            long parties = entities.resolve(classroom.project(), "Iraqi parties").orElseThrow().id();
            long pm = entities.create(classroom.project(), EntityKind.PERSON, "the prime minister").id();
            entities.undo(entities.merge(parties, pm).id());
            return relations.save(classroom.project(), new RelationView(0, "brokered", "mediation", Polarity.FOR,
                    2, "Brought the parties to an agreement.", true));
        });
        // The codebook changes once coded: version 2, with a line in its change log.
        classroom.asSupervisor(() -> {
            ClaimTypeDraft d = codebooks.claimType(classroom.project(), opposition).draft();
            return codebooks.updateClaimType(opposition, new ClaimTypeDraft(d.parentId(), d.name(),
                    d.definition() + " Threats count too.", d.whenToUse(), d.whenNotToUse(), d.examples(),
                    d.colour(), d.hotkey(), d.codable(), d.attributes()));
        });
        // The brief settled passage by passage (nothing to code in the others) and offered as an exercise, and an
        // agreement snapshot of the paper's round.
        classroom.asSupervisor(() -> {
            for (PassageView passage : documents.passages(brief)) {
                if (!passage.excluded() && passage.id() != q.id()) {
                    adjudications.adjudicate(brief, passage.id(), null, AdjudicationMethod.NEW, null, List.of(),
                            "Nothing to code here.");
                }
            }
            training.offer(brief);
            return agreement.snapshot(classroom.project(), "krippendorff-alpha-nominal", "before the backup");
        });
        // The ledger: a verdict on the paper's proposition, then a second one that revises it.
        classroom.asSupervisor(() -> {
            LedgerEntry entry = ledger.ledger(classroom.project()).get(0);
            long favoured = entry.proposition().claims().get(0).codingId();
            ledger.decide(classroom.project(), entry.proposition().key(), VerdictKind.UNRESOLVED, null,
                    "One account only so far.", "low");
            return ledger.decide(classroom.project(), entry.proposition().key(), VerdictKind.RESOLVED, favoured,
                    "The paper quotes the cabinet's own statement.", "medium");
        });
    }

    /** The codebook's version and whether codings use it, its change log, and the versions codings were made under. */
    private String historyOf(long project) {
        return classroom.asSupervisor(() -> {
            CodebookView codebook = codebooks.view(project);
            return "version " + codebook.version() + " " + codebook.inUse() + " " + codebook.changes() + " "
                    + documents.listDocuments(project).stream().flatMap(d -> codings.codingsOf(d.id()).stream())
                            .map(c -> c.coder() + "@" + c.codebookVersion()).sorted().toList();
        });
    }

    /** Each document's original by title: media type, file digest, extracted text's length, decisions, corrections. */
    private List<String> originalsOf(long project) {
        return classroom.asSupervisor(() -> documents.listDocuments(project).stream()
                .map(d -> d.title() + " " + documents.originalOf(d.id()).map(o -> o.mediaType() + " "
                        + java.util.Arrays.hashCode(o.content()) + "/" + o.content().length + " "
                        + o.originalText().length() + " steps " + o.steps() + " " + o.corrections())
                        .orElse("none"))
                .sorted().toList());
    }

    /** The documents offered as exercises, by title, with who offered them when. */
    private List<String> exercisesOf(long project) {
        return classroom.asSupervisor(() -> {
            Map<Long, String> titles = documents.listDocuments(project).stream()
                    .collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::title));
            return settlements.exercisesOf(project).entrySet().stream().map(e -> titles.get(e.getKey()) + " "
                    + e.getValue().markedBy() + " " + e.getValue().markedAt()).toList();
        });
    }

    /** Each verdict by its proposition's title: kind, rationale, confidence, who and when, its claims by coder. */
    private List<String> verdictsOf(long project) {
        return classroom.asSupervisor(() -> {
            List<String> described = new java.util.ArrayList<>();
            for (LedgerEntry entry : ledger.ledger(project)) {
                Map<Long, String> claims = entry.proposition().claims().stream().collect(Collectors.toMap(
                        StructuredClaim::codingId, c -> c.coder() + " in " + c.source() + ": " + c.quote()));
                for (VerdictView v : entry.verdicts()) {
                    described.add(entry.proposition().title() + " " + v.kind() + " " + v.rationale() + " "
                            + v.confidence() + " " + v.decidedBy() + " " + v.decidedAt() + " favouring "
                            + claims.get(v.favouredClaim()) + " on " + v.evidence().stream().map(claims::get)
                                    .sorted().toList());
                }
            }
            return described;
        });
    }

    /** The registry without its ids: entities by name with kind, merge and names; merges; the own relations. */
    private List<String> registryOf(long project) {
        return classroom.asSupervisor(() -> {
            RegistryRecord registry = registries.registryOf(project);
            Map<Long, String> names = registry.entities().stream()
                    .collect(Collectors.toMap(RegistryRecord.Entity::id, RegistryRecord.Entity::name));
            List<String> described = new java.util.ArrayList<>();
            registry.entities().forEach(e -> described.add(e.name() + " " + e.kind() + " into " + names.get(
                    e.mergedInto()) + " by " + e.createdBy() + " at " + e.createdAt() + " " + e.aliases().stream()
                            .map(a -> a.alias() + "/" + a.lookupKey() + " from " + names.get(a.originId()) + " "
                                    + a.declared() + " " + a.fromCodings()).sorted().toList()));
            registry.merges().forEach(m -> described.add(names.get(m.mergedId()) + " merged into " + names.get(
                    m.survivorId()) + " by " + m.mergedBy() + " at " + m.mergedAt() + ", undone " + m.undoneAt()));
            registry.relations().forEach(r -> described.add(r.name() + " " + r.family() + " " + r.polarity() + " "
                    + r.strength() + " " + r.description() + (r.exclusive() ? " (exclusive)" : "")));
            return described.stream().sorted().toList();
        });
    }

    /**
     * Each settled or discussed passage by document title and position: the decision with who and when, its gold
     * codings by claim type name, the comments and votes.
     */
    private List<String> settlementsOf(long project) {
        return classroom.asSupervisor(() -> {
            Map<Long, String> types = codebooks.view(project).claimTypes().stream()
                    .collect(Collectors.toMap(ClaimTypeView::id, ClaimTypeView::name));
            List<String> described = new java.util.ArrayList<>();
            for (DocumentSummary document : documents.listDocuments(project)) {
                List<Long> passages = documents.passages(document.id()).stream().map(PassageView::id).toList();
                for (PassageSettlementRecord s : settlements.settlementsOf(project).getOrDefault(document.id(),
                        List.of())) {
                    var d = s.decision();
                    described.add(document.title() + " #" + passages.indexOf(s.passageId()) + " " + (d == null ? ""
                            : d.method() + " " + d.takenFrom() + " " + d.rationale() + " " + d.decidedBy() + " "
                                    + d.decidedAt() + " " + d.gold().stream().map(g -> types.get(g.claimTypeId())
                                            + " " + g.start() + "-" + g.end() + " " + g.attributes() + " "
                                            + g.sourceCoder()).toList())
                            + " " + s.comments() + " " + s.votes());
                }
            }
            return described;
        });
    }

    private void submitAs(String coder, long document) {
        classroom.as(coder, () -> assignments.myAssignments().stream().filter(a -> a.documentId() == document)
                .map(a -> assignments.submit(a.id())).toList());
    }

    /** Each assignment with its document's title, due date, submission and reveal, and who assigned it when. */
    private List<String> assignmentsOf(long project) {
        return classroom.asSupervisor(() -> {
            Map<Long, String> titles = documents.listDocuments(project).stream()
                    .collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::title));
            return assignments.assignmentRecords(project).stream().map(a -> String.join(" ", titles.get(
                    a.documentId()), a.coder(), String.valueOf(a.dueOn()), a.assignedBy(), String.valueOf(
                    a.assignedAt()), String.valueOf(a.submittedAt()), String.valueOf(a.revealedAt()),
                    String.valueOf(a.revealedBy()))).sorted().toList();
        });
    }

    @Test
    void aBackedUpProjectComesBackAsItWas() throws IOException {
        byte[] qdpx = org.concordia.testsupport.Downloads.bytes(classroom.asSupervisor(() -> exports.download(
                classroom.export(exports, "refi-qda", ExportFilter.everything()).id())));

        ProjectImportResult result = classroom.asSupervisor(() -> sut.importProject("Restored", qdpx));

        long restored = result.project().id();
        assertThat(result.project().name()).isEqualTo("Restored");
        assertThat(result.documents()).isEqualTo(2);
        assertThat(result.codings()).isEqualTo(3);
        assertThat(result.notes()).isEmpty();
        assertThat(documentsOf(restored)).isEqualTo(documentsOf(classroom.project()));
        assertThat(codebookOf(restored)).isEqualTo(codebookOf(classroom.project()));
        assertThat(codingsOf(restored, true)).containsExactlyInAnyOrderElementsOf(codingsOf(classroom.project(), true));
        assertThat(assignmentsOf(restored)).as("assignments, submissions and reveals")
                .isEqualTo(assignmentsOf(classroom.project())).hasSize(3)
                .anySatisfy(a -> assertThat(a).startsWith("Who chose the PM? pupil 2021-03-01").doesNotContain(
                        "null null null"));
        assertThat(settlementsOf(restored)).as("decisions, gold, discussion and votes")
                .isEqualTo(settlementsOf(classroom.project())).anySatisfy(s -> assertThat(s)
                        .contains("TAKEN other-pupil", "Support", "Iraqi parties", "coalitions as actors",
                                "name an actor"));
        assertThat(classroom.asSupervisor(() -> settlements.snapshotsOf(restored)))
                .as("the agreement snapshot with its data, who and when")
                .isEqualTo(classroom.asSupervisor(() -> settlements.snapshotsOf(classroom.project())))
                .singleElement().satisfies(s -> assertThat(s.label()).isEqualTo("before the backup"));
        assertThat(exercisesOf(restored)).as("the brief is an exercise still, marked by whom and when it was")
                .isEqualTo(exercisesOf(classroom.project())).singleElement().asString().startsWith("report-003 " + classroom.supervisor());
        assertThat(registryOf(restored)).as("entities, names, merges and the relation vocabulary")
                .isEqualTo(registryOf(classroom.project()))
                .anySatisfy(e -> assertThat(e).startsWith("Islamic Republic STATE into Iran"))
                .anySatisfy(e -> assertThat(e).startsWith("the prime minister merged into Iraqi parties")
                        .doesNotEndWith("undone null"))
                .anySatisfy(e -> assertThat(e).startsWith("brokered mediation FOR 2").endsWith("(exclusive)"));
        assertThat(groupsOf(restored)).isEqualTo(groupsOf(classroom.project()))
                .contains("Reports: both of them [Who chose the PM?, report-003]", "Empty for now: null []");
        assertThat(historyOf(restored)).as("the codebook's version, change log and each coding's version")
                .isEqualTo(historyOf(classroom.project())).startsWith("version 2");
        assertThat(originalsOf(restored)).as("each document's original file, extracted text and clean-up decisions")
                .isEqualTo(originalsOf(classroom.project())).hasSize(2)
                .anySatisfy(o -> assertThat(o).startsWith("report-003 text/plain").contains("/" + corpus(
                        "003_e30905c110becc56.txt").getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " "));
        assertThat(verdictsOf(restored)).as("the ledger's verdicts, each on the restored claims")
                .isEqualTo(verdictsOf(classroom.project())).hasSize(2)
                .anySatisfy(v -> assertThat(v).contains("RESOLVED", "cabinet's own statement",
                        "medium " + classroom.supervisor())
                        .doesNotContain("favouring null"));
    }

    /** Each group with its description and its documents' titles, and each document's variables. */
    private List<String> groupsOf(long project) {
        return classroom.asSupervisor(() -> {
            Map<Long, String> titles = documents.listDocuments(project).stream()
                    .collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::title));
            List<String> described = new java.util.ArrayList<>(groups.groups(project).stream()
                    .map(g -> g.name() + ": " + g.description() + " " + g.documentIds().stream().map(titles::get)
                            .sorted().toList()).toList());
            groups.variablesOfProject(project).forEach((d, v) -> described.add(titles.get(d) + " " + v));
            return described;
        });
    }

    @Test
    void theStandardsMinimalTwoCoderProjectImports() throws IOException {
        byte[] qdpx = resource("/refi-qda/examples/minimal_project.qdpx");

        ProjectImportResult result = classroom.asSupervisor(() -> sut.importProject(null, qdpx));

        long project = result.project().id();
        assertThat(result.project().name()).isEqualTo("Minimal two-coder project");
        assertThat(result.documents()).isEqualTo(2);
        assertThat(codebookOf(project)).containsKeys("Topics", "Topics / Economy", "Health care");
        assertThat(codingsOf(project, false)).containsExactlyInAnyOrder(
                "interview1 | Topics / Economy | Coder A | taxes are too high | {} | null",
                "interview1 | Topics / Economy | Coder B | taxes are too high | {} | null",
                "inline note | Health care | Coder A | Inline text | {} | null");
    }

    @Test
    void anAtlasTiProjectBringsItsDocxAndPdfSourcesCleanWithEveryCodingOnItsWords() {
        byte[] qdpx = OtherToolProjects.atlasTiShaped();

        ProjectImportResult result = classroom.asSupervisor(() -> sut.importProject(null, qdpx));

        long project = result.project().id();
        assertThat(result.project().name()).isEqualTo("Cabinet interviews");
        assertThat(result.documents()).as("the DOCX, the PDF, the RTF and the text; not the lost file").isEqualTo(4);
        assertThat(codingsOf(project, false)).containsExactlyInAnyOrder(
                "Interview Simon | Support | Friedrich Markgraf | " + OtherToolProjects.BACKED
                        + " | {} | check the date\n\nSimon later took this back.",
                "Interview Simon | Opposition | Sebastian Petrausch | " + OtherToolProjects.BACKED
                        + " | {} | check the date\n\nSimon later took this back.",
                "Interview Simon | Opposition / Armed opposition | Sebastian Petrausch | "
                        + OtherToolProjects.TOLERATED + " | {} | null",
                "Militia statement | Opposition / Armed opposition | Friedrich Markgraf | "
                        + OtherToolProjects.CLAIMED + " | {} | null",
                "Militia statement | Opposition | Sebastian Petrausch | " + OtherToolProjects.DENIED + " | {} | null",
                "Field notes | Opposition | Sebastian Petrausch | " + OtherToolProjects.NOT_PRESENT + " | {} | null",
                "Council statement | Support | Friedrich Markgraf | " + OtherToolProjects.WELCOMED + " | {} | null");
        Map<String, String> texts = classroom.asSupervisor(() -> documents.listDocuments(project).stream()
                .collect(Collectors.toMap(DocumentSummary::title, d -> documents.cleanedText(d.id()))));
        assertThat(texts.get("Militia statement")).as("the PDF went through the clean-up: no running header")
                .doesNotContain(OtherToolProjects.HEADER).contains(OtherToolProjects.DENIED);
        assertThat(texts.get("Field notes")).as("hard wraps joined").contains(OtherToolProjects.NOT_PRESENT);
        assertThat(codebookOf(project).get("Support")).contains("An actor backs another.",
                "When to use\nOnly for explicit backing, not for tolerance.");
        assertThat(result.project().description()).contains("ATLAS.ti 23.2.1",
                "Research plan\nCompare what interviewees say with what the militias published.");
        assertThat(result.leftOut()).extracting(l -> l.kind() + " " + l.count()).containsExactlyInAnyOrder(
                "MEMOS_ON_UNCODED_SELECTIONS 1", "SELECTIONS_NOT_FOUND 1", "PDF_REGIONS_WITHOUT_TEXT 1",
                "SOURCES_WITHOUT_TEXT 1", "PICTURE_SOURCES 1", "VIDEO_SOURCES 1", "MEDIA_SELECTIONS 1", "LINKS 1",
                "SETS_OF_CODES_OR_NOTES 1", "CASES 1");
        Map<Long, String> titles = classroom.asSupervisor(() -> documents.listDocuments(project).stream()
                .collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::title)));
        assertThat(classroom.asSupervisor(() -> groups.groups(project))).as("sets and cases of sources are groups")
                .extracting(g -> g.name() + ": " + g.documentIds().stream().map(titles::get).sorted().toList()
                        + (g.description() == null ? "" : " " + g.description()))
                .containsExactly("Interviews: [Field notes, Interview Simon]",
                        "Simon: [Interview Simon] Interviewed twice.",
                        "Simon (2): [Interview Simon] Everything about Simon");
        long interview = titles.entrySet().stream().filter(e -> e.getValue().equals("Interview Simon")).findFirst()
                .orElseThrow().getKey();
        assertThat(classroom.asSupervisor(() -> groups.variables(interview))).as("its own value, then its case's")
                .containsExactly(Map.entry("Interviewee", "Simon, a teacher"), Map.entry("Age", "67"));
        assertThat(result.leftOut()).filteredOn(l -> l.kind() == LeftOut.Kind.SELECTIONS_NOT_FOUND).singleElement()
                .satisfies(l -> {
                    assertThat(l.examples()).containsExactly("Journal of Gulf (Militia statement.pdf)");
                    assertThat(l.description()).startsWith("Coded selections whose words are not in the imported");
                });
        assertThat(result.leftOut()).filteredOn(l -> l.kind() == LeftOut.Kind.SOURCES_WITHOUT_TEXT).singleElement()
                .satisfies(l -> assertThat(l.examples()).containsExactly("Lost interview.docx"));
    }

    @Test
    void theStandardsF4ExampleImportsWithItsMemos() {
        byte[] qdpx = OtherToolProjects.f4Shaped(OtherToolProjects.resource(
                "/refi-qda/examples/openqda_refi-tools_valid-document_f4.qde"));

        ProjectImportResult result = classroom.asSupervisor(() -> sut.importProject(null, qdpx));

        long project = result.project().id();
        assertThat(result.project().name()).isEqualTo("f4-Projekt");
        assertThat(result.documents()).isEqualTo(4);
        assertThat(codebookOf(project).get("Dies ist ein Test-Code")).contains("Dies ist der Kommentar vom Test-Code",
                "Memo 768169b3: to be checked.");
        String tool = String.join("\n", OtherToolProjects.interviewParagraphs("834517f4-6e9f-4425-9bdd-a4be2d36e7a0"));
        String memo = "Dies ist ein Memo, angeheftet an ein Text-Snipped (das codiert ist!)\n\n"
                + "Memo 7b5e2e19: to be checked.";
        List<String> expected = new java.util.ArrayList<>();
        // A selection across paragraphs is one coding per passage, each of the words f4 counted in its text.
        for (String part : tool.substring(320, 416).split("\n")) {
            expected.add("Interview 60mins | Dies ist ein Test-Code | unknown coder | " + part + " | {} | null");
        }
        for (String part : tool.substring(995, 1260).split("\n")) {
            expected.add("Interview 60mins | Dies ist ein Test-Code | unknown coder | " + part + " | {} | " + memo);
        }
        assertThat(codingsOf(project, false)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.leftOut()).extracting(l -> l.kind() + " " + l.count())
                .containsExactly("MEMOS_ON_UNCODED_SELECTIONS 1");
    }

    @Test
    void aFileThatCannotBeImportedLeavesNothingBehind() throws IOException {
        int before = classroom.asSupervisor(() -> projects.listProjects()).size();
        byte[] minimal = resource("/refi-qda/examples/minimal_project.qdpx");
        byte[] unknownCode = replaceInQde(minimal, "0c0de000-0000-4000-8000-000000000003\"/>",
                "0c0de000-0000-4000-8000-00000000ffff\"/>");

        assertThatThrownBy(() -> classroom.asSupervisor(() -> sut.importProject("Broken", unknownCode)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not have");
        assertThatThrownBy(() -> classroom.asSupervisor(() -> sut.importProject("Text",
                "just text".getBytes(StandardCharsets.UTF_8)))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a REFI-QDA project");
        byte[] notAProject = zip("notes.txt", "hi");
        assertThatThrownBy(() -> classroom.asSupervisor(() -> sut.importProject("No qde", notAProject)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no project.qde");
        assertThatThrownBy(() -> classroom.as("pupil", () -> sut.importProject("Coder's", minimal)))
                .isInstanceOf(AccessDeniedException.class);
        byte[] bomb = zipOfZeros("project.qde", 64);
        assertThatThrownBy(() -> classroom.asSupervisor(() -> sut.importProject("Bomb", bomb)))
                .as("a zip bomb is refused before it fills memory or disk")
                .isInstanceOf(TooLargeException.class).hasMessageContaining("times its own size");

        assertThat(classroom.asSupervisor(() -> projects.listProjects())).as("no project, document or coding kept")
                .hasSize(before);
    }

    /** A zip of one entry of {@code megabytes} of zeros: a few kilobytes that unpack to megabytes. */
    private static byte[] zipOfZeros(String name, int megabytes) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** Each document by title: its details, text, and passages (kind, span, excluded), without database ids. */
    private Map<String, String> documentsOf(long project) {
        return classroom.asSupervisor(() -> documents.listDocuments(project).stream().collect(Collectors.toMap(
                DocumentSummary::title, d -> d.metadata() + "\n" + d.importedBy() + " " + d.importedAt() + "\n"
                        + documents.cleanedText(d.id()) + "\n"
                        + documents.passages(d.id()).stream().map(p -> p.kind() + " " + p.start() + "-" + p.end()
                                + (p.excluded() ? " excluded" : "")).toList())));
    }

    /** Each claim type by path: everything a supervisor wrote about it, without database ids. */
    private Map<String, String> codebookOf(long project) {
        List<ClaimTypeView> types = classroom.asSupervisor(() -> codebooks.view(project)).claimTypes();
        Map<Long, ClaimTypeView> byId = types.stream().collect(Collectors.toMap(ClaimTypeView::id, Function.identity()));
        return types.stream().collect(Collectors.toMap(t -> t.path(byId), t -> t.guid() + " " + t.draft().name()
                + " " + t.draft().definition() + " " + t.draft().whenToUse() + " " + t.draft().whenNotToUse() + " "
                + t.draft().examples() + " " + t.draft().colour() + " " + t.draft().hotkey() + " "
                + t.draft().codable() + " " + t.draft().attributes()));
    }

    /** Each coding as document | claim type | coder | quote | attributes | memo (| the time it was made). */
    private List<String> codingsOf(long project, boolean withTime) {
        return classroom.asSupervisor(() -> {
            List<ClaimTypeView> types = codebooks.view(project).claimTypes();
            Map<Long, ClaimTypeView> byId = types.stream()
                    .collect(Collectors.toMap(ClaimTypeView::id, Function.identity()));
            return documents.listDocuments(project).stream().flatMap(d -> {
                String text = documents.cleanedText(d.id());
                return codings.codingsOf(d.id()).stream().map(c -> d.title() + " | " + byId.get(c.claimTypeId())
                        .path(byId) + " | " + c.coder() + " | " + quote(text, c) + " | " + new java.util.TreeMap<>(
                        c.attributes()) + " | " + c.memo() + (withTime ? " | " + c.createdAt() : ""));
            }).toList();
        });
    }

    private static String quote(String text, CodingView coding) {
        return text.substring(text.offsetByCodePoints(0, coding.start()), text.offsetByCodePoints(0, coding.end()));
    }

    private static String corpus(String file) throws IOException {
        return new String(resource("/corpus/" + file), StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ProjectImportIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] replaceInQde(byte[] qdpx, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(qdpx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("project.qde")) {
                    String qde = new String(content, StandardCharsets.UTF_8);
                    assertThat(qde).contains(from);
                    content = qde.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
