package org.concordia.documents.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.concordia.platform.persistence.TenantOwnedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A source imported into a project: its metadata, the text as extracted from the file (kept unchanged) and the
 * cleaned text its passages and codings point into. The texts are not audited: they do not change once coding
 * has started, and copying them into every audit row would be wasteful. They live in a table of their own, so that
 * reading documents' metadata never reads them.
 */
@Entity
@Audited
@Table(name = "document")
@SecondaryTable(name = "document_text", pkJoinColumns = @PrimaryKeyJoinColumn(name = "document_id"))
public class Document extends TenantOwnedEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 300)
    private String author;

    @Column(length = 300)
    private String publisher;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(length = 2000)
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, length = 30)
    private SourceType sourceType;

    @Column(length = 4000)
    private String notes;

    @Column(name = "original_filename", length = 500)
    private String originalFilename;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    /** Of the original bytes: the same file imported twice into a project is recognised. */
    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @NotAudited
    @Column(table = "document_text", name = "original_text", nullable = false, updatable = false)
    private String originalText;

    @NotAudited
    @Column(table = "document_text", name = "text", nullable = false)
    private String text;

    @Column(name = "passage_count", nullable = false)
    private int passageCount;

    @Column(name = "imported_by", nullable = false, updatable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Column(name = "coding_started_at")
    private Instant codingStartedAt;

    /** For a document of reader comments: the article they were left under. */
    @Column(name = "comments_of", updatable = false)
    private Long commentsOf;

    protected Document() {
        // for JPA
    }

    public Document(long projectId, DocumentMetadata metadata, String originalFilename, String mediaType,
            String sha256, String originalText, CleanedText cleaned, String importedBy) {
        this.projectId = projectId;
        describeAs(metadata);
        this.originalFilename = originalFilename;
        this.mediaType = mediaType;
        this.sha256 = sha256;
        this.originalText = originalText;
        this.text = cleaned.text();
        this.passageCount = cleaned.passages().size();
        this.importedBy = importedBy;
        this.importedAt = Instant.now();
    }

    /** Takes who imported it and when from a backup (before it is stored: neither changes afterwards). */
    public void importedAs(DocumentProvenance provenance) {
        this.importedBy = provenance.importedBy();
        this.importedAt = provenance.importedAt();
    }

    public final void describeAs(DocumentMetadata metadata) {
        this.title = metadata.title();
        this.author = metadata.author();
        this.publisher = metadata.publisher();
        this.publishedOn = metadata.publishedOn();
        this.url = metadata.url();
        this.sourceType = metadata.sourceType();
        this.notes = metadata.notes();
    }

    public DocumentMetadata metadata() {
        return new DocumentMetadata(title, author, publisher, publishedOn, url, sourceType, notes);
    }

    public DocumentSummary summary() {
        return new DocumentSummary(getId(), projectId, metadata(), originalFilename, mediaType, passageCount,
                importedBy, importedAt, codingStartedAt);
    }

    /** The passages were merged or split: the count changes, and so does the version (concurrent edits conflict). */
    public void passagesEdited(int newPassageCount) {
        if (codingStartedAt != null) {
            throw new IllegalStateException("Passages of a document in coding cannot change");
        }
        this.passageCount = newPassageCount;
    }

    /** Marks this document as the reader comments of {@code articleId}. */
    public void holdCommentsOf(long articleId) {
        this.commentsOf = articleId;
    }

    public Long getCommentsOf() {
        return commentsOf;
    }

    /** Clean-up ran again (a decision undone, a word corrected): the new text, before any coding. */
    public void recleaned(CleanedText cleaned) {
        if (codingStartedAt != null) {
            throw new IllegalStateException("The text of a document in coding cannot change");
        }
        this.text = cleaned.text();
        this.passageCount = cleaned.passages().size();
    }

    public String getMediaType() {
        return mediaType;
    }

    public Instant getCodingStartedAt() {
        return codingStartedAt;
    }

    public long getProjectId() {
        return projectId;
    }

    public String getText() {
        return text;
    }

    public String getOriginalText() {
        return originalText;
    }
}
