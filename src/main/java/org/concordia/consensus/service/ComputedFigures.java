package org.concordia.consensus.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.service.AssignmentService;
import org.concordia.coding.service.CodingService;
import org.concordia.consensus.persistence.ReviewRepository;
import org.concordia.documents.service.DocumentService;
import org.concordia.tenancy.service.TenantAccess;

/**
 * Agreement reports and dashboards of large projects take seconds to compute (every alpha with a 500-resample
 * bootstrap), and the data rarely change between two looks. They are kept here under a fingerprint of everything
 * they are computed from: codings, assignments, the codebook, the codable passages, decisions, comments and votes.
 * Any change gives a new fingerprint and so a fresh computation; the fingerprint itself is a handful of aggregate
 * queries. Least recently used entries go first.
 */
@ApplicationScoped
public class ComputedFigures {

    private static final int ENTRIES = 64;

    private final Map<String, Object> cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > ENTRIES;
        }
    });

    @Inject
    CodingService codings;

    @Inject
    AssignmentService assignments;

    @Inject
    CodebookService codebooks;

    @Inject
    DocumentService documents;

    @Inject
    ReviewRepository reviews;

    @Inject
    TenantAccess access;

    /** The figure {@code kind} of the project, computed by {@code compute} unless its data are unchanged. */
    @SuppressWarnings("unchecked")
    <T> T get(String kind, long projectId, Supplier<T> compute) {
        String key = access.currentTenantId() + "/" + projectId + "/" + kind + "/" + fingerprint(projectId);
        Object known = cache.get(key);
        if (known != null) {
            return (T) known;
        }
        T computed = compute.get();
        cache.put(key, computed);
        return computed;
    }

    private String fingerprint(long projectId) {
        var codebook = codebooks.view(projectId);
        return codings.fingerprint(projectId) + assignments.fingerprint(projectId) + codebook.version() + "."
                + codebook.claimTypes().hashCode() + "." + documents.codablePassageIdsOfProject(projectId).hashCode()
                + reviews.fingerprint(projectId);
    }
}
