package org.concordia.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.concordia.audit.model.AuditEntry;
import org.concordia.audit.service.AuditTrail;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The audit trail page: the tenant's latest changes, one person's changes ({@code ?user=}), or one object's
 * history ({@code ?type=project&id=7}); each downloadable as CSV.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail auditTrail;

    private String type;
    private Long id;
    private String user;
    private List<AuditEntry> entries;

    /** Called by the page's viewAction once the view parameters are set. */
    public void load() {
        entries = isObjectHistory() ? auditTrail.historyOf(type, id) : auditTrail.recentChanges(user);
    }

    public void filter() {
        entries = auditTrail.recentChanges(user);
    }

    public StreamedContent getCsv() {
        StringWriter csv = new StringWriter();
        auditTrail.writeCsv(entries, csv);
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder()
                .name(isObjectHistory() ? "audit-" + type + "-" + id + ".csv" : "audit.csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    /** A field's name as the page shows it: "codebook version". */
    public String fieldLabel(String field) {
        return ChangeText.field(field);
    }

    /** A field's value before the change as the page shows it: dates, attribute pairs, names for ids, a dash for nothing. */
    public String shownBefore(org.concordia.audit.model.FieldChange change) {
        return ChangeText.value(change.field(), change.before(), change.beforeName());
    }

    public String shownAfter(org.concordia.audit.model.FieldChange change) {
        return ChangeText.value(change.field(), change.after(), change.afterName());
    }

    public boolean isObjectHistory() {
        return type != null && id != null;
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }
}
