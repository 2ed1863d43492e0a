package org.concordia.consensus.web;

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
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.concordia.consensus.model.AdjudicationMethod;
import org.concordia.consensus.model.AdjudicationView;
import org.concordia.consensus.model.ConsensusState;
import org.concordia.consensus.model.GoldCodingDraft;
import org.concordia.consensus.model.PassageConsensus;
import org.concordia.consensus.model.PassageReview;
import org.concordia.consensus.model.ReviewFilter;
import org.concordia.consensus.service.PassageStateService;
import org.concordia.consensus.service.DiscussionService;
import org.concordia.consensus.service.AdjudicationService;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.api.RequestBodies;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.TenantAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/tenants/<slug>/projects/<id>/review}: the Review page over HTTP, for supervisors. The queue of passages
 * by consensus state, one passage side by side, its discussion and votes, and its settlement into the gold standard.
 */
@Path("tenants/{tenant}/projects/{project}/review")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class ReviewResource {

    /** A comment on a passage. */
    public record NewComment(@NotBlank @Size(max = 4000) String body) {
    }

    /** A vote: the coder whose version is right, or "none of them". */
    public record NewVote(@NotBlank @Size(max = 200) String choice) {
    }

    /**
     * How a passage is settled: {@code method} TAKEN with {@code takenFrom} (a coder), or MERGED / NEW with the gold
     * codings in {@code gold} (none: no claim type applies). {@code seenVersion} is the version of the decision the
     * caller saw (absent for a first decision); a decision made since is refused with 409.
     */
    public record Decision(@NotNull AdjudicationMethod method, @Size(max = 200) String takenFrom,
            @Size(max = 500) List<@NotNull GoldCodingDraft> gold, @Size(max = 4000) String rationale,
            Long seenVersion) {
    }

    @Inject

    PassageStateService passageStates;


    @Inject

    DiscussionService discussions;


    @Inject

    AdjudicationService adjudications;

    @Inject
    DocumentService documents;

    @Inject
    TenantAccess access;

    @Inject
    RequestBodies bodies;

    @PathParam("project")
    long project;

    @GET
    @Operation(summary = "Passages by consensus state", description = "state is one of NOT_STARTED, IN_CODING,"
            + " READY, AGREED, DISPUTED, ADJUDICATED; document, claimType and coder narrow the queue.")
    public List<PassageConsensus> queue(@QueryParam("state") ConsensusState state,
            @QueryParam("document") Long document, @QueryParam("claimType") Long claimType,
            @QueryParam("coder") String coder) {
        documents.project(project);
        if (document != null) {
            requireInProject(document);
        }
        return passageStates.queue(project, new ReviewFilter(state, document, claimType, coder));
    }

    @GET
    @Path("counts")
    @Operation(summary = "How many passages are in each consensus state")
    public Map<ConsensusState, Integer> counts() {
        documents.project(project);
        return passageStates.stateCounts(project);
    }

    @GET
    @Path("documents/{document}/passages/{passage}")
    @Operation(summary = "One passage side by side: each coder's codings, the gold, the decision, discussion, votes")
    public PassageReview passage(@PathParam("document") long document, @PathParam("passage") long passage) {
        requireInProject(document);
        return passageStates.review(document, passage);
    }

    @POST
    @Path("documents/{document}/passages/{passage}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add to the passage's discussion")
    public Response comment(@PathParam("document") long document, @PathParam("passage") long passage,
            NewComment comment) {
        requireInProject(document);
        access.require(TenantRole.SUPERVISOR, "discuss passages");
        discussions.comment(document, passage, bodies.valid(comment).body());
        return Response.noContent().build();
    }

    @POST
    @Path("documents/{document}/passages/{passage}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Vote for the coder whose version is right, or \"none of them\"; a second vote replaces"
            + " the first")
    public Response vote(@PathParam("document") long document, @PathParam("passage") long passage, NewVote vote) {
        requireInProject(document);
        access.require(TenantRole.SUPERVISOR, "vote on passages");
        discussions.vote(document, passage, bodies.valid(vote).choice());
        return Response.noContent().build();
    }

    @POST
    @Path("documents/{document}/passages/{passage}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Settle the passage into the gold standard, or revise its decision")
    public AdjudicationView decide(@PathParam("document") long document, @PathParam("passage") long passage,
            Decision decision) {
        requireInProject(document);
        access.require(TenantRole.SUPERVISOR, "adjudicate passages");
        bodies.valid(decision);
        return adjudications.adjudicate(document, passage, decision.seenVersion(), decision.method(),
                decision.takenFrom(), decision.gold() == null ? List.of() : decision.gold(), decision.rationale());
    }

    @POST
    @Path("accept-agreed")
    @Operation(summary = "Settle every agreed passage (of one document with ?document=) with the first coder's codings")
    public Map<String, Integer> acceptAgreed(@QueryParam("document") Long document) {
        documents.project(project);
        if (document != null) {
            requireInProject(document);
        }
        return Map.of("settled", adjudications.acceptUnanimous(project, document));
    }

    private void requireInProject(long document) {
        documents.documentOf(project, document);
    }
}
