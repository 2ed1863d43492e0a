package org.concordia.consensus.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.CodingService;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentService;
import org.concordia.tenancy.service.TenantAccess;

/**
 * What agreement is computed from, document by document: the bounds of its codable passages and all its codings,
 * kept under a fingerprint of both (two aggregate queries for the whole project). After one new coding a report
 * reads that one document again instead of every coding and passage of the project. Least recently used documents
 * go first.
 */
@ApplicationScoped
public class AgreementInputs {

    private static final int DOCUMENTS = 20_000;
    /** Above this many documents to read again, the project's codings are read in one query. */
    private static final int READ_ONE_BY_ONE = 50;

    private final Map<String, Entry> cache = LeastRecentlyUsed.map(DOCUMENTS);

    @Inject
    CodingService codings;

    @Inject
    DocumentService documents;

    @Inject
    TenantAccess access;

    /** A codable passage's bounds in its document's text (code points). */
    record Bounds(long id, int start, int end) {
    }

    /** One document's codable passages, in order, and its codings, everybody's. */
    record Inputs(List<Bounds> passages, List<CodingView> codings) {
    }

    private record Entry(String fingerprint, Inputs inputs) {
    }

    /** The inputs of these documents of the project, read again only where they changed. */
    Map<Long, Inputs> of(long projectId, Collection<Long> documentIds) {
        Map<Long, String> codingPrints = codings.fingerprintsByDocument(projectId);
        Map<Long, String> passagePrints = documents.passageFingerprints(projectId);
        String tenant = access.currentTenantId();
        Map<Long, Inputs> inputs = new HashMap<>();
        Map<Long, String> stale = new LinkedHashMap<>();
        for (long document : documentIds) {
            String fingerprint = codingPrints.getOrDefault(document, "none") + "|"
                    + passagePrints.getOrDefault(document, "none");
            Entry known = cache.get(tenant + "/" + document);
            if (known != null && known.fingerprint().equals(fingerprint)) {
                inputs.put(document, known.inputs());
            } else {
                stale.put(document, fingerprint);
            }
        }
        Map<Long, List<CodingView>> read = stale.size() > READ_ONE_BY_ONE
                ? codings.codingsOfProject(projectId).stream().collect(Collectors.groupingBy(CodingView::documentId))
                : null;
        stale.forEach((document, fingerprint) -> {
            List<Bounds> passages = documents.passages(document).stream().filter(p -> !p.excluded())
                    .map(AgreementInputs::bounds).toList();
            List<CodingView> ofDocument = read != null ? read.getOrDefault(document, List.of())
                    : codings.codingsOf(document);
            Inputs fresh = new Inputs(passages, List.copyOf(ofDocument));
            cache.put(tenant + "/" + document, new Entry(fingerprint, fresh));
            inputs.put(document, fresh);
        });
        return inputs;
    }

    private static Bounds bounds(PassageView passage) {
        return new Bounds(passage.id(), passage.start(), passage.end());
    }
}
