package org.concordia.testsupport;

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
}
