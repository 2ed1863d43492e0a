package org.concordia.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concordia.benchmark.BenchmarkFiles.reportTo;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.concordia.documents.PdfFixture;
import org.concordia.documents.model.ImportOutcome;
import org.concordia.documents.model.PassageKind;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantDirectory;
import org.concordia.testsupport.ClassroomFixture;
import org.concordia.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #14's import figures, measured, not asserted: 100 journal articles of 20 pages with footnotes, set as PDFs
 * with PDFBox and imported in one zip through the importer as a supervisor would (layout clean-up, notes, stored
 * decisions); and a 19 MB hard-wrapped text with page numbers (near the 20 million characters a document may
 * have), imported alone, with the heap in use sampled every 50 ms during the import. Figures in {@code target/benchmarks/import-speed.txt}.
 */
@ExtendWith(ArquillianExtension.class)
class ImportSpeedBenchmark {

    private static final int ARTICLES = 100;
    private static final int PARAGRAPHS_PER_ARTICLE = 130;
    private static final String FILE = "import-speed.txt";

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordiaForServiceTests().addClasses(SyntheticReport.class, Timings.class,
                BenchmarkFiles.class, PdfFixture.class);
    }

    @Inject
    DocumentImporter importer;

    @Inject
    DocumentService documents;

    @Inject
    ProjectService projects;

    @Inject
    TenantDirectory directory;

    @Test
    void aHundredTwentyPagePdfsInOneZip() throws Exception {
        ClassroomFixture classroom = ClassroomFixture.open(directory, projects);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        int pages = 0;
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            for (int a = 0; a < ARTICLES; a++) {
                byte[] pdf = article(a).toPdf();
                pages += pageCount(pdf);
                zip.putNextEntry(new ZipEntry("article-" + a + ".pdf"));
                zip.write(pdf);
                zip.closeEntry();
            }
        }
        long started = System.nanoTime();
        List<ImportOutcome> outcomes = classroom.asSupervisor(() -> importer.importUpload(classroom.project(),
                "articles.zip", zipped.toByteArray(), SourceType.JOURNAL_ARTICLE));
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(outcomes).allMatch(o -> o.result() == ImportOutcome.Result.IMPORTED);
        long notes = classroom.asSupervisor(() -> documents.passages(outcomes.get(0).documentId())).stream()
                .filter(p -> p.kind() == PassageKind.NOTE).count();
        reportTo(FILE, "%d PDFs, %d pages, %.1f MB zipped: imported in %.1f s, %.0f ms per page, %.2f s per"
                + " article (first article: %d passages, %d notes)", ARTICLES, pages, zipped.size() / 1e6, seconds,
                seconds * 1000 / pages, seconds / ARTICLES, outcomes.get(0).passages(), notes);
    }

    @Test
    void aTwentyMegabyteText() throws Exception {
        ClassroomFixture classroom = ClassroomFixture.open(directory, projects);
        String text = hardWrapped(19 * 1000 * 1000);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long started = System.nanoTime();
        List<ImportOutcome> outcome = classroom.asSupervisor(() -> importer.importUpload(classroom.project(),
                "big-report.txt", bytes, SourceType.THINK_TANK_REPORT));
        double seconds = (System.nanoTime() - started) / 1e9;
        running.set(false);
        sampler.join();
        assertThat(outcome.get(0).result()).as(outcome.get(0).message()).isEqualTo(ImportOutcome.Result.IMPORTED);
        reportTo(FILE, "Text of %.1f MB (%d lines, a page number every 50): imported in %.1f s (%.1f MB/s), %d"
                + " passages; heap in use rose from %d MB to at most %d MB (max heap %d MB)", bytes.length / 1e6,
                text.lines().count(), seconds, bytes.length / 1e6 / seconds, outcome.get(0).passages(),
                baseline >> 20, peak.get() >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
    }

    private static PdfFixture article(int seed) {
        PdfFixture pdf = PdfFixture.article().runningHeader("Journal of Regional Affairs, Vol. " + (seed % 30)
                + ", No. 2").runningFooter("Downloaded from example.org").hyphenated();
        for (int n = 1; n <= 9; n++) {
            pdf.note("Interview " + n + " with an official, Baghdad, " + (n + 1) + " May 2020; see Waltz, 1979, p. "
                    + (100 + n) + ".");
        }
        pdf.heading("Article " + seed + ": bargaining over the premiership");
        String body = SyntheticReport.ofWords(PARAGRAPHS_PER_ARTICLE * 90, seed).replaceAll("(?m)^[-*] ", "");
        int paragraph = 0;
        int marker = 1;
        for (String block : body.split("\n\n")) {
            if (paragraph++ >= PARAGRAPHS_PER_ARTICLE) {
                break;
            }
            if (block.startsWith("Section")) {
                pdf.heading(block.strip());
            } else if (paragraph % 7 == 0 && marker <= 9) {
                pdf.paragraph(block.replace("\n", " ").replaceFirst("\\. ", ".^" + marker++ + " "));
            } else {
                pdf.paragraph(block.replace("\n", " "));
            }
        }
        return pdf;
    }

    private static int pageCount(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Text wrapped at 72 columns with a page number line every 50 lines, up to {@code bytes}. */
    private static String hardWrapped(int bytes) {
        StringBuilder out = new StringBuilder(bytes + 1000);
        int page = 1;
        int lines = 0;
        long seed = 1;
        while (out.length() < bytes) {
            for (String paragraph : SyntheticReport.ofWords(20_000, seed++).split("\n\n")) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.replace('\n', ' ').split(" ")) {
                    if (line.length() + word.length() + 1 > 72) {
                        out.append(line).append('\n');
                        line.setLength(0);
                        if (++lines % 50 == 0) {
                            out.append('\n').append(page++).append("\n\n");
                        }
                    }
                    line.append(line.length() == 0 ? "" : " ").append(word);
                }
                out.append(line).append("\n\n");
                if (out.length() >= bytes) {
                    break;
                }
            }
        }
        return out.toString();
    }
}
