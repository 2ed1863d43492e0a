package org.concordia.search.persistence;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.type.StandardBasicTypes;

/**
 * The query function {@code has_terms(terms, wanted)} on PostgreSQL: whether a passage's stored terms (space
 * separated) contain every term of {@code wanted} (space separated) as whole words, written as array containment so
 * that the GIN index of migration {@code db/postgresql/search} answers it. A function of the query language rather
 * than native SQL, so the query keeps Hibernate's tenant filter. Registered with Hibernate through
 * {@code META-INF/services}; other databases do not get it, and the repository matches with LIKE there.
 */
public class TermIndexFunction implements FunctionContributor {

    static final String NAME = "has_terms";

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        if (functions.getDialect() instanceof PostgreSQLDialect) {
            functions.getFunctionRegistry().registerPattern(NAME,
                    "(string_to_array(?1, ' ') @> string_to_array(?2, ' '))",
                    functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
        }
    }
}
