package org.concordia.analysis.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.concordia.analysis.model.CrossTable;
import org.concordia.analysis.model.Dimension;
import org.concordia.analysis.model.SegmentQuery;
import org.concordia.analysis.model.Segments;
import org.concordia.analysis.service.AnalysisService;
import org.concordia.platform.errors.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/tenants/<slug>/projects/<id>/analysis}: what the Analyse page shows, as JSON. Supervisors get
 * everybody's codings, a coder her own (coding is blind).
 */
@Path("tenants/{tenant}/projects/{project}/analysis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analysis")
public class AnalysisResource {

    @Inject
    AnalysisService analysis;

    @PathParam("project")
    long project;

    @GET
    @Path("segments")
    @Operation(summary = "Coded segments with their quotes", description = "type: claim type ids, repeated (none:"
            + " all); descendants=true adds the claim types below them; by (DOCUMENT, OUTLET, AUTHOR, SOURCE_TYPE,"
            + " YEAR, MONTH) with value (a document id, an outlet, \"2020\", \"2020-05\"; empty: documents that give"
            + " none) keeps the documents with that detail; coder (supervisors) one coder's; together=true only"
            + " passages where one coder applied every chosen claim type (overlapping=true: to overlapping spans)."
            + " At most limit (1 to 1000, default 200) segments, in document and text order, with the total.")
    public Segments segments(@QueryParam("type") List<Long> types,
            @QueryParam("descendants") @DefaultValue("false") boolean descendants,
            @QueryParam("by") String by, @QueryParam("value") String value, @QueryParam("coder") String coder,
            @QueryParam("together") @DefaultValue("false") boolean together,
            @QueryParam("overlapping") @DefaultValue("false") boolean overlapping,
            @QueryParam("limit") @DefaultValue("200") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("error.analysis.limitBetween", 1, 1000);
        }
        Dimension dimension = by == null ? null : dimension(by);
        return analysis.segments(project, new SegmentQuery(types == null ? Set.of() : Set.copyOf(types), descendants,
                dimension, value == null ? "" : value, coder, together, overlapping), limit);
    }

    @GET
    @Path("codes")
    @Operation(summary = "Claim types by document or document detail", description = "by: DOCUMENT (default),"
            + " OUTLET, AUTHOR, SOURCE_TYPE, YEAR or MONTH (every period from the first to the last). Rows are"
            + " documents or detail values (key \"\" for documents that give none), columns claim types; each"
            + " cell has its count and a heat level from 0 to 5.")
    public CrossTable codes(@QueryParam("by") @DefaultValue("DOCUMENT") String by) {
        return analysis.codesBy(project, dimension(by));
    }

    @GET
    @Path("co-occurrence")
    @Operation(summary = "Claim types applied together", description = "For every two claim types, in how many"
            + " passages one coder applied both (overlapping=true: to spans that share text); on the diagonal, the"
            + " passages with the claim type.")
    public CrossTable coOccurrence(@QueryParam("overlapping") @DefaultValue("false") boolean overlapping) {
        return analysis.coOccurrence(project, overlapping);
    }

    private static Dimension dimension(String name) {
        return Arrays.stream(Dimension.values()).filter(d -> d.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException("error.analysis.noSuchDimension", name,
                        Arrays.toString(Dimension.values())));
    }
}
