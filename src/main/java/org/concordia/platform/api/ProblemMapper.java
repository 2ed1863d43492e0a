package org.concordia.platform.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.ConflictException;
import org.concordia.platform.errors.DatabaseUnavailable;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.errors.TooLargeException;

/**
 * Answers the services' refusals as the pages do, with the status a client can act on: 404 for what does not exist
 * for the caller (another tenant's ids included), 403 for a missing role, 400 for input to correct (a body that is
 * not JSON of the route's shape included), 413 for input over a size limit, 409 for a conflicting change (412
 * when an If-Match names a version that is no longer current), 503 when the database cannot be reached. Anything else is our fault: 500 with an incident number, details only in the log.
 * It maps every {@link Throwable}: a checked exception (a commit that failed comes out of the transaction interceptor
 * as {@code RollbackException}) would otherwise reach RESTEasy's default mapper, which answers with its message.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return problem(status, detailOf(web, status));
        }
        if (exception instanceof NotFoundException) {
            return problem(Response.Status.NOT_FOUND, exception.getMessage());
        }
        if (exception instanceof AccessDeniedException) {
            return problem(Response.Status.FORBIDDEN, exception.getMessage());
        }
        if (exception instanceof TooLargeException) {
            return problem(Response.Status.REQUEST_ENTITY_TOO_LARGE, exception.getMessage());
        }
        if (exception instanceof InvalidInputException) {
            return problem(Response.Status.BAD_REQUEST, exception.getMessage());
        }
        if (exception instanceof org.concordia.platform.errors.StaleVersionException) {
            return problem(Response.Status.PRECONDITION_FAILED, exception.getMessage());
        }
        if (exception instanceof ConflictException) {
            return problem(Response.Status.CONFLICT, exception.getMessage());
        }
        if (exception instanceof ProcessingException || exception instanceof jakarta.json.bind.JsonbException
                || exception instanceof jakarta.json.JsonException) {
            return problem(Response.Status.BAD_REQUEST, "The request body could not be read: it is not JSON of the"
                    + " shape this route takes (" + innermostMessage(exception) + ").");
        }
        if (DatabaseUnavailable.causes(exception)) {
            LOG.warning("The database cannot be reached: " + exception);
            return Response.fromResponse(problem(Response.Status.SERVICE_UNAVAILABLE, DatabaseUnavailable.MESSAGE))
                    .header("Retry-After", "60").build();
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident + " in the REST API", exception);
        return problem(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side (incident " + incident + ").");
    }

    /** A problem response with {@code status} and {@code detail}. */
    public static Response problem(Response.StatusType status, String detail) {
        return Response.status(status.getStatusCode())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(status.getStatusCode(), status.getReasonPhrase(), detail))
                .build();
    }

    /**
     * What the JSON reader said of the body, without the Java class names it mentions ("Error deserialize JSON value
     * into type: int", not the name of our request class).
     */
    static String innermostMessage(Throwable thrown) {
        Throwable innermost = thrown;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage() == null ? "malformed JSON" : innermost.getMessage();
        message = message.replaceAll("\\b(?:[a-z_$][a-z0-9_$]*\\.)+([A-Z][\\w$]*)", "$1").strip();
        return message.length() > 300 ? message.substring(0, 300) + "\u2026" : message;
    }

    private static String detailOf(WebApplicationException web, Response.StatusType status) {
        String message = web.getMessage();
        return message == null || message.startsWith("HTTP " + status.getStatusCode()) ? status.getReasonPhrase()
                : message;
    }
}
