package org.concordia.claims.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.concordia.claims.model.LedgerEntry;
import org.concordia.claims.model.VerdictKind;
import org.concordia.claims.model.VerdictView;
import org.concordia.claims.service.ReconciliationService;
import org.concordia.platform.api.RequestBodies;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.TenantAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/tenants/<slug>/projects/<id>/ledger}: the conflicting accounts ledger over HTTP, for supervisors:
 * propositions with their claims, the conflicts between sources and the verdicts, and new verdicts.
 */
@Path("tenants/{tenant}/projects/{project}/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger")
public class LedgerResource {

    /**
     * A verdict on the proposition {@code key} (as the ledger gives it): {@code kind}, the claim a RESOLVED verdict
     * favours ({@code favouredClaim}, a claim's codingId), a rationale and a confidence (low, medium or high).
     */
    public record NewVerdict(@NotBlank @Size(max = 1000) String key, @NotNull VerdictKind kind, Long favouredClaim,
            @Size(max = 4000) String rationale, @Size(max = 100) String confidence) {
    }

    @Inject
    ReconciliationService reconciliation;

    @Inject
    TenantAccess access;

    @Inject
    RequestBodies bodies;

    @PathParam("project")
    long project;

    @GET
    @Operation(summary = "Every proposition with its claims, conflicts and verdicts; with ?key= only that one")
    public List<LedgerEntry> ledger(@QueryParam("key") String key) {
        return key == null ? reconciliation.ledger(project) : List.of(reconciliation.entry(project, key));
    }

    @POST
    @Path("verdicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a verdict on a proposition as its claims are now")
    public VerdictView decide(NewVerdict verdict) {
        access.require(TenantRole.SUPERVISOR, "record verdicts");
        bodies.valid(verdict);
        return reconciliation.decide(project, verdict.key(), verdict.kind(), verdict.favouredClaim(),
                verdict.rationale(), verdict.confidence());
    }
}
