package org.concordia.consensus.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.security.UserIdentity;
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
 * <p>
 * A figure can also be looked at at once ({@link #lookAtOnce}): what is quick to compute is given now, and the
 * complete figure is computed in the background, one at a time per project and kind, for the next look.
 */
@ApplicationScoped
public class ComputedFigures {

    private static final Logger LOG = Logger.getLogger(ComputedFigures.class.getName());
    private static final int ENTRIES = 64;
    private static final String QUICK = "#quick";
    /**
     * Background computations run one after the other on this server: a large project's report holds hundreds of
     * megabytes while it is computed, and several at once (two measures, the dashboard and the agreement page) would
     * exhaust the heap.
     */
    private static final Object ONE_AT_A_TIME = new Object();

    /** The background computations under way, by tenant, project and kind (whatever the fingerprint). */
    private final Map<String, Running> running = new ConcurrentHashMap<>();

    private final Map<String, Object> cache = LeastRecentlyUsed.map(ENTRIES);

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

    @Resource
    ManagedExecutorService executor;

    /**
     * The figure {@code kind} of the project, computed by {@code compute} unless its data are unchanged; when it is
     * being computed in the background for these very data, that result is waited for instead.
     */
    @SuppressWarnings("unchecked")
    <T> T get(String kind, long projectId, Supplier<T> compute) {
        String figure = figure(kind, projectId);
        String key = figure + "/" + fingerprint(projectId);
        Object known = cache.get(key);
        if (known != null) {
            return (T) known;
        }
        Running underway = running.get(figure);
        if (underway != null && underway.key().equals(key)) {
            try {
                return (T) underway.result().join();
            } catch (CompletionException e) {
                // it failed in the background: computed here instead, with its error if it fails again
            }
        }
        T computed = compute.get();
        cache.put(key, computed);
        return computed;
    }

    /**
     * The figure {@code kind} of the project at once: complete if known for the current data, else what
     * {@code quick} computes (kept too) together with the tracker of the computation of the complete figure, which
     * is started in the background unless one runs already for the project and kind ({@code complete} gets the
     * tracker made by {@code tracker}, to say how far it is). Look again to get the complete figure.
     */
    @SuppressWarnings("unchecked")
    <T, P> Look<T, P> lookAtOnce(String kind, long projectId, Supplier<T> quick, Supplier<P> tracker,
            Function<P, T> complete) {
        String figure = figure(kind, projectId);
        String key = figure + "/" + fingerprint(projectId);
        Object known = cache.get(key);
        if (known != null) {
            return new Look<>((T) known, null);
        }
        // the quick figure first, then the complete one: never both of them computing for one look at a time
        T soon = (T) cache.get(key + QUICK);
        if (soon == null) {
            soon = quick.get();
            cache.put(key + QUICK, soon);
        }
        Running underway = running.get(figure);
        if (underway == null) {
            Running started = new Running(key, tracker.get(), new CompletableFuture<>());
            underway = running.putIfAbsent(figure, started);
            if (underway == null) {
                underway = started;
                start(figure, started, complete);
            }
        }
        return new Look<>(soon, (P) underway.tracker());
    }

    @SuppressWarnings("unchecked")
    private <T, P> void start(String figure, Running started, Function<P, T> complete) {
        UserIdentity user = access.currentUser();
        String tenant = access.currentTenantId();
        executor.submit(() -> ExecutionContext.runAs(user, tenant, () -> {
            try {
                T computed;
                synchronized (ONE_AT_A_TIME) {
                    computed = complete.apply((P) started.tracker());
                }
                cache.put(started.key(), computed);
                started.result().complete(computed);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Computing " + figure + " in the background failed; the next look tries again",
                        e);
                started.result().completeExceptionally(e);
            } finally {
                running.remove(figure, started);
            }
        }));
    }

    private String figure(String kind, long projectId) {
        return access.currentTenantId() + "/" + projectId + "/" + kind;
    }

    /** A figure looked at: complete when {@code tracker} is null, else quick, with how far the complete one is. */
    record Look<T, P>(T value, P tracker) {
        boolean complete() {
            return tracker == null;
        }
    }

    /** A background computation: for which data (the cache key), its tracker and its result. */
    private record Running(String key, Object tracker, CompletableFuture<Object> result) {
    }

    private String fingerprint(long projectId) {
        var codebook = codebooks.view(projectId);
        return codings.fingerprint(projectId) + assignments.fingerprint(projectId) + codebook.version() + "."
                + codebook.claimTypes().hashCode() + "." + documents.passageFingerprints(projectId).hashCode()
                + reviews.fingerprint(projectId);
    }
}
