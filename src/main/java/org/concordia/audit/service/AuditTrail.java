package org.concordia.audit.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.concordia.audit.model.AuditEntry;
import org.concordia.audit.model.FieldChange;
import org.concordia.audit.persistence.EnversAuditLog;
import org.concordia.platform.csv.SpreadsheetSafe;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.NoTenantRoleRequired;
import org.concordia.tenancy.service.RequiresTenantRole;
import org.concordia.tenancy.service.TenantAccess;

/**
 * Who changed what in the current tenant, when, from which value to which: for the tenant's admins, on screen
 * and as CSV. Recorded by Hibernate Envers for every audited entity; nothing here writes it.
 */
@ApplicationScoped
@Transactional
public class AuditTrail {

    /** How many changes a page or an export shows at most. */
    public static final int LIMIT = 500;

    private static final String[] CSV_HEADER = {"revision", "changed_at", "changed_by", "object_type", "object_id",
        "object", "action", "field", "before", "after"};

    @Inject
    EnversAuditLog log;

    @Inject
    TenantAccess access;

    /** The latest changes in the tenant, or those of one person when {@code username} is given. */
    @RequiresTenantRole(value = TenantRole.ADMIN, action = "see the audit trail")
    public List<AuditEntry> recentChanges(String username) {
        return log.changes(access.currentTenantId(), null, null, blankToNull(username), LIMIT);
    }

    /** Every change of one object, newest first. */
    @RequiresTenantRole(value = TenantRole.ADMIN, action = "see the audit trail")
    public List<AuditEntry> historyOf(String type, long id) {
        if (!log.auditedTypes().contains(type)) {
            throw new NotFoundException("error.audit.thereIsNoAuditTrail", type);
        }
        List<AuditEntry> history = log.changes(access.currentTenantId(), type, id, null, LIMIT);
        if (history.isEmpty()) {
            throw new NotFoundException("error.audit.thereIsNoInThis", type, id);
        }
        return history;
    }

    /** Writes changes as CSV, one row per changed field, for spreadsheets and R. */
    @NoTenantRoleRequired("formats entries the caller was allowed to read")
    public void writeCsv(List<AuditEntry> entries, Writer out) {
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get().print(out)) {
            for (AuditEntry entry : entries) {
                List<FieldChange> changes = entry.changes().isEmpty()
                        ? List.of(new FieldChange("", "", "")) : entry.changes();
                for (FieldChange change : changes) {
                    csv.printRecord(SpreadsheetSafe.cells(entry.revision(), entry.when(), entry.who(), entry.type(), entry.objectId(),
                            entry.label(), entry.action().label(), change.field(), change.before(), change.after()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
