package org.concordia.export.model;

import java.io.Serializable;
import java.util.List;
import org.concordia.tenancy.model.ProjectSummary;

/** What importing a .qdpx created: the project, how many documents, claim types and codings, and anything odd. */
public record ProjectImportResult(ProjectSummary project, int documents, int claimTypes, int codings,
        List<String> notes) implements Serializable {
}
