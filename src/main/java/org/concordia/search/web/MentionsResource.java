package org.concordia.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.concordia.search.model.EntityMentions;
import org.concordia.search.service.SearchService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/tenants/<slug>/projects/<id>/mentions/<entity>}: the Mentions page as JSON, for every member. */
@Path("tenants/{tenant}/projects/{project}/mentions/{entity}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class MentionsResource {

    @Inject
    SearchService search;

    @PathParam("project")
    long project;

    @PathParam("entity")
    long entity;

    @GET
    @Operation(summary = "Every mention of an entity, under every name it goes by", description = "inCodings: the"
            + " codings whose entity attributes name it (document, passage, claim type, attribute, the value as"
            + " written, coder; a coder gets her own and those of documents revealed to her), at most 200"
            + " (codingsCut: there were more); inText: the passages whose text names it, as a search for its name"
            + " finds them.")
    public EntityMentions mentions() {
        return search.mentionsOf(project, entity);
    }
}
