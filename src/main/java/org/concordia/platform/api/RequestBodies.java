package org.concordia.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;
import org.concordia.platform.errors.InvalidInputException;

/**
 * Checks a request body against the Bean Validation constraints of its record ({@code @NotNull},
 * {@code @NotBlank}, {@code @Size}), called by a resource after its role check, so that a caller without the
 * role hears 403 whatever they sent. A body that breaks a constraint answers 400 naming each field
 * ({@link ValidationProblems}).
 */
@ApplicationScoped
public class RequestBodies {

    @Inject
    Validator validator;

    /** {@code body} when it keeps its constraints; refused otherwise, and when there is none. */
    public <T> T valid(T body) {
        if (body == null) {
            throw new InvalidInputException("error.platform.sendTheRequestAsJson");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
