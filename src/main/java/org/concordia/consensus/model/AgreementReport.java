package org.concordia.consensus.model;

import java.io.Serializable;
import java.util.List;

/**
 * Agreement in a project by one measure: overall, per claim type, per document and per pair of coders. Units are
 * (passage, claim type) pairs: each coder assigned to the document either applied the claim type in the passage
 * or did not; coders not assigned to a document are missing there. Unitizing alpha compares the spans themselves,
 * passage by passage; attribute rows compare the attribute values of codings of the same claim type.
 * {@code intervalsPending} is null once the report is complete; while its intervals are still being computed in
 * the background it says how far that is, and the results carry no interval yet.
 */
public record AgreementReport(String measureId, String measureLabel, AgreementResult overall,
        List<Row> byClaimType, List<Row> byDocument, List<String> coders, List<PairRow> coderPairs,
        int documents, String note, AgreementResult unitizing, List<Row> unitizingByClaimType,
        List<AttributeRow> byAttribute, List<Row> byCodebookVersion, IntervalProgress intervalsPending)
        implements Serializable {

    /** The same figures, marked as waiting for their intervals. */
    public AgreementReport withIntervalsPending(IntervalProgress progress) {
        return new AgreementReport(measureId, measureLabel, overall, byClaimType, byDocument, coders, coderPairs,
                documents, note, unitizing, unitizingByClaimType, byAttribute, byCodebookVersion, progress);
    }

    public boolean complete() {
        return intervalsPending == null;
    }

    /**
     * Agreement on one attribute of a claim type, where two or more coders applied the type to the same passage
     * and filled the attribute in: Krippendorff's alpha at the attribute's level of measurement.
     */
    public record AttributeRow(String claimType, String colour, String attribute, String level,
            AgreementResult result) implements Serializable {
    }

    /** One line of a breakdown: what it is about and the result there. */
    public record Row(long id, String label, String colour, AgreementResult result) implements Serializable {
    }

    /** One row of the coder-pair matrix: a coder and their result with each coder, in {@link #coders} order. */
    public record PairRow(String coder, List<AgreementResult> withCoders) implements Serializable {
    }
}
