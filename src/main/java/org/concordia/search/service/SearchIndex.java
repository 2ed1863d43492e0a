package org.concordia.search.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.stream.Collectors;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentService;
import org.concordia.search.model.IndexedDocument;
import org.concordia.search.model.IndexedPassage;
import org.concordia.search.persistence.SearchIndexRepository;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.RequiresTenantRole;

/**
 * Keeps the search index in step with the documents: before a search, every document of the project whose passages
 * changed since it was indexed (or that was never indexed) is read again, each in a transaction of its own. The
 * index lives in the database, so every server of a cluster sees the same index the moment it is written.
 */
@ApplicationScoped
public class SearchIndex {

    @Inject
    SearchIndexRepository index;

    @Inject
    DocumentService documents;

    /** The documents of the project whose index is not current, by id, with their passages' fingerprints now. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "search")
    @Transactional
    public Map<Long, String> stale(long projectId) {
        Map<Long, String> now = documents.passageFingerprints(projectId);
        Map<Long, String> indexed = index.documents(projectId).stream()
                .collect(Collectors.toMap(IndexedDocument::getDocumentId, IndexedDocument::getFingerprint));
        return now.entrySet().stream().filter(e -> !e.getValue().equals(indexed.get(e.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The languages the project's indexed documents were found to be in, by document id; unknown ones left out. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "search")
    public Map<Long, String> languages(long projectId) {
        return index.documents(projectId).stream().filter(d -> d.getLanguage() != null)
                .collect(Collectors.toMap(IndexedDocument::getDocumentId, IndexedDocument::getLanguage));
    }

    /**
     * Indexes one document's passages afresh (excluded passages are not searched) and finds its language (see
     * {@link Languages}), in its own transaction: a search by somebody else indexing the same document at the same
     * moment fails on the unique constraint, and the caller goes on with the other's work.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "search")
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reindex(long projectId, long documentId, String fingerprint) {
        index.removePassagesOf(documentId);
        StringBuilder sample = new StringBuilder();
        for (PassageView passage : documents.passages(documentId)) {
            if (!passage.excluded()) {
                index.add(new IndexedPassage(projectId, documentId, passage.id(), passage.position(),
                        SearchTerms.indexed(passage.text())));
                if (sample.length() < Languages.SAMPLE) {
                    sample.append(passage.text()).append('\n');
                }
            }
        }
        String language = Languages.of(sample);
        index.document(documentId).ifPresentOrElse(d -> d.indexedAt(fingerprint, language),
                () -> index.add(new IndexedDocument(projectId, documentId, fingerprint, language)));
    }
}
