package org.concordia.platform.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import org.concordia.platform.text.Explanation;

/**
 * Pages of any list the API answers: {@code ?page=0&size=50} gives the first 50, with the whole list's length in
 * {@code X-Total-Count} and the neighbouring pages in {@code Link} (rel "next", "prev", "first", "last"), as GitHub's
 * API does. Without {@code page} or {@code size} a list comes whole, as it always has. The list is the route's own,
 * in its own order (the services return stable orders), so a page is the same slice on every call.
 */
@Provider
public class Paging implements ContainerResponseFilter {

    static final int LARGEST_PAGE = 1000;
    static final String TOTAL = "X-Total-Count";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (!(response.getEntity() instanceof List<?> all) || response.getStatus() != 200
                || !query.containsKey("page") && !query.containsKey("size")) {
            return;
        }
        int size = number(query.getFirst("size"), 50, "size");
        int page = number(query.getFirst("page"), 0, "page");
        if (size < 1 || size > LARGEST_PAGE || page < 0) {
            refuse(response);
            return;
        }
        int from = (int) Math.min((long) page * size, all.size());
        response.setEntity(new ArrayList<>(all.subList(from, Math.min(all.size(), from + size))),
                response.getEntityAnnotations(), response.getMediaType());
        response.getHeaders().putSingle(TOTAL, all.size());
        int last = Math.max(0, (all.size() - 1) / size);
        List<String> links = new ArrayList<>();
        UriBuilder here = request.getUriInfo().getRequestUriBuilder().replaceQueryParam("size", size);
        if (page < last) {
            links.add(link(here, page + 1, "next"));
        }
        if (page > 0) {
            links.add(link(here, Math.min(page - 1, last), "prev"));
        }
        links.add(link(here, 0, "first"));
        links.add(link(here, last, "last"));
        response.getHeaders().putSingle("Link", String.join(", ", links));
    }

    private static String link(UriBuilder here, int page, String rel) {
        return "<" + here.clone().replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
    }

    /** A query parameter as a number; a word where a number belongs counts as out of range. */
    private static int number(String value, int absent, String name) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static void refuse(ContainerResponseContext response) {
        Response.Status status = Response.Status.BAD_REQUEST;
        response.setStatus(status.getStatusCode());
        response.setEntity(new Problem(status.getStatusCode(), status.getReasonPhrase(),
                Explanation.of("error.platform.pageAndSize", LARGEST_PAGE).english()),
                response.getEntityAnnotations(), MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
