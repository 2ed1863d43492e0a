package org.concordia.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.concordia.consensus.model.ConsensusState;
import org.concordia.documents.model.SourceType;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.search.model.SearchFilter;
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
            + " whose pieces say which words were hits. Filters, all optional: outlet, sourceType, from and to"
            + " (publication days, yyyy-mm-dd, both included), language (ISO 639-1, as the index found it),"
            + " claimType (an id; its descendants too), attribute and value (a coding's attribute of that value, in"
            + " any form; an entity's name finds its other names), and for supervisors coder, state (a consensus"
            + " state) and gold=true (the gold codings instead of the coders').")
    public SearchResult search(@QueryParam("q") String q, @QueryParam("outlet") String outlet,
            @QueryParam("sourceType") String sourceType, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("language") String language,
            @QueryParam("claimType") String claimType, @QueryParam("coder") String coder,
            @QueryParam("attribute") String attribute, @QueryParam("value") String value,
            @QueryParam("state") String state, @QueryParam("gold") boolean gold) {
        return search.search(project, q, SearchFilter.none().withOutlet(outlet)
                .withSourceType(named(SourceType.class, "sourceType", sourceType)).withPublished(day(from), day(to))
                .withLanguage(language).withClaimType(id(claimType)).withCoder(coder).withAttribute(attribute, value)
                .withState(named(ConsensusState.class, "state", state)).withGoldOnly(gold));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return java.util.Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(text.strip()))
                .findFirst().orElseThrow(() -> new InvalidInputException("error.search.noSuchChoice", parameter,
                        java.util.Arrays.toString(type.getEnumConstants())));
    }

    private static Long id(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("\\d{1,18}")) {
            throw new InvalidInputException("error.search.notAnId", text);
        }
        return Long.valueOf(text.strip());
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADay) {
            throw new InvalidInputException("error.search.notADay", text);
        }
    }
}
