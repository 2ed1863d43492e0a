package org.concordia.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.service.AssignmentService;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.export.model.ExportFilter;
import org.concordia.export.model.ExportJobView;
import org.concordia.export.model.ExportState;
import org.concordia.export.service.ExportService;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.security.UserIdentity;
import org.concordia.tenancy.model.TenantKind;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantDirectory;

/**
 * A fresh classroom for a test inside the server: its own tenant, a supervisor (its admin) with a unique name, the
 * coder "pupil", and one project.
 */
public record ClassroomFixture(String tenant, String supervisor, long project) {

    public static ClassroomFixture open(TenantDirectory directory, ProjectService projects) {
        String tenant = People.unique("class");
        String supervisor = People.unique("sup");
        ExecutionContext.runAs(UserIdentity.system(), null, () -> {
            directory.openTenant(tenant, "Classroom " + tenant, TenantKind.CLASSROOM, supervisor);
            directory.enrol(tenant, "pupil", TenantRole.CODER);
        });
        long project = People.as(supervisor, tenant, () -> projects.createProject("Elections", null)).id();
        return new ClassroomFixture(tenant, supervisor, project);
    }

    /** Runs {@code work} as the classroom's supervisor. */
    public <T> T asSupervisor(Supplier<T> work) {
        return People.as(supervisor, tenant, work);
    }

    /** Runs {@code work} as {@code username}, in the classroom. */
    public <T> T as(String username, Supplier<T> work) {
        return People.as(username, tenant, work);
    }

    /** Makes {@code username} a coder of the classroom. */
    public void enrolCoder(TenantDirectory directory, String username) {
        ExecutionContext.runAs(UserIdentity.system(), null, () -> directory.enrol(tenant, username, TenantRole.CODER));
    }

    /** The id of the project's claim type called {@code name} (the starter codebook's names). */
    public long claimType(CodebookService codebooks, String name) {
        return asSupervisor(() -> codebooks.view(project)).claimTypes().stream()
                .filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** {@code coder} submits their assignment of {@code document}. */
    public void submit(AssignmentService assignments, String coder, long document) {
        long assignment = as(coder, () -> assignments.myAssignments()).stream()
                .filter(a -> a.documentId() == document).findFirst().orElseThrow().id();
        as(coder, () -> assignments.submit(assignment));
    }

    /** Imports {@code text} as a plain-text file into the project, as the supervisor; returns the document's id. */
    public long importText(DocumentImporter importer, String fileName, String text) {
        return asSupervisor(() -> importer.importUpload(project, fileName, text.getBytes(StandardCharsets.UTF_8),
                SourceType.OTHER)).get(0).documentId();
    }

    /** Starts an export as the supervisor and waits (up to 30 s) until it is done; fails when it failed. */
    public ExportJobView export(ExportService exports, String format, ExportFilter filter) {
        ExportJobView started = asSupervisor(() -> exports.start(project, format, filter));
        for (int i = 0; i < 300; i++) {
            ExportJobView job = asSupervisor(() -> exports.job(started.id()));
            if (job.state() == ExportState.DONE || job.state() == ExportState.FAILED) {
                if (job.state() == ExportState.FAILED) {
                    throw new AssertionError("Export " + job.id() + " failed: " + job.message());
                }
                return job;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Export " + started.id() + " did not finish in 30 s");
    }
}
