package org.concordia.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concordia.testsupport.People.as;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.AttributeType;
import org.concordia.codebook.model.ClaimTypeDraft;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.model.CodebookView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.errors.AccessDeniedException;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.security.UserIdentity;
import org.concordia.tenancy.model.TenantKind;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantDirectory;
import org.concordia.testsupport.ClassroomFixture;
import org.concordia.testsupport.Deployments;
import org.concordia.testsupport.People;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Codebooks inside the server against the real database. */
@ExtendWith(ArquillianExtension.class)
class CodebookServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.concordiaForServiceTests();
    }

    @Inject
    CodebookService sut;

    @Inject
    TenantDirectory directory;

    @Inject
    ProjectService projects;

    private String classroom;
    private String supervisor;
    private long project;

    @BeforeEach
    void openProject() {
        ClassroomFixture fixture = ClassroomFixture.open(directory, projects);
        classroom = fixture.tenant();
        supervisor = fixture.supervisor();
        project = fixture.project();
    }

    @Test
    void aProjectStartsFromTheStarterCodebookAsATree() {
        CodebookView codebook = as(supervisor, classroom, () -> sut.startFromStarterCodebook(project));

        assertThat(codebook.claimTypes()).extracting(ClaimTypeView::name).startsWith("Factual event")
                .contains("Attribution of stance", "Support", "Opposition");
        ClaimTypeView support = find(codebook, "Support");
        assertThat(support.depth()).isEqualTo(1);
        assertThat(support.draft().attributes()).extracting(AttributeField::name).contains("subject", "relation");
        assertThat(codebook.changes()).singleElement().satisfies(c -> assertThat(c.description())
                .contains("starter codebook"));
        assertThatThrownBy(() -> as(supervisor, classroom, () -> sut.startFromStarterCodebook(project)))
                .as("only into an empty codebook").isInstanceOf(InvalidInputException.class);
    }

    @Test
    void hotkeysAndSiblingNamesAreUniqueAndTheTreeHasNoLoops() {
        as(supervisor, classroom, () -> sut.startFromStarterCodebook(project));
        ClaimTypeView top = add(draft(null, "Rumour", "w"));

        assertThatThrownBy(() -> add(draft(null, "Gossip", "s"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("hotkey").hasMessageContaining("Support");
        assertThatThrownBy(() -> add(draft(null, "Gossip", "J"))).as("a key of the coding screen")
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("keeps j and k");
        assertThatThrownBy(() -> add(draft(null, "rumour", null))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already");
        ClaimTypeView child = add(draft(top.id(), "Denied rumour", null));
        assertThatThrownBy(() -> as(supervisor, classroom,
                () -> sut.updateClaimType(top.id(), draft(child.id(), "Rumour", "w"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("under itself");
        assertThatThrownBy(() -> as(supervisor, classroom, () -> {
            sut.removeClaimType(top.id());
            return null;
        })).isInstanceOf(InvalidInputException.class).hasMessageContaining("below it");
    }

    @Test
    void onceInUseEveryChangeOpensANewVersionWithItsChangeLog() {
        ClaimTypeView rumour = add(draft(null, "Rumour", "w"));
        as(supervisor, classroom, () -> sut.updateClaimType(rumour.id(), draft(null, "Rumour", "x")));
        assertThat(view().version()).as("not in use yet: still the first version").isEqualTo(1);

        int used = as("pupil", classroom, () -> sut.markInUse(project));
        as(supervisor, classroom, () -> sut.updateClaimType(rumour.id(), new ClaimTypeDraft(null, "Rumour",
                "Unconfirmed reports.", null, null, null, "#123456", "x", true,
                List.of(new AttributeField("source", AttributeType.ENTITY, null, true)))));
        add(draft(null, "Denial", null));

        CodebookView codebook = view();
        assertThat(used).isEqualTo(1);
        assertThat(codebook.version()).isEqualTo(2);
        assertThat(codebook.changes()).extracting(c -> c.version() + ": " + c.description()).containsExactly(
                "2: Added claim type “Denial”.",
                "2: Changed claim type “Rumour”: definition, colour, attributes.",
                "1: Changed claim type “Rumour”: hotkey.",
                "1: Added claim type “Rumour”.");
    }

    @Test
    void aQdcExportImportsIntoAnotherProjectAndTheCsvParsesBack() throws Exception {
        as(supervisor, classroom, () -> sut.startFromStarterCodebook(project));
        byte[] qdc = as(supervisor, classroom, () -> sut.exportQdc(project));
        long other = as(supervisor, classroom, () -> projects.createProject("Other", null)).id();

        int imported = as(supervisor, classroom, () -> sut.importQdc(other, qdc));

        CodebookView copy = as(supervisor, classroom, () -> sut.view(other));
        assertThat(imported).isEqualTo(view().claimTypes().size());
        assertThat(copy.claimTypes()).extracting(ClaimTypeView::name, ClaimTypeView::depth)
                .containsExactlyElementsOf(view().claimTypes().stream()
                        .map(t -> org.assertj.core.groups.Tuple.tuple(t.name(), t.depth())).toList());
        assertThat(as(supervisor, classroom, () -> sut.importQdc(other, qdc))).as("same GUIDs: nothing new")
                .isZero();

        String csv = new String(as(supervisor, classroom, () -> sut.exportCsv(project)), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).filteredOn(r -> r.get("name").equals("Support")).singleElement().satisfies(r -> {
            assertThat(r.get("path")).isEqualTo("Attribution of stance / Support");
            assertThat(r.get("hotkey")).isEqualTo("s");
            assertThat(r.get("attributes")).contains("relation (choice: backed,accepted or acquiesced");
        });
    }

    @Test
    void aCsvExportImportsIntoAnotherProjectWithHotkeysAndAttributesAndABadRowStoresNothing() {
        as(supervisor, classroom, () -> sut.startFromStarterCodebook(project));
        byte[] csv = as(supervisor, classroom, () -> sut.exportCsv(project));
        long other = as(supervisor, classroom, () -> projects.createProject("From CSV", null)).id();

        int imported = as(supervisor, classroom, () -> sut.importCsv(other, csv));

        List<ClaimTypeView> original = view().claimTypes();
        List<ClaimTypeView> copy = as(supervisor, classroom, () -> sut.view(other)).claimTypes();
        assertThat(imported).isEqualTo(original.size());
        for (int i = 0; i < original.size(); i++) {
            ClaimTypeDraft a = original.get(i).draft();
            ClaimTypeDraft b = copy.get(i).draft();
            assertThat(copy.get(i).depth()).isEqualTo(original.get(i).depth());
            assertThat(b).usingRecursiveComparison().ignoringFields("parentId").isEqualTo(a);
        }

        long third = as(supervisor, classroom, () -> projects.createProject("Broken CSV", null)).id();
        String badRow = new String(csv, StandardCharsets.UTF_8).replaceFirst("relation \\(choice:", "relation (colour:");
        assertThatThrownBy(() -> as(supervisor, classroom,
                () -> sut.importCsv(third, badRow.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Row")
                .hasMessageContaining("Nothing was imported");
        assertThat(as(supervisor, classroom, () -> sut.view(third)).claimTypes()).isEmpty();
    }

    @Test
    void codersReadTheCodebookOnlyAndOtherTenantsNotAtAll() {
        as(supervisor, classroom, () -> sut.startFromStarterCodebook(project));
        String team = People.unique("team");
        ExecutionContext.runAs(UserIdentity.system(), null,
                () -> directory.openTenant(team, "Team " + team, TenantKind.RESEARCH_TEAM, "lead"));

        assertThat(as("pupil", classroom, () -> sut.view(project)).claimTypes()).isNotEmpty();
        assertThatThrownBy(() -> as("pupil", classroom, () -> sut.addClaimType(project, draft(null, "Mine", null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("lead", team, () -> sut.view(project))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("lead", team, () -> sut.exportQdc(project))).isInstanceOf(NotFoundException.class);
    }

    private CodebookView view() {
        return as(supervisor, classroom, () -> sut.view(project));
    }

    private ClaimTypeView add(ClaimTypeDraft draft) {
        return as(supervisor, classroom, () -> sut.addClaimType(project, draft));
    }

    private static ClaimTypeDraft draft(Long parent, String name, String hotkey) {
        return new ClaimTypeDraft(parent, name, null, null, null, null, "#aabbcc", hotkey, true, List.of());
    }

    private static ClaimTypeView find(CodebookView codebook, String name) {
        return codebook.claimTypes().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
