package org.concordia.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.concordia.search.model.SearchResult;
import org.concordia.search.service.SearchService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/tenants/<slug>/projects/<id>/search?q=...}: the search page's results as JSON, for every member. */
@Path("tenants/{tenant}/projects/{project}/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    @Inject
    SearchService search;

    @PathParam("project")
    long project;

    @GET
    @Operation(summary = "Passages with every word of the query", description = "q: words (at most 500"
            + " characters), found in any form (stemmed; accents, apostrophes and Arabic letter variants aside); an"
            + " entity's name also finds every name it goes by (alsoSearched lists them). Passages grouped by"
            + " document, at most 200 (cut: there were more), each with its position and a keyword-in-context line"
            + " whose pieces say which words were hits.")
    public SearchResult search(@QueryParam("q") String q) {
        return search.search(project, q);
    }
}
