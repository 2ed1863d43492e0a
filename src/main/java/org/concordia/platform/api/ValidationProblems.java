package org.concordia.platform.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * A request body that breaks its route's Bean Validation constraints ({@code @NotNull}, {@code @Size} on the
 * records resources take with {@code @Valid}) answers 400 problem JSON naming each field and what it must be,
 * as the services' own refusals do, instead of RESTEasy's violation report.
 */
@Provider
public class ValidationProblems implements ExceptionMapper<ValidationException> {

    @Override
    public Response toResponse(ValidationException exception) {
        if (!(exception instanceof ConstraintViolationException violations)) {
            return new ProblemMapper().toResponse(exception.getCause() == null ? exception : exception.getCause());
        }
        String detail = violations.getConstraintViolations().stream().map(ValidationProblems::describe).sorted()
                .collect(Collectors.joining("; "));
        return ProblemMapper.problem(Response.Status.BAD_REQUEST, "The request cannot be taken: " + detail + ".");
    }

    /** "passageId must not be null": the field as the JSON names it, and the constraint's message. */
    private static String describe(ConstraintViolation<?> violation) {
        String field = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT)
                .map(Path.Node::getName).filter(n -> n != null).collect(Collectors.joining("."));
        return (field.isEmpty() ? "the body" : field) + " " + violation.getMessage();
    }
}
