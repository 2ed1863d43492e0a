package org.concordia.consensus.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.AttributeType;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.AssignmentService;
import org.concordia.consensus.model.AgreementReport;
import org.concordia.consensus.model.AgreementResult;
import org.concordia.consensus.model.AgreementSnapshot;
import org.concordia.consensus.model.ReliabilityData;
import org.concordia.consensus.model.SnapshotView;
import org.concordia.consensus.model.SpanData;
import org.concordia.consensus.persistence.SnapshotRepository;
import org.concordia.consensus.service.measures.AgreementMeasure;
import org.concordia.consensus.service.measures.AgreementMeasures;
import org.concordia.consensus.service.measures.Bootstrap;
import org.concordia.consensus.service.measures.KrippendorffAlpha.Metric;
import org.concordia.consensus.service.measures.KrippendorffAlpha;
import org.concordia.consensus.service.measures.UnitizingAlpha;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.NoTenantRoleRequired;
import org.concordia.tenancy.service.RequiresTenantRole;
import org.concordia.tenancy.service.TenantAccess;

/**
 * Computes how far a project's coders agree: the reliability data are built from the assignments and codings of
 * the project's documents, then handed to a measure from {@link AgreementMeasures}, with bootstrap intervals.
 */
@ApplicationScoped
@Transactional
public class AgreementService {

    static final String APPLIED = "applied";
    static final String NOT_APPLIED = "not applied";
    private static final int REPLICATES = 500;

    @Inject
    AgreementMeasures measures;

    @Inject
    DocumentService documents;

    @Inject
    CodebookService codebooks;

    @Inject
    AssignmentService assignments;

    @Inject
    TenantAccess access;

    @Inject
    SnapshotRepository snapshots;

    @Inject
    ComputedFigures figures;

    @Inject
    AgreementInputs inputs;

    @NoTenantRoleRequired("the list of agreement coefficients, the same for everybody")
    public List<AgreementMeasure> measures() {
        return measures.all();
    }

    /** Everything the agreement page shows, for one measure. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see agreement")
    public AgreementReport report(long projectId, String measureId) {
        return report(projectId, measureId, true);
    }

    /**
     * What the monitoring dashboard shows: overall, per claim type, per coder pair and per codebook version, without
     * the per-document, unitizing and attribute breakdowns of the agreement page.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see agreement")
    public AgreementReport overview(long projectId, String measureId) {
        return report(projectId, measureId, false);
    }

    /**
     * What the agreement page shows at once: the report if it is known for the current data; else, within a
     * fraction of the time, the same figures without their 95% intervals, which are computed in the background
     * ({@link AgreementReport#intervalsPending()} says how far): look again to get them.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see agreement")
    public AgreementReport reportAtOnce(long projectId, String measureId) {
        return atOnce(projectId, measureId, true);
    }

    /** The {@link #overview} at once, its intervals computed in the background as for {@link #reportAtOnce}. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see agreement")
    public AgreementReport overviewAtOnce(long projectId, String measureId) {
        return atOnce(projectId, measureId, false);
    }

    private AgreementReport report(long projectId, String measureId, boolean full) {
        access.require(TenantRole.SUPERVISOR, "see agreement");
        AgreementMeasure measure = measure(measureId);
        documents.project(projectId);
        return figures.get(kind(measure, full), projectId,
                () -> compute(projectId, measure, full, Intervals.computed()));
    }

    private AgreementReport atOnce(long projectId, String measureId, boolean full) {
        access.require(TenantRole.SUPERVISOR, "see agreement");
        AgreementMeasure measure = measure(measureId);
        documents.project(projectId);
        ComputedFigures.Look<AgreementReport, Intervals> look = figures.lookAtOnce(kind(measure, full), projectId,
                () -> compute(projectId, measure, full, Intervals.left()), Intervals::computed,
                intervals -> compute(projectId, measure, full, intervals));
        return look.complete() ? look.value() : look.value().withIntervalsPending(look.tracker().progress());
    }

    private static String kind(AgreementMeasure measure, boolean full) {
        return (full ? "report/" : "overview/") + measure.id();
    }

    private AgreementReport compute(long projectId, AgreementMeasure measure, boolean full, Intervals intervals) {
        Study study = study(projectId);
        List<ClaimTypeView> types = study.types();
        Map<Long, List<String>> codersByDocument = study.codersByDocument();
        Map<Long, String> titles = study.titles();
        List<String> coders = study.coders();
        List<Unit> units = study.units();
        Gathered gathered = study.gathered();
        int documentsCompared = study.documentsCompared();
        ReliabilityData all = data(coders, units);
        SpanData spans = new SpanData(gathered.sections);
        String note = documentsCompared == 0
                ? "No document is assigned to two or more coders yet: assign each document to k coders first."
                : null;
        UnitizingAlpha unitizing = full ? UnitizingAlpha.of(spans) : null;
        intervals.expect(1 + types.size() + (full ? coders.size() * (coders.size() - 1) / 2 + 1
                + unitizing.categories().size() + attributeCount(types) : 0)
                + (study.versions() > 1 ? study.versions() : 0));

        List<AgreementReport.Row> byType = new ArrayList<>();
        Map<Long, List<Unit>> unitsByType = units.stream().collect(Collectors.groupingBy(Unit::claimType));
        for (ClaimTypeView type : types) {
            byType.add(new AgreementReport.Row(type.id(), type.name(), type.draft().colour(),
                    intervals.of(measure, data(coders, unitsByType.getOrDefault(type.id(), List.of())))));
        }
        List<AgreementReport.Row> byDocument = new ArrayList<>();
        Map<Long, List<Unit>> unitsByDocument = units.stream().collect(Collectors.groupingBy(Unit::document));
        for (Long document : codersByDocument.keySet()) {
            if (full && codersByDocument.get(document).size() >= 2) {
                byDocument.add(new AgreementReport.Row(document, titles.getOrDefault(document, "#" + document), null,
                        measure.compute(data(coders, unitsByDocument.getOrDefault(document, List.of())))));
            }
        }
        List<AgreementReport.PairRow> pairs = new ArrayList<>();
        for (String a : coders) {
            List<AgreementResult> row = new ArrayList<>();
            for (String b : coders) {
                if (a.equals(b)) {
                    row.add(null);
                } else if (b.compareTo(a) < 0) {
                    row.add(pairs.get(coders.indexOf(b)).withCoders().get(coders.indexOf(a)));
                } else {
                    ReliabilityData pair = all.forCoders(a, b);
                    row.add(full ? intervals.of(measure, pair) : measure.compute(pair));
                }
            }
            pairs.add(new AgreementReport.PairRow(a, row));
        }
        AgreementResult overall = intervals.of(measure, all);
        List<AgreementReport.Row> versions = byVersion(measure, coders, units, gathered, overall, intervals);
        if (!full) {
            return new AgreementReport(measure.id(), measure.label(), overall, byType, byDocument, coders, pairs,
                    documentsCompared, note, AgreementResult.undefined(UnitizingAlpha.LABEL,
                            "Not part of the overview: see the agreement page.", 0, coders.size()),
                    List.of(), List.of(), versions, null);
        }
        List<AgreementReport.Row> unitizingByType = new ArrayList<>();
        for (ClaimTypeView type : types) {
            if (unitizing.categories().contains(String.valueOf(type.id()))) {
                unitizingByType.add(new AgreementReport.Row(type.id(), type.name(), type.draft().colour(),
                        intervals.of(unitizing, String.valueOf(type.id()))));
            }
        }
        return new AgreementReport(measure.id(), measure.label(), overall, byType, byDocument, coders, pairs,
                documentsCompared, note, intervals.of(unitizing, null), unitizingByType,
                attributeRows(types, coders, gathered.attributeValues, intervals), versions, null);
    }

    private static int attributeCount(List<ClaimTypeView> types) {
        return types.stream().mapToInt(t -> t.draft().attributes().size()).sum();
    }

    /**
     * Whether a computation gives 95% intervals (500 bootstrap resamples each) or leaves them out, and how many of
     * them it has computed so far: the background computation's tracker.
     */
    static final class Intervals {
        private final boolean computed;
        private final java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        private volatile int total;

        private Intervals(boolean computed) {
            this.computed = computed;
        }

        static Intervals computed() {
            return new Intervals(true);
        }

        static Intervals left() {
            return new Intervals(false);
        }

        void expect(int intervals) {
            total = intervals;
        }

        AgreementResult of(AgreementMeasure measure, ReliabilityData data) {
            if (!computed) {
                return measure.compute(data);
            }
            AgreementResult result = withInterval(measure, data);
            done.incrementAndGet();
            return result;
        }

        /** Unitizing alpha of one category, or of all for null. */
        AgreementResult of(UnitizingAlpha unitizing, String category) {
            if (!computed) {
                return category == null ? unitizing.overall() : unitizing.of(category);
            }
            AgreementResult result = category == null
                    ? unitizing.overallWithInterval(REPLICATES, Bootstrap.DEFAULT_SEED)
                    : unitizing.withInterval(category, REPLICATES, Bootstrap.DEFAULT_SEED);
            done.incrementAndGet();
            return result;
        }

        org.concordia.consensus.model.IntervalProgress progress() {
            int expected = total;
            return new org.concordia.consensus.model.IntervalProgress(Math.min(done.get(), expected), expected);
        }
    }

    /**
     * Computes the project's overall figure by {@code measureId} and keeps it with its data, so that it can be
     * computed again later from exactly these data, whatever happens to the codings since.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "save agreement snapshots", writes = true)
    public SnapshotView snapshot(long projectId, String measureId, String label) {
        AgreementMeasure measure = measure(measureId);
        Study study = study(projectId);
        ReliabilityData data = data(study.coders(), study.units());
        AgreementResult result = withInterval(measure, data);
        AgreementSnapshot snapshot = new AgreementSnapshot(projectId, measure.id(), label,
                codebooks.view(projectId).version(), study.coders(), result, REPLICATES, Bootstrap.DEFAULT_SEED,
                data.scale(), SnapshotData.write(data), access.currentUser().username());
        snapshots.add(snapshot);
        return snapshot.view();
    }

    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see agreement")
    public List<SnapshotView> snapshots(long projectId) {
        documents.project(projectId);
        return snapshots.forProject(projectId).stream().map(AgreementSnapshot::view).toList();
    }

    /** The snapshot's reliability data as CSV: one row per unit, one column per coder, empty where missing. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see agreement")
    public String snapshotData(long snapshotId) {
        return existingSnapshot(snapshotId).getDataCsv();
    }

    /** Computes the snapshot's figure again from its stored data, measure, replicates and seed. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "see agreement")
    public AgreementResult reproduce(long snapshotId) {
        AgreementSnapshot snapshot = existingSnapshot(snapshotId);
        SnapshotView view = snapshot.view();
        AgreementMeasure measure = measure(snapshot.getMeasureId());
        ReliabilityData data = SnapshotData.read(snapshot.getDataCsv(), snapshot.scale());
        return Bootstrap.withInterval(measure, data, measure.compute(data), view.replicates(), view.seed());
    }

    private AgreementSnapshot existingSnapshot(long snapshotId) {
        return snapshots.find(snapshotId)
                .orElseThrow(() -> new NotFoundException("error.consensus.thisAgreementSnapshotDoesNot"));
    }

    private AgreementMeasure measure(String measureId) {
        access.require(TenantRole.SUPERVISOR, "see agreement");
        return measures.find(measureId)
                .orElseThrow(() -> new NotFoundException("error.consensus.thereIsNoAgreementMeasure", measureId));
    }

    /** The reliability data of a project: the compared documents' coders and units, and what goes with them. */
    private Study study(long projectId) {
        documents.project(projectId);
        List<ClaimTypeView> types = codebooks.view(projectId).claimTypes().stream()
                .filter(t -> t.draft().codable()).toList();
        Map<Long, List<String>> codersByDocument = assignments.codersByDocument(projectId);
        Map<Long, String> titles = documents.listDocuments(projectId).stream()
                .collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::title));
        Set<String> allCoders = new TreeSet<>();
        List<Unit> units = new ArrayList<>();
        Gathered gathered = new Gathered();
        int documentsCompared = 0;
        List<Long> compared = codersByDocument.entrySet().stream().filter(e -> e.getValue().size() >= 2)
                .map(Map.Entry::getKey).toList();
        Map<Long, AgreementInputs.Inputs> inputs = this.inputs.of(projectId, compared);
        for (long document : compared) {
            List<String> coders = codersByDocument.get(document);
            documentsCompared++;
            allCoders.addAll(coders);
            units.addAll(unitsOf(document, coders, types, inputs.get(document), gathered));
        }
        return new Study(types, codersByDocument, titles, List.copyOf(allCoders), units, gathered,
                documentsCompared);
    }

    private record Study(List<ClaimTypeView> types, Map<Long, List<String>> codersByDocument,
            Map<Long, String> titles, List<String> coders, List<Unit> units, Gathered gathered,
            int documentsCompared) {

        /** How many codebook versions the compared documents were coded with: one figure each, by version. */
        int versions() {
            return (int) gathered.versions.values().stream().distinct().count();
        }
    }

    /**
     * One row per attribute of each claim type: units are the passages where two or more coders applied the type,
     * each coder's value the attribute of their first coding of it there (compared ignoring case and spacing).
     */
    private List<AgreementReport.AttributeRow> attributeRows(List<ClaimTypeView> types, List<String> coders,
            Map<String, Map<String, String>> values, Intervals intervals) {
        List<AgreementReport.AttributeRow> rows = new ArrayList<>();
        for (ClaimTypeView type : types) {
            for (AttributeField field : type.draft().attributes()) {
                Metric metric = Metric.valueOf(field.level().name());
                String prefix = type.id() + "/" + field.name() + "/";
                Map<String, Map<String, String>> byUnit = new LinkedHashMap<>();
                values.forEach((key, byCoder) -> {
                    if (key.startsWith(prefix)) {
                        byUnit.put(key, byCoder);
                    }
                });
                if (byUnit.isEmpty()) {
                    continue;
                }
                List<ReliabilityData.Unit> units = byUnit.entrySet().stream()
                        .map(e -> new ReliabilityData.Unit(e.getKey(), comparable(field, e.getValue()))).toList();
                List<String> scale = field.orderedScale().stream().map(AgreementService::normalised).toList();
                KrippendorffAlpha alpha = new KrippendorffAlpha(metric);
                rows.add(new AgreementReport.AttributeRow(type.name(), type.draft().colour(), field.name(),
                        metric.name().toLowerCase(java.util.Locale.ROOT),
                        intervals.of(alpha, new ReliabilityData(coders, units, scale))));
            }
        }
        return rows;
    }

    /** Numbers as numbers ("1,000", "1000.0" and "1000" are one value); other values as gathered. */
    private static Map<String, String> comparable(AttributeField field, Map<String, String> byCoder) {
        if (field.type() != AttributeType.NUMBER) {
            return byCoder;
        }
        Map<String, String> numbers = new LinkedHashMap<>();
        byCoder.forEach((coder, value) -> {
            try {
                numbers.put(coder, new java.math.BigDecimal(value.replace(",", "")).stripTrailingZeros()
                        .toPlainString());
            } catch (NumberFormatException e) {
                numbers.put(coder, value);
            }
        });
        return numbers;
    }

    private static AgreementResult withInterval(AgreementMeasure measure, ReliabilityData data) {
        return Bootstrap.withInterval(measure, data, measure.compute(data), REPLICATES, Bootstrap.DEFAULT_SEED);
    }

    /**
     * One unit per codable passage and claim type; each assigned coder applied the type there or not. Also adds the
     * document's passages as sections of span data (spans relative to the passage) and each coder's first value of
     * every attribute per passage and claim type.
     */
    private static List<Unit> unitsOf(long documentId, List<String> coders, List<ClaimTypeView> types,
            AgreementInputs.Inputs inputs, Gathered gathered) {
        List<AgreementInputs.Bounds> codable = inputs.passages();
        Set<Long> passages = new TreeSet<>(codable.stream().map(AgreementInputs.Bounds::id).toList());
        List<CodingView> ofDocument = inputs.codings().stream().filter(c -> coders.contains(c.coder())).toList();
        // who applied which claim type in which passage, by passage and claim type
        Map<Long, Map<Long, Set<String>>> applied = new HashMap<>();
        for (CodingView coding : ofDocument) {
            applied.computeIfAbsent(coding.passageId(), p -> new HashMap<>())
                    .computeIfAbsent(coding.claimTypeId(), t -> new TreeSet<>()).add(coding.coder());
        }
        Map<Long, List<SpanData.Span>> spans = new HashMap<>();
        Map<Long, AgreementInputs.Bounds> byId = codable.stream()
                .collect(Collectors.toMap(AgreementInputs.Bounds::id, p -> p));
        for (CodingView coding : ofDocument) {
            AgreementInputs.Bounds passage = byId.get(coding.passageId());
            if (passage == null) {
                continue;
            }
            spans.computeIfAbsent(passage.id(), p -> new ArrayList<>()).add(new SpanData.Span(coding.coder(),
                    String.valueOf(coding.claimTypeId()), coding.start() - passage.start(),
                    coding.end() - passage.start()));
            gathered.versions.merge(documentId, coding.codebookVersion(), Math::max);
            coding.attributes().forEach((name, value) -> gathered.attributeValues
                    .computeIfAbsent(coding.claimTypeId() + "/" + name + "/" + documentId + "/" + passage.id(),
                            k -> new LinkedHashMap<>())
                    .putIfAbsent(coding.coder(), normalised(value)));
        }
        for (AgreementInputs.Bounds passage : codable) {
            gathered.sections.add(new SpanData.Section(documentId + "/" + passage.id(), passage.end() - passage.start(),
                    coders, spans.getOrDefault(passage.id(), List.of())));
        }
        List<Unit> units = new ArrayList<>();
        // a unit per passage and claim type, 700,000 for 1,000 documents: their values are one of a few patterns
        // (who applied the type there), each made once and shared
        Map<Set<String>, Map<String, String>> patterns = new HashMap<>();
        for (long passage : passages) {
            Map<Long, Set<String>> inPassage = applied.getOrDefault(passage, Map.of());
            for (ClaimTypeView type : types) {
                Map<String, String> values = patterns.computeIfAbsent(inPassage.getOrDefault(type.id(), Set.of()),
                        by -> valuesOf(coders, by));
                units.add(new Unit(documentId, type.id(),
                        new ReliabilityData.Unit(documentId + "/" + passage + "/" + type.id(), values)));
            }
        }
        return units;
    }

    /** Each coder's value of a unit: applied by {@code appliedBy}, not applied by the others. */
    private static Map<String, String> valuesOf(List<String> coders, Set<String> appliedBy) {
        Map<String, String> values = new HashMap<>();
        for (String coder : coders) {
            values.put(coder, appliedBy.contains(coder) ? APPLIED : NOT_APPLIED);
        }
        return Map.copyOf(values);
    }

    private static String normalised(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private static ReliabilityData data(List<String> coders, List<Unit> units) {
        return new ReliabilityData(coders, units.stream().map(u -> u.unit).toList(), List.of(NOT_APPLIED, APPLIED));
    }

    /**
     * Agreement per codebook version: each compared document counts under the latest version its codings were made
     * with, so a change of the codebook shows as a step from one version to the next.
     */
    private List<AgreementReport.Row> byVersion(AgreementMeasure measure, List<String> coders, List<Unit> units,
            Gathered gathered, AgreementResult overall, Intervals intervals) {
        Map<Integer, List<Unit>> byVersion = new java.util.TreeMap<>();
        for (Unit unit : units) {
            Integer version = gathered.versions.get(unit.document);
            if (version != null) {
                byVersion.computeIfAbsent(version, v -> new ArrayList<>()).add(unit);
            }
        }
        List<AgreementReport.Row> rows = new ArrayList<>();
        byVersion.forEach((version, ofVersion) -> rows.add(new AgreementReport.Row(version, "version " + version,
                null, ofVersion.size() == units.size() ? overall : intervals.of(measure, data(coders, ofVersion)))));
        return rows;
    }

    /** What the walk over the compared documents collects besides the units. */
    private static final class Gathered {
        final List<SpanData.Section> sections = new ArrayList<>();
        final Map<String, Map<String, String>> attributeValues = new LinkedHashMap<>();
        final Map<Long, Integer> versions = new HashMap<>();
    }

    /** A unit with what it belongs to, for the breakdowns. */
    private record Unit(long document, long claimType, ReliabilityData.Unit unit) {
    }
}
