package org.concordia.export.model;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.util.List;
import org.concordia.platform.text.Explanation;
import org.concordia.tenancy.model.ProjectSummary;

/**
 * What importing a .qdpx created: the project, how many documents, claim types and codings; what of the file was
 * left out, by kind; and notes on what was done differently from the file (in English for the API, and in any
 * language for the page).
 */
public record ProjectImportResult(ProjectSummary project, int documents, int claimTypes, int codings,
        List<LeftOut> leftOut, List<String> notes, @JsonbTransient List<Explanation> explainedNotes)
        implements Serializable {

    public ProjectImportResult(ProjectSummary project, int documents, int claimTypes, int codings,
            List<LeftOut> leftOut, List<Explanation> notes) {
        this(project, documents, claimTypes, codings, List.copyOf(leftOut),
                notes.stream().map(Explanation::english).toList(), List.copyOf(notes));
    }
}
