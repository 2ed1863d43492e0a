package org.concordia.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.concordia.claims.model.LedgerEntry;
import org.concordia.claims.service.EntityService;
import org.concordia.claims.service.ReconciliationService;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.AssignmentService;
import org.concordia.coding.service.CodingService;
import org.concordia.consensus.model.AgreementReport;
import org.concordia.consensus.service.AgreementService;
import org.concordia.consensus.service.AdjudicationService;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.export.model.Download;
import org.concordia.export.model.ExportFilter;
import org.concordia.export.model.ExportJobView;
import org.concordia.export.service.ExportService;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantDirectory;
import org.concordia.testsupport.ClassroomFixture;
import org.concordia.platform.context.ServerNode;
import org.concordia.testsupport.Deployments;
import org.concordia.testsupport.Downloads;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exports as background jobs, read back with a CSV library and a JSON parser: what a team takes away for R or
 * Python. Two coders code a report; a supervisor settles one passage into gold.
 */
@ExtendWith(ArquillianExtension.class)
class ExportServiceIT {

    private static final String TEXT = "A report\n\nIran agreed to support al-Kadhimi.\n\nThe militia opposed him.";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withRefiQdaSchemas(Deployments.concordiaForServiceTests());
    }

    @Inject
    ExportService sut;

    @Inject
    CodingService codings;

    @Inject
    AssignmentService assignments;

    @Inject

    AdjudicationService adjudications;

    @Inject
    CodebookService codebooks;

    @Inject
    DocumentImporter importer;

    @Inject
    DocumentService documents;

    @Inject
    TenantDirectory directory;

    @Inject
    AgreementService agreement;

    @Inject
    ReconciliationService reconciliation;

    @Inject
    EntityService entities;

    @Inject
    ProjectService projects;

    @Inject
    org.concordia.export.service.ExportJobs jobs;

    @Inject
    org.concordia.export.service.OrphanedExports orphans;

    private ClassroomFixture classroom;
    private long document;
    private List<PassageView> passages;

    @Inject
    org.concordia.documents.service.DocumentGroupService groups;

    @BeforeEach
    void twoCodersCodeAndOnePassageIsSettled() {
        classroom = ClassroomFixture.open(directory, projects);
        classroom.enrolCoder(directory, "other-pupil");
        classroom.asSupervisor(() -> codebooks.startFromStarterCodebook(classroom.project()));
        document = classroom.importText(importer, "report.txt", TEXT);
        classroom.asSupervisor(() -> assignments.assign(classroom.project(), List.of(document),
                List.of("pupil", "other-pupil"), null));
        passages = classroom.as("pupil", () -> documents.passages(document));
        long support = classroom.claimType(codebooks, "Support");
        for (String coder : List.of("pupil", "other-pupil")) {
            CodingView coding = classroom.as(coder, () -> codings.code(document, passages.get(1).id(), support,
                    passages.get(1).start(), passages.get(1).start() + 22));
            classroom.as(coder, () -> codings.describe(coding.id(), Map.of("subject", "Iran", "relation", "backed",
                    "object", "al-Kadhimi, \"the PM\""), "commas, \"quotes\" and\na line break"));
        }
        long opposition = classroom.claimType(codebooks, "Opposition");
        classroom.as("pupil", () -> codings.code(document, passages.get(2).id(), opposition,
                passages.get(2).start(), passages.get(2).end()));
        classroom.submit(assignments, "pupil", document);
        classroom.submit(assignments, "other-pupil", document);
        classroom.asSupervisor(() -> adjudications.acceptUnanimous(classroom.project(), null));
    }

    @Test
    void theTidyCsvHasOneRowPerCodingAndParsesBackWithACsvLibrary() throws Exception {
        classroom.asSupervisor(() -> {
            groups.addToGroup(groups.createGroup(classroom.project(), "Reports", null).id(), List.of(document));
            groups.addToGroup(groups.createGroup(classroom.project(), "Iraqi press", null).id(), List.of(document));
            Map<String, String> variables = new java.util.LinkedHashMap<>();
            variables.put("wave", "2");
            variables.put("outlet country", "Iraq");
            return groups.describeWithVariables(document, variables);
        });
        List<CSVRecord> rows = csv(finished("csv", ExportFilter.everything()));

        assertThat(rows).hasSize(4).as("three codings and the gold coding of the settled passage");
        CSVRecord first = rows.get(0);
        assertThat(first.get("document_title")).isEqualTo("report");
        assertThat(first.get("document_groups")).as("by name").isEqualTo("Iraqi press; Reports");
        assertThat(first.get("var_wave")).isEqualTo("2");
        assertThat(first.get("var_outlet_country")).isEqualTo("Iraq");
        assertThat(first.get("quote")).isEqualTo("Iran agreed to support");
        assertThat(first.get("claim_type_path")).isEqualTo("Attribution of stance / Support");
        assertThat(first.get("attr_object")).isEqualTo("al-Kadhimi, \"the PM\"");
        assertThat(first.get("memo")).isEqualTo("commas, \"quotes\" and\na line break");
        assertThat(first.get("consensus_state")).isEqualTo("ADJUDICATED");
        assertThat(Integer.parseInt(first.get("end")) - Integer.parseInt(first.get("start"))).isEqualTo(22);
        assertThat(rows).filteredOn(r -> r.get("gold").equals("true")).singleElement()
                .satisfies(r -> assertThat(r.get("coder")).isEqualTo("gold"));
        assertThat(rows).filteredOn(r -> r.get("claim_type").equals("Opposition")).singleElement()
                .satisfies(r -> assertThat(r.get("consensus_state")).isEqualTo("DISPUTED"));

        List<CSVRecord> pupils = csv(finished("csv",
                new ExportFilter(Set.of(), Set.of(), Set.of("pupil"), Set.of(), false)));
        assertThat(pupils).hasSize(2).allMatch(r -> r.get("coder").equals("pupil"));
    }

    @Test
    void jsonLinesHaveOnePassagePerLineWithItsGoldLabels() throws Exception {
        String text = Downloads.text(download(finished("jsonl", ExportFilter.everything())));
        List<JsonObject> records = text.lines().map(l -> Json.createReader(new StringReader(l)).readObject()).toList();
        assertThat(records).hasSize(3);
        JsonObject settled = records.get(1);
        assertThat(settled.getString("text")).isEqualTo("Iran agreed to support al-Kadhimi.");
        assertThat(settled.getBoolean("settled")).isTrue();
        assertThat(settled.getJsonArray("labels").getString(0)).isEqualTo("Attribution of stance / Support");
        JsonObject span = settled.getJsonArray("spans").getJsonObject(0);
        assertThat(span.getInt("start")).isZero();
        assertThat(span.getString("text")).isEqualTo("Iran agreed to support");
        assertThat(span.getJsonObject("attributes").getString("subject")).isEqualTo("Iran");
        assertThat(records.get(2).getBoolean("settled")).as("the disputed passage").isFalse();
        assertThat(records.get(2).getJsonArray("labels")).isEmpty();
    }

    @Test
    void webAnnotationsHaveTheShapeTheW3cModelRequires() throws Exception {
        String text = Downloads.text(download(finished("web-annotation", ExportFilter.everything())));
        JsonObject collection = Json.createReader(new StringReader(text)).readObject();
        assertThat(collection.getString("@context")).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(collection.getString("type")).isEqualTo("AnnotationCollection");
        List<JsonObject> items = collection.getJsonObject("first").getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(items).hasSize(4);
        for (JsonObject annotation : items) {
            // The model's musts: an id (IRI), type Annotation, a target; bodies and selectors typed.
            assertThat(annotation.getString("id")).startsWith("urn:concordia:");
            assertThat(annotation.getString("type")).isEqualTo("Annotation");
            assertThat(annotation.getString("motivation")).isEqualTo("classifying");
            assertThat(annotation.getJsonArray("body").getValuesAs(JsonObject.class))
                    .allSatisfy(b -> assertThat(b.getString("type")).isEqualTo("TextualBody"))
                    .anySatisfy(b -> assertThat(b.getString("purpose")).isEqualTo("classifying"));
            JsonObject target = annotation.getJsonObject("target");
            assertThat(target.getString("source")).isEqualTo("urn:concordia:document:" + document);
            List<JsonObject> selectors = target.getJsonArray("selector").getValuesAs(JsonObject.class);
            JsonObject quote = selectors.stream().filter(x -> x.getString("type").equals("TextQuoteSelector"))
                    .findFirst().orElseThrow();
            JsonObject position = selectors.stream().filter(x -> x.getString("type").equals("TextPositionSelector"))
                    .findFirst().orElseThrow();
            PassageView passage = passages.stream().filter(p -> p.start() <= position.getInt("start")
                    && position.getInt("end") <= p.end()).findFirst().orElseThrow();
            assertThat(quote.getString("exact"))
                    .isEqualTo(passage.quote(position.getInt("start"), position.getInt("end")));
        }
        assertThat(items.get(0).getJsonArray("body").getValuesAs(JsonObject.class))
                .extracting(b -> b.getString("value")).contains("Attribution of stance / Support", "subject: Iran");
        assertThat(items).filteredOn(a -> a.getJsonObject("creator").getString("type").equals("Software"))
                .as("the gold coding").hasSize(1);
    }

    @Test
    void theRefiQdaProjectIsValidAgainstTheStandardsSchemaAndPointsAtTheRightText() throws Exception {
        java.nio.file.Path qdpx = Downloads.file(download(finished("refi-qda", ExportFilter.everything())));
        Map<String, byte[]> entries = new java.util.HashMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(qdpx))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        byte[] qde = entries.get("project.qde");
        javax.xml.validation.Schema schema = javax.xml.validation.SchemaFactory
                .newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(ExportServiceIT.class.getResource("/refi-qda/Project.xsd"));
        schema.newValidator().validate(new javax.xml.transform.stream.StreamSource(
                new java.io.ByteArrayInputStream(qde)));

        org.w3c.dom.Document xml = javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(qde));
        org.w3c.dom.Element source = (org.w3c.dom.Element) xml.getElementsByTagName("TextSource").item(0);
        String path = source.getAttribute("plainTextPath").replace("internal://", "sources/");
        String text = new String(entries.get(path), java.nio.charset.StandardCharsets.UTF_8);
        org.w3c.dom.NodeList selections = source.getElementsByTagName("PlainTextSelection");
        assertThat(selections.getLength()).isEqualTo(3);
        org.w3c.dom.Element first = (org.w3c.dom.Element) selections.item(0);
        int start = Integer.parseInt(first.getAttribute("startPosition"));
        int end = Integer.parseInt(first.getAttribute("endPosition"));
        assertThat(text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)))
                .as("end-exclusive code points into the source text").isEqualTo("Iran agreed to support");
        assertThat(first.getElementsByTagName("Description").item(0).getTextContent()).contains("subject: Iran");
        assertThat(xml.getElementsByTagName("User").getLength()).isEqualTo(2);
        assertThat(xml.getElementsByTagName("Code").getLength()).as("the starter codebook").isGreaterThan(8);
    }

    @Test
    void theAgreementReportGivesThePagesFiguresAsCsvAndAsAPrintablePage() throws Exception {
        AgreementReport page = classroom.asSupervisor(() -> agreement.report(classroom.project(),
                "krippendorff-alpha-nominal"));

        List<CSVRecord> rows = csv(finished("agreement-csv", ExportFilter.everything()));
        CSVRecord overall = rows.stream().filter(r -> r.get("level").equals("overall")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(overall.get("value"))).isEqualTo(page.overall().value());
        assertThat(Double.parseDouble(overall.get("ci_lower"))).isEqualTo(page.overall().interval().lower());
        assertThat(rows).filteredOn(r -> r.get("level").equals("claim type")).extracting(r -> r.get("item"))
                .containsAll(page.byClaimType().stream().map(AgreementReport.Row::label).toList());
        assertThat(rows).anySatisfy(r -> assertThat(r.get("item")).isEqualTo("other-pupil & pupil"));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("level")).startsWith("spans"));

        String html = Downloads.text(download(finished("agreement-html", ExportFilter.everything())));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Inter-coder agreement", "Elections",
                String.format(java.util.Locale.ROOT, "%.3f", page.overall().value()),
                "seed " + page.overall().interval().seed());
    }

    @Test
    void theReconciliationReportListsEveryClaimOfTheLedgerWithItsEvidence() throws Exception {
        long draft = classroom.importText(importer, "draft.txt", "Draft\n\nIran turned on the prime minister.");
        classroom.asSupervisor(() -> assignments.assign(classroom.project(), List.of(draft),
                List.of("pupil", "other-pupil"), null));
        PassageView turned = classroom.as("pupil", () -> documents.passages(draft)).get(1);
        CodingView opposed = classroom.as("pupil", () -> codings.code(draft, turned.id(),
                classroom.claimType(codebooks, "Opposition"), turned.start(), turned.end()));
        classroom.as("pupil", () -> codings.describe(opposed.id(), Map.of("subject", "Iran", "relation", "opposed",
                "object", "al-Kadhimi, \"the PM\""), null));
        classroom.asSupervisor(() -> entities.collectFromCodings(classroom.project()));
        List<LedgerEntry> ledger = classroom.asSupervisor(() -> reconciliation.ledger(classroom.project()));
        assertThat(ledger).isNotEmpty();
        long claims = ledger.stream().mapToLong(e -> e.proposition().claims().size()).sum();

        List<CSVRecord> rows = csv(finished("reconciliation-csv", ExportFilter.everything()));
        assertThat(rows).hasSize((int) claims);
        assertThat(rows).extracting(r -> r.get("proposition"))
                .containsAll(ledger.stream().map(e -> e.proposition().title()).toList());
        assertThat(rows).anySatisfy(r -> assertThat(r.get("quote")).isEqualTo("Iran agreed to support"));
        assertThat(rows).as("the draft's coders are still at work: named, not counted").allSatisfy(r -> {
            assertThat(r.get("source")).isNotEqualTo("draft");
            assertThat(r.get("unsettled_in")).isEqualTo("draft: still being coded");
        });

        String html = Downloads.text(download(finished("reconciliation-html", ExportFilter.everything())));
        assertThat(html).contains("Conflicting accounts", "stance towards al-Kadhimi", "Iran agreed to support")
                .as("text is escaped for HTML").contains("al-Kadhimi, &quot;the PM&quot;")
                .contains("Not settled yet, so not counted: draft (still being coded)");
    }

    @Test
    void exportsAreForTheTenantsSupervisorsAndBadRequestsAreRefused() throws Exception {
        ExportJobView job = finished("csv", ExportFilter.everything());
        assertThatThrownBy(() -> classroom.as("pupil", () -> sut.download(job.id())))
                .isInstanceOf(AccessDeniedException.class);
        ClassroomFixture other = ClassroomFixture.open(directory, projects);
        assertThatThrownBy(() -> other.asSupervisor(() -> sut.download(job.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> other.asSupervisor(() -> sut.start(classroom.project(), "csv",
                ExportFilter.everything()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> classroom.asSupervisor(() -> sut.start(classroom.project(), "xls",
                ExportFilter.everything()))).isInstanceOf(InvalidInputException.class);
        assertThat(classroom.asSupervisor(() -> sut.jobs(classroom.project()))).hasSize(1);
    }

    @Test
    void textThatASpreadsheetWouldRunIsTextInTheCsvAndExactInTheWorkbook() throws Exception {
        long evaluation = classroom.claimType(codebooks, "Support");
        CodingView coding = classroom.asSupervisor(() -> codings.code(document, passages.get(1).id(), evaluation,
                passages.get(1).start(), passages.get(1).start() + 4));
        classroom.asSupervisor(() -> codings.describe(coding.id(), Map.of("subject", "@SUM(A1:A9)", "relation",
                "backed", "object", "-2+3"), "=HYPERLINK(\"http://evil.example\",\"click\")"));

        CSVRecord row = csv(finished("csv", ExportFilter.everything())).stream()
                .filter(r -> r.get("coding_id").equals(String.valueOf(coding.id()))).findFirst().orElseThrow();
        assertThat(row.get("memo")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(row.get("attr_subject")).isEqualTo("'@SUM(A1:A9)");
        assertThat(row.get("attr_object")).isEqualTo("'-2+3");
        assertThat(row.get("start")).as("numbers stay numbers").doesNotStartWith("'");

        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(Downloads.file(download(finished("xlsx", ExportFilter.everything())))))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheet("codings");
            List<String> header = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            org.apache.poi.ss.usermodel.Row found = null;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                if (sheet.getRow(i).getCell(header.indexOf("coding_id")).getNumericCellValue() == coding.id()) {
                    found = sheet.getRow(i);
                }
            }
            assertThat(found).as("the coding's row in the workbook").isNotNull();
            assertThat(found.getCell(header.indexOf("memo")).getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(found.getCell(header.indexOf("memo")).getStringCellValue())
                    .isEqualTo("=HYPERLINK(\"http://evil.example\",\"click\")");
            assertThat(found.getCell(header.indexOf("start")).getNumericCellValue())
                    .isEqualTo(passages.get(1).start());
            assertThat(sheet.getLastRowNum()).as("every row of the CSV").isEqualTo(5);
        }
    }

    @Test
    void anExportLeftByAServerThatDiedIsWrittenAgainWhenItStartsAgain() throws Exception {
        ExportJobView left = classroom.asSupervisor(() -> jobs.create(classroom.project(), "csv",
                ExportFilter.everything(), classroom.supervisor(), ServerNode.name()));
        classroom.asSupervisor(() -> {
            jobs.start(left.id(), ServerNode.name(), 100);
            return null;
        });

        int taken = orphans.takeOverOrphans(ServerNode.name());

        assertThat(taken).as("this node, starting again, takes its own unfinished export over").isPositive();
        ExportJobView done = awaitFinished(left.id());
        assertThat(done.state()).as(done.message()).isEqualTo(org.concordia.export.model.ExportState.DONE);
        assertThat(csv(done).stream().map(CSVRecord::toList).toList()).as("the whole export, as if it had never stopped")
                .isNotEmpty()
                .isEqualTo(csv(finished("csv", ExportFilter.everything())).stream().map(CSVRecord::toList).toList());
    }

    @Test
    void anExportAnotherLiveServerIsWritingIsLeftToIt() {
        ExportJobView elsewhere = classroom.asSupervisor(() -> jobs.create(classroom.project(), "csv",
                ExportFilter.everything(), classroom.supervisor(), "another-node"));
        classroom.asSupervisor(() -> {
            jobs.start(elsewhere.id(), "another-node", 100);
            return null;
        });

        orphans.takeOverOrphans(ServerNode.name());
        orphans.takeOverOrphans("");

        ExportJobView after = classroom.asSupervisor(() -> sut.job(elsewhere.id()));
        assertThat(after.state()).as("its node renews its lease: nobody else writes it")
                .isEqualTo(org.concordia.export.model.ExportState.RUNNING);
    }

    @Test
    void aServerThatLostItsExportToAnotherCannotFinishOrFailIt() throws Exception {
        ExportJobView stalled = classroom.asSupervisor(() -> jobs.create(classroom.project(), "csv",
                ExportFilter.everything(), classroom.supervisor(), "stalled-node"));
        java.nio.file.Path written = java.nio.file.Files.createTempFile("stalled-export", ".csv");
        java.nio.file.Files.writeString(written, "a file written by a node that lost its lease\n");
        try {
            boolean[] answers = classroom.asSupervisor(() -> {
                // the stalled node's lease ran out: this node takes the job over (and would write it again)
                var taken = jobs.takeOver(stalled.id(), java.time.Instant.now().plusSeconds(60), "", "live-node", 3,
                        "too many attempts");
                assertThat(taken).as("the job is this node's now").isPresent();
                return new boolean[] {jobs.heartbeat(stalled.id(), "stalled-node"),
                        jobs.progress(stalled.id(), "stalled-node", 10, 100),
                        jobs.finish(stalled.id(), "stalled-node", written, 1),
                        jobs.fail(stalled.id(), "stalled-node", "it failed")};
            });

            assertThat(answers).as("heartbeat, progress, finish and fail of the node that lost the lease")
                    .containsExactly(false, false, false, false);
            ExportJobView after = classroom.asSupervisor(() -> sut.job(stalled.id()));
            assertThat(after.state()).as("the job waits for its new writer, untouched")
                    .isEqualTo(org.concordia.export.model.ExportState.QUEUED);
            assertThat(classroom.asSupervisor(() -> jobs.hasParts(stalled.id()))).as("no file stored").isFalse();
        } finally {
            java.nio.file.Files.deleteIfExists(written);
        }
    }

    private ExportJobView awaitFinished(long job) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            ExportJobView now = classroom.asSupervisor(() -> sut.job(job));
            if (now.state() == org.concordia.export.model.ExportState.DONE
                    || now.state() == org.concordia.export.model.ExportState.FAILED) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Export " + job + " did not finish in 30 s");
    }

    private ExportJobView finished(String format, ExportFilter filter) {
        return classroom.export(sut, format, filter);
    }

    private Download download(ExportJobView job) {
        return classroom.asSupervisor(() -> sut.download(job.id()));
    }

    private List<CSVRecord> csv(ExportJobView job) throws Exception {
        String text = Downloads.text(download(job));
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .getRecords();
    }
}
