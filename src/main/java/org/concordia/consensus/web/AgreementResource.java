package org.concordia.consensus.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.concordia.consensus.model.AgreementReport;
import org.concordia.consensus.service.AgreementService;
import org.concordia.consensus.service.measures.AgreementMeasure;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.tenancy.service.ProjectService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/tenants/<slug>/projects/<id>/agreement}: inter-coder agreement as the agreement page computes it,
 * every alpha and kappa with its seeded 95% bootstrap interval. Supervisors only.
 */
@Path("tenants/{tenant}/projects/{project}/agreement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreement")
public class AgreementResource {

    /** A measure the agreement can be computed by. */
    public record Measure(String id, String label, String description) {
    }

    @Inject
    AgreementService agreement;

    @Inject
    ProjectService projects;

    @PathParam("project")
    long project;

    @GET
    @Operation(summary = "Compute agreement (supervisors)", description = "measure: one of GET .../agreement/measures"
            + " (default Krippendorff's alpha, nominal); detail: full (per claim type, document, coder pair,"
            + " codebook version and attribute, and unitizing alpha) or overview (without the per-document,"
            + " unitizing and attribute breakdowns; faster). Values are null where undefined, with the reason in"
            + " explanation; intervals give level, lower, upper, replicates and seed.")
    public AgreementReport compute(@QueryParam("measure") @DefaultValue("krippendorff-alpha-nominal") String measure,
            @QueryParam("detail") @DefaultValue("full") String detail) {
        if (agreement.measures().stream().noneMatch(m -> m.id().equals(measure))) {
            throw new InvalidInputException("error.consensus.thereIsNoAgreementMeasure2", measure);
        }
        return switch (detail) {
            case "full" -> agreement.report(project, measure);
            case "overview" -> agreement.overview(project, measure);
            default -> throw new InvalidInputException("error.consensus.detailIsFullOrOverview", detail);
        };
    }

    @GET
    @Path("measures")
    @Operation(summary = "The measures agreement can be computed by")
    public List<Measure> measures() {
        projects.project(project); // the project the path names must exist for the caller
        return agreement.measures().stream().map(AgreementResource::describe).toList();
    }

    private static Measure describe(AgreementMeasure measure) {
        return new Measure(measure.id(), measure.label(), measure.description());
    }
}
