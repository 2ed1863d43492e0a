package org.concordia.benchmark;

import static org.concordia.benchmark.BenchmarkFiles.reportTo;
import static org.concordia.testsupport.People.as;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import org.concordia.analysis.model.Dimension;
import org.concordia.analysis.model.SegmentQuery;
import org.concordia.analysis.service.AnalysisService;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.service.AssignmentService;
import org.concordia.coding.service.CodingService;
import org.concordia.consensus.service.AgreementService;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.security.UserIdentity;
import org.concordia.search.model.SearchFilter;
import org.concordia.search.model.SearchResult;
import org.concordia.search.service.SearchIndex;
import org.concordia.search.service.SearchService;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantDirectory;
import org.concordia.testsupport.Deployments;
import org.concordia.testsupport.People;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The search issue's targets, measured, not asserted: a project of 1,000 documents of 5,000 words (5 million
 * words) from ten outlets over three years, each coded by four coders, about 200,000 codings in all (through the
 * coding service); then, inside the server, the index build rate, two-word searches with two filters, the
 * claim-type-by-document table, co-occurrence, a claim type's segments, and the agreement overview after one new
 * coding. Scale with {@code -Dbenchmark.documents=100} for a quick look. Figures in
 * {@code target/benchmarks/search-analysis.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchAndAnalysisBenchmark {

    private static final int DOCUMENTS = Integer.getInteger("benchmark.documents", 1000);
    private static final int WORDS_PER_DOCUMENT = 5_000;
    private static final int CODINGS_PER_DOCUMENT = 200;
    private static final int CODERS = 4;
    private static final String TENANT = "seminar";
    private static final String SUPERVISOR = "sam";
    private static final String FILE = "search-analysis.txt";
    private static final String STATE = "search-analysis";
    private static final List<String> OUTLETS = List.of("Baghdad Wire", "Gulf Review", "Gulf Monitor", "Al-Mada",
            "Rudaw", "Tasnim", "Reuters", "Al-Monitor", "Shafaq News", "The National");
    private static final List<String> QUERIES = List.of("Iran backed", "militias election", "Kadhimi cabinet",
            "Sadr protest", "budget talks", "troops withdrawal", "Fatah Alliance", "envoy Tehran",
            "Parliament law", "officials Baghdad");

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordiaWithTestRunner().addClasses(SyntheticReport.class, Timings.class,
                BenchmarkFiles.class);
    }

    @Inject
    DocumentImporter importer;

    @Inject
    DocumentService documents;

    @Inject
    CodebookService codebooks;

    @Inject
    CodingService codings;

    @Inject
    AssignmentService assignments;

    @Inject
    SearchService search;

    @Inject
    SearchIndex searchIndex;

    @Inject
    AnalysisService analysis;

    @Inject
    AgreementService agreement;

    @Inject
    ProjectService projects;

    @Inject
    TenantDirectory directory;

    @Test
    @Order(1)
    void seedAThousandDocumentsOfFiveThousandWordsCodedByFourCoders() throws Exception {
        if (alreadySeeded()) {
            reportTo(FILE, "Project seeded by an earlier run reused (delete %s.properties to seed anew)", STATE);
            return;
        }
        List<String> coders = new ArrayList<>();
        for (int i = 1; i <= CODERS; i++) {
            coders.add(String.format(Locale.ROOT, "search-coder-%d", i));
        }
        ExecutionContext.runAs(UserIdentity.system(), null,
                () -> coders.forEach(c -> directory.enrol(TENANT, c, TenantRole.CODER)));
        long project = as(SUPERVISOR, TENANT, () -> projects.createProject(People.unique("Search benchmark"),
                "Search and analysis speed benchmark")).id();
        as(SUPERVISOR, TENANT, () -> codebooks.startFromStarterCodebook(project));
        long started = System.nanoTime();
        Random random = new Random(19);
        List<Long> ids = new ArrayList<>();
        for (int d = 0; d < DOCUMENTS; d++) {
            String text = SyntheticReport.ofWords(WORDS_PER_DOCUMENT, 5000 + d);
            String title = "Report " + d;
            long id = as(SUPERVISOR, TENANT, () -> importer.importPasted(project, title, text,
                    SourceType.NEWS_ARTICLE)).documentId();
            DocumentMetadata metadata = new DocumentMetadata(title, null, OUTLETS.get(d % OUTLETS.size()),
                    LocalDate.of(2019, 1, 1).plusDays(random.nextInt(3 * 365)), null, SourceType.NEWS_ARTICLE, null);
            as(SUPERVISOR, TENANT, () -> documents.describe(id, metadata));
            ids.add(id);
        }
        double imported = (System.nanoTime() - started) / 1e9;
        as(SUPERVISOR, TENANT, () -> assignments.assignBalanced(project, CODERS, coders, null));
        List<ClaimTypeView> types = as(SUPERVISOR, TENANT, () -> codebooks.view(project)).claimTypes().stream()
                .filter(t -> t.draft().codable()).toList();
        long coding = System.nanoTime();
        int coded = 0;
        for (long document : ids) {
            List<PassageView> passages = as(SUPERVISOR, TENANT, () -> documents.passages(document)).stream()
                    .filter(p -> !p.excluded() && p.end() - p.start() > 20).toList();
            for (int c = 0; c < CODINGS_PER_DOCUMENT; c++) {
                PassageView passage = passages.get(random.nextInt(passages.size()));
                ClaimTypeView type = types.get(random.nextInt(types.size()));
                int length = passage.end() - passage.start();
                int from = passage.start() + random.nextInt(length / 2);
                int to = Math.min(passage.end(), from + 5 + random.nextInt(length / 2));
                String coder = coders.get(c % CODERS);
                as(coder, TENANT, () -> codings.code(document, passage.id(), type.id(), from, to));
                coded++;
            }
        }
        Properties state = new Properties();
        state.setProperty("project", Long.toString(project));
        BenchmarkFiles.saveState(STATE, state);
        reportTo(FILE, "Project: %d documents of about %d words (%d outlets), %d coders, %d codings; imported in %.0f s,"
                + " coded in %.0f s", DOCUMENTS, WORDS_PER_DOCUMENT, OUTLETS.size(), CODERS, coded, imported,
                (System.nanoTime() - coding) / 1e9);
    }

    @Test
    @Order(2)
    void timeSearchAndTheTablesInsideTheServer() throws Exception {
        long project = Long.parseLong(BenchmarkFiles.state(STATE).getProperty("project"));
        int toIndex = as(SUPERVISOR, TENANT, () -> searchIndex.stale(project)).size();
        long t = System.nanoTime();
        SearchResult first = as(SUPERVISOR, TENANT, () -> search.search(project, "Iran"));
        double answered = (System.nanoTime() - t) / 1e9;
        while (first.indexing() != null) { // many documents: indexed in the background, the search answers at once
            Thread.sleep(200);
            first = as(SUPERVISOR, TENANT, () -> search.search(project, "Iran"));
        }
        double build = (System.nanoTime() - t) / 1e9;
        if (toIndex > 0) {
            reportTo(FILE, "Index build of the %d documents not yet indexed: %.1f s, %.0f words per second (the"
                    + " first search answered after %.2f s)", toIndex, build, toIndex * (double) WORDS_PER_DOCUMENT
                    / build, answered);
        } else {
            reportTo(FILE, "First search (the index was built by an earlier run): %.1f s", build);
        }

        SearchFilter twoFilters = SearchFilter.none().withOutlet("Gulf Review")
                .withPublished(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 30));
        Timings plain = new Timings();
        Timings filtered = new Timings();
        for (int run = 0; run < 60; run++) {
            String query = QUERIES.get(run % QUERIES.size());
            t = System.nanoTime();
            as(SUPERVISOR, TENANT, () -> search.search(project, query));
            if (run >= 10) {
                plain.record(t);
            }
            t = System.nanoTime();
            as(SUPERVISOR, TENANT, () -> search.search(project, query, twoFilters));
            if (run >= 10) {
                filtered.record(t);
            }
        }
        reportTo(FILE, "Two-word search over the whole project (first 200 passages, context lines): %s",
                plain.summary());
        reportTo(FILE, "Two-word search with two filters (outlet, date range): %s", filtered.summary());
        Timings nowhere = new Timings();
        for (int run = 0; run < 13; run++) {
            t = System.nanoTime();
            as(SUPERVISOR, TENANT, () -> search.search(project, "zqxwv"));
            record(nowhere, run, t);
        }
        reportTo(FILE, "Of which: a word found nowhere (the index's freshness check and a scan of every passage's"
                + " terms): %s", nowhere.summary());

        long support = as(SUPERVISOR, TENANT, () -> codebooks.view(project)).claimTypes().stream()
                .filter(c -> c.name().equals("Support")).findFirst().orElseThrow().id();
        Timings byDocument = new Timings();
        Timings byMonth = new Timings();
        Timings together = new Timings();
        Timings overlapping = new Timings();
        Timings segments = new Timings();
        for (int run = 0; run < 23; run++) {
            t = System.nanoTime();
            as(SUPERVISOR, TENANT, () -> analysis.codesBy(project, Dimension.DOCUMENT));
            record(byDocument, run, t);
            t = System.nanoTime();
            as(SUPERVISOR, TENANT, () -> analysis.codesBy(project, Dimension.MONTH));
            record(byMonth, run, t);
            t = System.nanoTime();
            as(SUPERVISOR, TENANT, () -> analysis.coOccurrence(project, false));
            record(together, run, t);
            t = System.nanoTime();
            as(SUPERVISOR, TENANT, () -> analysis.coOccurrence(project, true));
            record(overlapping, run, t);
            t = System.nanoTime();
            as(SUPERVISOR, TENANT, () -> analysis.segments(project, SegmentQuery.of(Set.of(support)), 200));
            record(segments, run, t);
        }
        Timings counts = new Timings();
        Timings spans = new Timings();
        Timings list = new Timings();
        for (int run = 0; run < 13; run++) {
            t = System.nanoTime();
            as(SUPERVISOR, TENANT, () -> codings.countsByClaimTypeAndDocument(project));
            record(counts, run, t);
            t = System.nanoTime();
            as(SUPERVISOR, TENANT, () -> codings.spansOfProject(project));
            record(spans, run, t);
            t = System.nanoTime();
            as(SUPERVISOR, TENANT, () -> documents.listDocuments(project));
            record(list, run, t);
        }
        reportTo(FILE, "Claim types x documents table (%d documents): %s", DOCUMENTS, byDocument.summary());
        reportTo(FILE, "Of which: the database's counts by claim type and document: %s; the list of documents: %s",
                counts.summary(), list.summary());
        reportTo(FILE, "Claim types x months table: %s", byMonth.summary());
        reportTo(FILE, "Co-occurrence in the same passage: %s; of overlapping spans: %s", together.summary(),
                overlapping.summary());
        reportTo(FILE, "For comparison: reading every coding's span (what the co-occurrence table read before the"
                + " database counted it; the co-occurring segments still do): %s", spans.summary());
        reportTo(FILE, "One claim type's first 200 coded segments with quotes: %s", segments.summary());
    }

    @Test
    @Order(3)
    void timeTheAgreementOverviewAfterOneNewCoding() throws Exception {
        long project = Long.parseLong(BenchmarkFiles.state(STATE).getProperty("project"));
        long document = as(SUPERVISOR, TENANT, () -> documents.listDocuments(project)).get(0).id();
        PassageView passage = as(SUPERVISOR, TENANT, () -> documents.passages(document)).get(1);
        long type = as(SUPERVISOR, TENANT, () -> codebooks.view(project)).claimTypes().stream()
                .filter(c -> c.draft().codable()).findFirst().orElseThrow().id();
        as(SUPERVISOR, TENANT, () -> agreement.overview(project, "krippendorff-alpha-nominal"));
        Timings afterChange = new Timings();
        Timings overviewAtOnce = new Timings();
        Timings reportAtOnce = new Timings();
        Timings untilComplete = new Timings();
        for (int run = 0; run < 6; run++) {
            int from = passage.start() + run;
            as("search-coder-1", TENANT, () -> codings.code(document, passage.id(), type, from, from + 3));
            long t = System.nanoTime();
            if (run < 3) {
                // what the pages did before: everything with its intervals before the page answers
                as(SUPERVISOR, TENANT, () -> agreement.overview(project, "krippendorff-alpha-nominal"));
                afterChange.record(t);
                continue;
            }
            as(SUPERVISOR, TENANT, () -> agreement.overviewAtOnce(project, "krippendorff-alpha-nominal"));
            overviewAtOnce.record(t);
            t = System.nanoTime();
            as(SUPERVISOR, TENANT, () -> agreement.reportAtOnce(project, "krippendorff-alpha-nominal"));
            reportAtOnce.record(t);
            while (!as(SUPERVISOR, TENANT, () -> agreement.reportAtOnce(project, "krippendorff-alpha-nominal"))
                    .complete()) {
                Thread.sleep(50);
            }
            untilComplete.record(t);
        }
        reportTo(FILE, "Agreement overview (alpha overall and per claim type with intervals) right after one new"
                + " coding: %s", afterChange.summary());
        reportTo(FILE, "Dashboard's overview at once (figures; intervals follow) right after one new coding: %s",
                overviewAtOnce.summary());
        reportTo(FILE, "Agreement page's full report at once right after one new coding: %s", reportAtOnce.summary());
        reportTo(FILE, "Until the full report's intervals are there (computed in the background): %s",
                untilComplete.summary());
    }

    private static void record(Timings timings, int run, long started) {
        if (run >= 3) {
            timings.record(started);
        }
    }

    /** Whether an earlier run's project is still in this database (the tests' database survives without clean). */
    private boolean alreadySeeded() {
        try {
            long project = Long.parseLong(BenchmarkFiles.state(STATE).getProperty("project"));
            return as(SUPERVISOR, TENANT, () -> projects.listProjects()).stream().anyMatch(p -> p.id() == project);
        } catch (Exception e) {
            return false;
        }
    }
}
