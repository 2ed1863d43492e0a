package org.concordia.consensus.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.service.AssignmentService;
import org.concordia.coding.service.CodingService;
import org.concordia.consensus.model.AgreementReport;
import org.concordia.consensus.model.AgreementResult;
import org.concordia.consensus.model.ReliabilityData;
import org.concordia.consensus.service.measures.AgreementMeasure;
import org.concordia.consensus.service.measures.AgreementMeasures;
import org.concordia.consensus.service.measures.Bootstrap;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.tenancy.model.TenantRole;
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
    CodingService codings;

    @Inject
    AssignmentService assignments;

    @Inject
    TenantAccess access;

    public List<AgreementMeasure> measures() {
        return measures.all();
    }

    public AgreementReport report(long projectId, String measureId) {
        access.require(TenantRole.SUPERVISOR, "see agreement");
        AgreementMeasure measure = measures.find(measureId)
                .orElseThrow(() -> new NotFoundException("There is no agreement measure " + measureId + "."));
        documents.project(projectId);
        List<ClaimTypeView> types = codebooks.view(projectId).claimTypes().stream()
                .filter(t -> t.draft().codable()).toList();
        Map<Long, List<String>> codersByDocument = assignments.codersByDocument(projectId);
        Map<Long, String> titles = documents.listDocuments(projectId).stream()
                .collect(Collectors.toMap(DocumentSummary::id, DocumentSummary::title));
        Set<String> allCoders = new TreeSet<>();
        List<Unit> units = new ArrayList<>();
        int documentsCompared = 0;
        for (Map.Entry<Long, List<String>> entry : codersByDocument.entrySet()) {
            if (entry.getValue().size() < 2) {
                continue;
            }
            documentsCompared++;
            allCoders.addAll(entry.getValue());
            units.addAll(unitsOf(entry.getKey(), entry.getValue(), types));
        }
        List<String> coders = List.copyOf(allCoders);
        ReliabilityData all = data(coders, units);
        String note = documentsCompared == 0
                ? "No document is assigned to two or more coders yet: assign each document to k coders first."
                : null;

        List<AgreementReport.Row> byType = new ArrayList<>();
        for (ClaimTypeView type : types) {
            byType.add(new AgreementReport.Row(type.id(), type.name(), type.draft().colour(),
                    withInterval(measure, data(coders, units.stream().filter(u -> u.claimType == type.id()).toList()))));
        }
        List<AgreementReport.Row> byDocument = new ArrayList<>();
        for (Long document : codersByDocument.keySet()) {
            if (codersByDocument.get(document).size() >= 2) {
                byDocument.add(new AgreementReport.Row(document, titles.getOrDefault(document, "#" + document), null,
                        measure.compute(data(coders, units.stream().filter(u -> u.document == document).toList()))));
            }
        }
        List<AgreementReport.PairRow> pairs = new ArrayList<>();
        for (String a : coders) {
            List<AgreementResult> row = new ArrayList<>();
            for (String b : coders) {
                row.add(a.equals(b) ? null : measure.compute(all.forCoders(a, b)));
            }
            pairs.add(new AgreementReport.PairRow(a, row));
        }
        return new AgreementReport(measure.id(), measure.label(), withInterval(measure, all), byType, byDocument,
                coders, pairs, documentsCompared, note);
    }

    private static AgreementResult withInterval(AgreementMeasure measure, ReliabilityData data) {
        return Bootstrap.withInterval(measure, data, measure.compute(data), REPLICATES, Bootstrap.DEFAULT_SEED);
    }

    /** One unit per codable passage and claim type; each assigned coder applied the type there or not. */
    private List<Unit> unitsOf(long documentId, List<String> coders, List<ClaimTypeView> types) {
        Set<Long> passages = new TreeSet<>(documents.codablePassageIds(documentId));
        Set<String> applied = codings.codingsOf(documentId).stream()
                .map(c -> c.passageId() + "/" + c.claimTypeId() + "/" + c.coder())
                .collect(Collectors.toSet());
        List<Unit> units = new ArrayList<>();
        for (long passage : passages) {
            for (ClaimTypeView type : types) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String coder : coders) {
                    values.put(coder, applied.contains(passage + "/" + type.id() + "/" + coder) ? APPLIED
                            : NOT_APPLIED);
                }
                units.add(new Unit(documentId, type.id(),
                        new ReliabilityData.Unit(documentId + "/" + passage + "/" + type.id(), values)));
            }
        }
        return units;
    }

    private static ReliabilityData data(List<String> coders, List<Unit> units) {
        return new ReliabilityData(coders, units.stream().map(u -> u.unit).toList(), List.of(NOT_APPLIED, APPLIED));
    }

    /** A unit with what it belongs to, for the breakdowns. */
    private record Unit(long document, long claimType, ReliabilityData.Unit unit) {
    }
}
