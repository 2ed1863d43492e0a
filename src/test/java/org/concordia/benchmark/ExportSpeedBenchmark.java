package org.concordia.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concordia.benchmark.BenchmarkFiles.reportTo;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.AttributeValues;
import org.concordia.coding.service.AssignmentService;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.export.model.ExportFilter;
import org.concordia.export.model.ExportJobView;
import org.concordia.export.model.ExportState;
import org.concordia.export.service.ExportService;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantDirectory;
import org.concordia.testsupport.ClassroomFixture;
import org.concordia.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #7's export target, measured, not asserted: a project of 1,000,000 codings (100 documents of about 900
 * passages, 5 coders each, and every passage settled into gold), exported to tidy CSV (one row per coding) and JSON
 * Lines (one record per passage with its gold labels) through the export service, as a supervisor would. Rows per
 * second from the request to the finished file, as the job records them (JSON Lines has a row per passage, so its
 * figure is also given per coding read); memory as the heap still in use after a full collection, sampled every
 * second during a second run, for the whole project and for a tenth of it: a flat heap is the same for both. The codings
 * are written by JDBC (seeding a million through the coding service would take half an hour); everything measured
 * goes through the application. Figures in {@code target/benchmarks/export-speed.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExportSpeedBenchmark {

    private static final int DOCUMENTS = 100;
    private static final int WORDS_PER_DOCUMENT = 50_000;
    private static final int CODINGS = 1_000_000;
    private static final List<String> CODERS = List.of("export-coder-1", "export-coder-2", "export-coder-3",
            "export-coder-4", "export-coder-5");
    private static final String FILE = "export-speed.txt";
    private static final String STATE = "export-speed";

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordiaForServiceTests().addClasses(SyntheticReport.class, Timings.class,
                BenchmarkFiles.class);
    }

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Inject
    DocumentImporter importer;

    @Inject
    DocumentService documents;

    @Inject
    CodebookService codebooks;

    @Inject
    AssignmentService assignments;

    @Inject
    ExportService exports;

    @Inject
    ProjectService projects;

    @Inject
    TenantDirectory directory;

    @Test
    @Order(1)
    void seedAProjectOfAMillionCodings() throws Exception {
        long started = System.nanoTime();
        ClassroomFixture classroom = ClassroomFixture.open(directory, projects);
        CODERS.forEach(c -> classroom.enrolCoder(directory, c));
        long project = classroom.project();
        classroom.asSupervisor(() -> codebooks.startFromStarterCodebook(project));
        List<Long> ids = new ArrayList<>();
        for (int d = 0; d < DOCUMENTS; d++) {
            String text = SyntheticReport.ofWords(WORDS_PER_DOCUMENT, 7000 + d);
            int n = d;
            ids.add(classroom.asSupervisor(() -> importer.importPasted(project, "Report " + n, text,
                    SourceType.THINK_TANK_REPORT)).documentId());
        }
        classroom.asSupervisor(() -> assignments.assignBalanced(project, CODERS.size(), CODERS, null));
        List<ClaimTypeView> types = classroom.asSupervisor(() -> codebooks.view(project)).claimTypes().stream()
                .filter(t -> t.draft().codable()).toList();
        List<long[]> passages = new ArrayList<>();
        for (long document : ids) {
            for (PassageView passage : classroom.asSupervisor(() -> documents.passages(document))) {
                if (!passage.excluded()) {
                    passages.add(new long[] {document, passage.id(), passage.start(), passage.end()});
                }
            }
        }
        int written = writeCodingsAndGold(classroom, project, passages, types);
        Properties state = new Properties();
        state.setProperty("tenant", classroom.tenant());
        state.setProperty("supervisor", classroom.supervisor());
        state.setProperty("project", Long.toString(project));
        BenchmarkFiles.saveState(STATE, state);
        reportTo(FILE, "Project: %d documents, %d passages, %d coders, %d codings and %d gold codings; seeded in %.0f s",
                DOCUMENTS, passages.size(), CODERS.size(), written, passages.size(),
                (System.nanoTime() - started) / 1e9);
    }

    @Test
    @Order(2)
    void exportTheMillionCodingsToCsvAndJsonLines() throws Exception {
        Properties state = BenchmarkFiles.state(STATE);
        ClassroomFixture classroom = new ClassroomFixture(state.getProperty("tenant"),
                state.getProperty("supervisor"), Long.parseLong(state.getProperty("project")));
        List<DocumentSummary> all = classroom.asSupervisor(() -> documents.listDocuments(classroom.project()));
        Set<Long> tenth = Set.copyOf(all.subList(0, all.size() / 10).stream().map(DocumentSummary::id).toList());
        ExportFilter everything = ExportFilter.everything();
        ExportFilter aTenth = new ExportFilter(tenth, Set.of(), Set.of(), Set.of(), false);

        long codings = count("coding", classroom.project()) + count("gold_coding", classroom.project());
        export(classroom, "csv", aTenth, false); // warm-up: classes loaded, caches filled
        for (String format : List.of("csv", "jsonl")) {
            List<Run> wholeRuns = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                wholeRuns.add(export(classroom, format, everything, false));
            }
            wholeRuns.sort(java.util.Comparator.comparingLong(Run::nanos));
            Run whole = wholeRuns.get(1); // the median of three: the embedded database tidies its files at times
            Run part = export(classroom, format, aTenth, false);
            Run wholeMemory = export(classroom, format, everything, true);
            Run partMemory = export(classroom, format, aTenth, true);
            reportTo(FILE, "%s, whole project (median of 3 runs, %.2f to %.2f s): %,d rows (%s) in %.2f s = %,.0f"
                    + " rows/s, its %,d codings (gold included) at %,.0f per second; a tenth: %,d rows in %.2f s ="
                    + " %,.0f rows/s", format, wholeRuns.get(0).seconds(), wholeRuns.get(2).seconds(), whole.rows,
                    megabytes(whole.bytes), whole.seconds(), whole.rowsPerSecond(), codings,
                    codings / whole.seconds(), part.rows, part.seconds(), part.rowsPerSecond());
            reportTo(FILE, "%s, heap in use after a full collection, sampled every second while exporting: whole"
                    + " project at most %s (before: %s), a tenth at most %s (before: %s)", format,
                    megabytes(wholeMemory.peakLiveHeap), megabytes(wholeMemory.heapBefore),
                    megabytes(partMemory.peakLiveHeap), megabytes(partMemory.heapBefore));
            assertThat(whole.rows).isGreaterThan(part.rows);
        }
    }

    private long count(String table, long project) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("select count(*) from " + table
                        + " where project_id = ?")) {
            count.setLong(1, project);
            try (var result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** What one export took. */
    private record Run(long rows, long bytes, long nanos, long heapBefore, long peakLiveHeap) {
        double seconds() {
            return nanos / 1e9;
        }

        double rowsPerSecond() {
            return rows / seconds();
        }
    }

    /** Runs one export to the end; with {@code sampleHeap}, collects garbage every second and records what is left. */
    private Run export(ClassroomFixture classroom, String format, ExportFilter filter, boolean sampleHeap)
            throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                memory.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        if (sampleHeap) {
            sampler.start();
        }
        ExportJobView job = classroom.asSupervisor(() -> exports.start(classroom.project(), format, filter));
        while (job.state() == ExportState.QUEUED || job.state() == ExportState.RUNNING) {
            Thread.sleep(200); // as seldom as a progress bar: polling must not compete with the export
            long id = job.id();
            job = classroom.asSupervisor(() -> exports.job(id));
        }
        long nanos = Duration.between(job.requestedAt(), job.finishedAt()).toNanos();
        running.set(false);
        sampler.interrupt();
        assertThat(job.state()).as(job.message() == null ? "" : job.message()).isEqualTo(ExportState.DONE);
        long id = job.id();
        long bytes = classroom.asSupervisor(() -> exports.download(id)).size();
        return new Run(job.rowsDone(), bytes, nanos, before, peak.get());
    }

    /**
     * Writes a million codings in passage order, each passage coded by the five coders in turn (half of the codings
     * with a certainty), spans inside their passage; and settles every passage into gold, as a supervisor's review
     * would. One batch per 10,000 rows.
     */
    private int writeCodingsAndGold(ClassroomFixture classroom, long project, List<long[]> passages,
            List<ClaimTypeView> types) throws Exception {
        Random random = new Random(7);
        int perPassage = (int) Math.ceil((double) CODINGS / passages.size());
        Timestamp now = Timestamp.from(Instant.now());
        String certain = AttributeValues.encode(Map.of("certainty", "probable"));
        int written = 0;
        try (Connection connection = dataSource.getConnection()) {
            boolean h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
            if (h2) {
                // The rows are right by construction; checking a million foreign keys against a cold page cache
                // takes H2 half an hour. The checks are on again before anything is measured.
                execute(connection, "set referential_integrity false");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement coding = connection.prepareStatement("insert into coding (tenant_id, version,"
                    + " project_id, document_id, passage_id, claim_type_id, start_offset, end_offset, coder,"
                    + " codebook_version, attribute_values, memo, created_at, updated_at)"
                    + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, 1, ?, null, ?, ?)")) {
                for (long[] passage : passages) {
                    for (int i = 0; i < perPassage && written < CODINGS; i++) {
                        int length = (int) (passage[3] - passage[2]);
                        int from = (int) passage[2] + random.nextInt(Math.max(1, length / 2));
                        int to = Math.min((int) passage[3], from + 1 + random.nextInt(Math.max(1, length / 2)));
                        coding.setString(1, classroom.tenant());
                        coding.setLong(2, project);
                        coding.setLong(3, passage[0]);
                        coding.setLong(4, passage[1]);
                        coding.setLong(5, types.get(random.nextInt(types.size())).id());
                        coding.setInt(6, from);
                        coding.setInt(7, to);
                        coding.setString(8, CODERS.get(i % CODERS.size()));
                        coding.setString(9, written % 2 == 0 ? certain : null);
                        coding.setTimestamp(10, now);
                        coding.setTimestamp(11, now);
                        coding.addBatch();
                        if (++written % 10_000 == 0) {
                            coding.executeBatch();
                            connection.commit();
                        }
                        if (written % 200_000 == 0) {
                            System.out.printf(Locale.ROOT, "[benchmark] %,d codings written%n", written);
                        }
                    }
                }
                coding.executeBatch();
                connection.commit();
            }
            try (PreparedStatement started = connection.prepareStatement(
                    "update document set coding_started_at = ? where project_id = ?")) {
                started.setTimestamp(1, now);
                started.setLong(2, project);
                started.executeUpdate();
            }
            writeGold(connection, classroom, project, passages, types, now);
            connection.commit();
            if (h2) {
                execute(connection, "set referential_integrity true");
            }
        }
        return written;
    }

    private static void execute(Connection connection, String sql) throws Exception {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void writeGold(Connection connection, ClassroomFixture classroom, long project,
            List<long[]> passages, List<ClaimTypeView> types, Timestamp now) throws Exception {
        try (PreparedStatement adjudication = connection.prepareStatement("insert into adjudication (tenant_id,"
                + " version, project_id, document_id, passage_id, method, taken_from, rationale, decided_by,"
                + " decided_at) values (?, 0, ?, ?, ?, 'NEW', null, 'benchmark', ?, ?)");
                PreparedStatement gold = connection.prepareStatement("insert into gold_coding (tenant_id, version,"
                        + " adjudication_id, project_id, document_id, passage_id, claim_type_id, start_offset,"
                        + " end_offset, attribute_values, memo, source_coder) select tenant_id, 0, id, project_id,"
                        + " document_id, passage_id, ?, ?, ?, null, null, null from adjudication where passage_id = ?")) {
            int n = 0;
            for (long[] passage : passages) {
                adjudication.setString(1, classroom.tenant());
                adjudication.setLong(2, project);
                adjudication.setLong(3, passage[0]);
                adjudication.setLong(4, passage[1]);
                adjudication.setString(5, classroom.supervisor());
                adjudication.setTimestamp(6, now);
                adjudication.addBatch();
                if (++n % 10_000 == 0) {
                    adjudication.executeBatch();
                }
            }
            adjudication.executeBatch();
            n = 0;
            for (long[] passage : passages) {
                gold.setLong(1, types.get(n % types.size()).id());
                gold.setInt(2, (int) passage[2]);
                gold.setInt(3, (int) passage[3]);
                gold.setLong(4, passage[1]);
                gold.addBatch();
                if (++n % 10_000 == 0) {
                    gold.executeBatch();
                }
            }
            gold.executeBatch();
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / (1024.0 * 1024.0));
    }
}
