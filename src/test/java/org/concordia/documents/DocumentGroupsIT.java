package org.concordia.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordia.documents.model.DocumentGroupView;
import org.concordia.documents.service.DocumentGroupService;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantDirectory;
import org.concordia.testsupport.ClassroomFixture;
import org.concordia.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Groups of documents and documents' variables: kept by supervisors, read by coders, within one project. */
@ExtendWith(ArquillianExtension.class)
class DocumentGroupsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordiaForServiceTests();
    }

    @Inject
    DocumentGroupService sut;

    @Inject
    DocumentImporter importer;

    @Inject
    TenantDirectory directory;

    @Inject
    ProjectService projects;

    private ClassroomFixture classroom;
    private long interview;
    private long report;

    @BeforeEach
    void aClassroomWithTwoDocuments() {
        classroom = ClassroomFixture.open(directory, projects);
        interview = classroom.importText(importer, "interview.txt", "Interview\n\nIran backed him.\n");
        report = classroom.importText(importer, "report.txt", "Report\n\nThe Sadrists tolerated him.\n");
    }

    @Test
    void aSupervisorGroupsDocumentsAndCodersSeeTheGroups() {
        DocumentGroupView interviews = classroom.asSupervisor(() -> sut.createGroup(classroom.project(),
                " Interviews ", "recorded in May"));
        classroom.asSupervisor(() -> sut.addToGroup(interviews.id(), List.of(interview)));
        classroom.asSupervisor(() -> sut.createGroup(classroom.project(), "All sources", null));
        classroom.asSupervisor(() -> {
            sut.placeInGroups(report, Set.of(groupNamed("All sources").id()));
            return null;
        });

        assertThat(classroom.as("pupil", () -> sut.groups(classroom.project())))
                .extracting(g -> g.name() + " " + g.documentIds())
                .containsExactly("All sources " + List.of(report), "Interviews " + List.of(interview));
        assertThatThrownBy(() -> classroom.asSupervisor(() -> sut.createGroup(classroom.project(), "interviews",
                null))).isInstanceOf(InvalidInputException.class).hasMessageContaining("There is a group called");
        assertThatThrownBy(() -> classroom.as("pupil", () -> sut.createGroup(classroom.project(), "Mine", null)))
                .isInstanceOf(AccessDeniedException.class);

        classroom.asSupervisor(() -> sut.removeFromGroup(interviews.id(), List.of(interview)));
        classroom.asSupervisor(() -> {
            sut.deleteGroup(groupNamed("All sources").id());
            return null;
        });
        assertThat(classroom.asSupervisor(() -> sut.groups(classroom.project())))
                .extracting(g -> g.name() + " " + g.documentIds()).containsExactly("Interviews []");
    }

    @Test
    void aGroupHoldsDocumentsOfItsOwnProjectOnly() {
        long otherProject = classroom.asSupervisor(() -> projects.createProject("Other", null)).id();
        DocumentGroupView other = classroom.asSupervisor(() -> sut.createGroup(otherProject, "Elsewhere", null));

        assertThatThrownBy(() -> classroom.asSupervisor(() -> sut.addToGroup(other.id(), List.of(interview))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a document of this group");
        ClassroomFixture elsewhere = ClassroomFixture.open(directory, projects);
        assertThatThrownBy(() -> elsewhere.asSupervisor(() -> sut.addToGroup(other.id(), List.of())))
                .as("another tenant's group is not there").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> elsewhere.asSupervisor(() -> sut.variables(interview)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void variablesKeepTheirOrderAndBadOnesLeaveEverythingAsItWas() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("wave", "2");
        variables.put("region", "Basra");
        variables.put("gone", "  ");
        classroom.asSupervisor(() -> sut.describeWithVariables(interview, variables));
        assertThat(classroom.as("pupil", () -> sut.variables(interview)))
                .containsExactly(Map.entry("wave", "2"), Map.entry("region", "Basra"));
        assertThat(classroom.as("pupil", () -> sut.variablesOfProject(classroom.project())))
                .containsOnlyKeys(interview);

        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("Wave", "3");
        twice.put("wave", "4");
        assertThatThrownBy(() -> classroom.asSupervisor(() -> sut.describeWithVariables(interview, twice)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Two variables are called");
        assertThatThrownBy(() -> classroom.asSupervisor(() -> {
            sut.organise(interview, Set.of(), "Interviews", Map.of("note", "bell\u0007"));
            return null;
        })).as("a control character").isInstanceOf(InvalidInputException.class);

        assertThat(classroom.asSupervisor(() -> sut.variables(interview))).as("unchanged")
                .containsExactly(Map.entry("wave", "2"), Map.entry("region", "Basra"));
        assertThat(classroom.asSupervisor(() -> sut.groups(classroom.project())))
                .as("the new group of the refused save was not kept").isEmpty();
    }

    private DocumentGroupView groupNamed(String name) {
        return classroom.asSupervisor(() -> sut.groups(classroom.project())).stream()
                .filter(g -> g.name().equals(name)).findFirst().orElseThrow();
    }
}
