package org.concordia.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.concordia.claims.service.EntityService;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.model.CodingView;
import org.concordia.coding.service.AssignmentService;
import org.concordia.coding.service.CodingService;
import org.concordia.consensus.service.DiscussionService;
import org.concordia.consensus.service.AdjudicationService;
import org.concordia.consensus.service.TrainingService;
import org.concordia.documents.model.ImportOutcome;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.service.DocumentGroupService;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.context.ExecutionContext;
import org.concordia.platform.security.UserIdentity;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.model.TenantKind;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantDirectory;

/**
 * Fills an empty installation with two demo tenants, so that a newcomer can log in as any demo user of the
 * Keycloak realm (config/keycloak/concordia-realm.json) and find something to work on. Runs once: an installation
 * that has the seminar tenant is left alone. Only on the embedded H2 database unless {@code CONCORDIA_DEMO=true}
 * (see {@link #wanted}). Uses only the features' services, as a person would.
 *
 * <p>Each tenant is filled in its own transactions (bean-managed here, one per service call), because a Hibernate
 * session belongs to one tenant.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    static final String SEMINAR = "seminar";
    static final String RESEARCH = "research";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    TenantDirectory directory;

    @Inject
    ProjectService projects;

    @Inject
    DocumentImporter importer;

    @Inject
    DocumentService documents;

    @Inject
    DocumentGroupService documentGroups;

    @Inject
    CodebookService codebooks;

    @Inject
    CodingService codings;

    @Inject
    AssignmentService assignments;

    @Inject

    DiscussionService discussions;


    @Inject

    AdjudicationService adjudications;

    @Inject
    TrainingService training;

    @Inject
    EntityService entities;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource database;

    @PostConstruct
    void seedOnFirstStart() {
        if (!wanted(System.getenv("CONCORDIA_DEMO"), databaseProduct())) {
            LOG.info("No demo data: set CONCORDIA_DEMO=true to seed the demo tenants into this database.");
            return;
        }
        if (seeded()) {
            return;
        }
        boolean ours = claimed(() -> ExecutionContext.runAs(UserIdentity.system(), null,
                () -> directory.openTenant(SEMINAR, "Seminar on Gulf politics", TenantKind.CLASSROOM, "irene")),
                this::seeded);
        if (!ours) {
            LOG.info("Another server is seeding the demo tenants into this database; this one leaves them to it.");
            return;
        }
        ExecutionContext.runAs(UserIdentity.system(), null, this::openTenants);
        as("irene", SEMINAR, () -> {
            ProjectSummary iraq2020 = projects.createProject("Iraq 2020: who chose the prime minister?",
                    "Coding how reports, papers and briefs account for the choice of Mustafa al-Kadhimi as prime"
                            + " minister in 2020: who backed him, who accepted him, who opposed him.");
            projects.createProject("Practice round: claims and attributions",
                    "A short warm-up corpus for learning the codebook before the graded exercise.");
            DemoCorpus.ALL.forEach(source -> importSource(iraq2020.id(), source));
            codebooks.startFromStarterCodebook(iraq2020.id());
            groupDemoSources(iraq2020.id());
        });
        codeDemoDisagreement();
        codeDemoReadyToReveal();
        recordDemoEntities();
        offerDemoExercise();
        as("rhea", RESEARCH, () -> {
            ProjectSummary proxies = projects.createProject("Proxy networks and Iraqi premierships, 2018-2022",
                    "Comparing accounts of Iranian, US and Gulf influence on government formation in Iraq.");
            importSource(proxies.id(), DemoCorpus.GULF_MONITOR_BRIEF);
            codebooks.startFromStarterCodebook(proxies.id());
        });
        LOG.info("Demo tenants 'seminar' and 'research' created.");
    }

    /**
     * Whether to seed: as {@code CONCORDIA_DEMO} says ({@code true} or {@code false}), and without it only into the
     * embedded H2 database, the development default. A production database (PostgreSQL) never gets the demo users'
     * tenants unless asked for, even when it is empty.
     */
    static boolean wanted(String setting, String databaseProduct) {
        if (setting != null && !setting.isBlank()) {
            return Boolean.parseBoolean(setting.strip());
        }
        return databaseProduct != null && databaseProduct.toLowerCase(java.util.Locale.ROOT).contains("h2");
    }

    /**
     * Whether this server won the seeding: {@code open} opens the first demo tenant, which only one server can do
     * (its short name is unique). Two servers of a cluster starting at the same moment on an empty database both
     * find no demo; the one whose {@code open} fails while {@code seeded} now says the demo is there lost the race
     * and leaves the seeding to the other, instead of failing its start. Any other failure is a failure.
     */
    static boolean claimed(Runnable open, java.util.function.BooleanSupplier seeded) {
        try {
            open.run();
            return true;
        } catch (RuntimeException e) {
            if (seeded.getAsBoolean()) {
                return false;
            }
            throw e;
        }
    }

    private boolean seeded() {
        return ExecutionContext.supplyAs(UserIdentity.system(), null,
                () -> directory.findTenant(SEMINAR).isPresent());
    }

    private String databaseProduct() {
        try (Connection connection = database.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached to decide on demo data", e);
        }
    }

    /**
     * The news item is assigned to three students, who code it: ada and ben read the same sentence as different
     * kinds of support, carla codes the militia's opposition. A disagreement for the consensus tools to find.
     */
    private void codeDemoDisagreement() {
        long news = ExecutionContext.supplyAs(UserIdentity.named("irene"), SEMINAR, () -> {
            long project = projects.listProjects().stream()
                    .filter(p -> p.name().startsWith("Iraq 2020")).findFirst().orElseThrow().id();
            return documents.listDocuments(project).stream()
                    .filter(d -> d.title().startsWith("Iran backs Kadhimi")).findFirst().orElseThrow().id();
        });
        ExecutionContext.runAs(UserIdentity.named("irene"), SEMINAR, () -> assignments.assign(
                documents.document(news).projectId(), List.of(news), List.of("ada", "ben", "carla"),
                LocalDate.now().plusWeeks(2)));
        String backing = "Iran has thrown its weight behind Mustafa al-Kadhimi";
        as("ada", SEMINAR, () -> code(news, backing, "Support", Map.of("subject", "Iran", "relation", "backed",
                "object", "Mustafa al-Kadhimi", "certainty", "certain")));
        as("ben", SEMINAR, () -> code(news, backing, "Support", Map.of("subject", "Iran",
                "relation", "accepted or acquiesced", "object", "Mustafa al-Kadhimi", "certainty", "probable")));
        as("carla", SEMINAR, () -> code(news, "strong opposition from Kata'ib Hezbollah", "Opposition",
                Map.of("subject", "Kata'ib Hezbollah", "relation", "opposed", "object", "Mustafa al-Kadhimi")));
        // Agreement on some passages, disagreement on others: enough for the agreement page to say something.
        // (ada's own codings stay few: the coding browser test walks them with [ and ].)
        String approval = "Parliament approved the cabinet by a comfortable majority";
        for (String coder : List.of("ada", "ben", "carla")) {
            as(coder, SEMINAR, () -> code(news, approval, "Factual event", Map.of()));
        }
        String clearing = "clearing the way for his confirmation as prime minister";
        as("ben", SEMINAR, () -> code(news, clearing, "Factual event", Map.of()));
        as("carla", SEMINAR, () -> code(news, clearing, "Causal claim", Map.of()));
        as("carla", SEMINAR, () -> code(news, "Tehran agreed to support al-Kadhimi", "Support", Map.of("subject",
                "Iran", "relation", "backed", "object", "Mustafa al-Kadhimi")));
        as("carla", SEMINAR, () -> code(news, "The Iranians wanted a government before the summer", "Causal claim",
                Map.of()));
    }

    /**
     * The militia's statement was coded blind by ben and carla, and both submitted: the supervisor can reveal their
     * codings to each other (Assignments page).
     */
    private void codeDemoReadyToReveal() {
        long statement = ExecutionContext.supplyAs(UserIdentity.named("irene"), SEMINAR, () -> {
            long project = projects.listProjects().stream()
                    .filter(p -> p.name().startsWith("Iraq 2020")).findFirst().orElseThrow().id();
            long id = documents.listDocuments(project).stream()
                    .filter(d -> d.title().startsWith("Statement on the nomination")).findFirst().orElseThrow().id();
            assignments.assign(project, List.of(id), List.of("ben", "carla"), LocalDate.now().plusWeeks(1));
            return id;
        });
        String rejected = "The nomination of Mustafa al-Kadhimi is rejected";
        Map<String, String> opposed = Map.of("subject", "Kata'ib Hezbollah", "relation", "opposed", "object",
                "Mustafa al-Kadhimi");
        as("ben", SEMINAR, () -> code(statement, rejected, "Opposition", opposed));
        as("carla", SEMINAR, () -> code(statement, rejected, "Opposition", opposed));
        as("carla", SEMINAR, () -> code(statement, "Any party that supports this nomination shares that"
                + " responsibility", "Evaluation", Map.of()));
        for (String coder : List.of("ben", "carla")) {
            as(coder, SEMINAR, () -> assignments.myAssignments().stream().filter(a -> a.documentId() == statement)
                    .forEach(a -> assignments.submit(a.id())));
        }
        // Both submitted: the rejection is agreed, carla's extra Evaluation makes its passage disputed. sam opens
        // the discussion the review page shows.
        as("sam", SEMINAR, () -> {
            long disputed = documents.passages(statement).stream()
                    .filter(p -> p.text().contains("shares that responsibility")).findFirst().orElseThrow().id();
            discussions.comment(statement, disputed, "Is \u201cshares that responsibility\u201d the statement's own"
                    + " judgement (Evaluation) or a threat against the parties (Opposition)? Check both definitions.");
        });
    }

    /**
     * sam codes what the journal paper and the brief claim, each in its own spelling of the prime minister (al-Kazimi,
     * Al-Kazemi), collects the names in the codings as entities and merges the spellings into "Mustafa al-Kadhimi".
     * The ledger then holds a contested proposition, stance towards al-Kadhimi in 2020: the paper says Iran chose him
     * (and merely acquiesced), the brief, quoting Iran's ambassador (an interested party), that Iraqi parties chose
     * him: an exclusive act credited to two actors. The news item, still being coded by ada, ben and carla, is listed
     * once as unsettled. The brief's "Kataeb Hezbollah" is left for the Entities page to suggest merging with
     * "Kata'ib Hezbollah".
     */
    private void recordDemoEntities() {
        as("sam", SEMINAR, () -> {
            long project = projects.listProjects().stream()
                    .filter(p -> p.name().startsWith("Iraq 2020")).findFirst().orElseThrow().id();
            long paper = demoDocument(project, "Acquiescence, Not Endorsement");
            long brief = demoDocument(project, "Gulf Monitor Brief");
            code(paper, "Iranian officials accepted his nomination in April 2020", "Support", Map.of("subject",
                    "Iran", "relation", "accepted or acquiesced", "object", "Mustafa al-Kazimi", "time", "2020-04"));
            code(paper, "Iran chose the lesser evil", "Support", Map.of("subject", "Iran", "relation", "chose",
                    "object", "Mustafa al-Kazimi", "time", "2020-04"));
            code(brief, "the choice of Mustafa Al-Kazemi was", "Support", Map.of("subject", "Iraqi parties",
                    "relation", "chose", "object", "Mustafa Al-Kazemi", "time", "2020-04/2020-05", "attributed to",
                    "Iraj Masjedi, Iran's ambassador (Fars)"));
            code(brief, "Kataeb Hezbollah called the appointment", "Opposition", Map.of("subject",
                    "Kataeb Hezbollah", "relation", "condemned", "object", "Mustafa Al-Kazemi", "time", "2020-04-09"));
            entities.collectFromCodings(project);
            Map<String, Long> ids = entities.entities(project).stream()
                    .collect(java.util.stream.Collectors.toMap(e -> e.name(), e -> e.id()));
            entities.merge(ids.get("Mustafa al-Kadhimi"), ids.get("Mustafa al-Kazimi"));
            entities.merge(ids.get("Mustafa al-Kadhimi"), ids.get("Mustafa Al-Kazemi"));
            entities.describe(ids.get("Mustafa al-Kadhimi"), org.concordia.claims.model.EntityKind.PERSON,
                    "Mustafa al-Kadhimi");
            entities.describe(ids.get("Iran"), org.concordia.claims.model.EntityKind.STATE, "Iran");
            entities.describe(ids.get("Kata'ib Hezbollah"), org.concordia.claims.model.EntityKind.ARMED_GROUP,
                    "Kata'ib Hezbollah");
        });
    }

    private long demoDocument(long project, String titleStart) {
        return documents.listDocuments(project).stream().filter(d -> d.title().startsWith(titleStart)).findFirst()
                .orElseThrow().id();
    }

    /** A short practice text for the exercise: fictional, in the style of a wire report. */
    private static final String PRACTICE_TEXT = """
            Practice wire: parliament confirms new cabinet

            Parliament approved the new cabinet on Thursday by 212 votes.

            A spokesman for the Fatah Alliance said the bloc had backed the nominee from the start.

            Several independent deputies condemned the vote as rushed.
            """;

    /**
     * The practice round has an exercise: sam coded the practice text as the model answer and settled it into gold;
     * carla has done the exercise and submitted it (one miss, one extra), ada still has it to do. Training page.
     */
    private void offerDemoExercise() {
        long practice = ExecutionContext.supplyAs(UserIdentity.named("irene"), SEMINAR, () -> {
            long project = projects.listProjects().stream()
                    .filter(p -> p.name().startsWith("Practice round")).findFirst().orElseThrow().id();
            codebooks.startFromStarterCodebook(project);
            long id = importer.importPasted(project, "Practice wire: parliament confirms new cabinet", PRACTICE_TEXT,
                    org.concordia.documents.model.SourceType.NEWS_ARTICLE).documentId();
            assignments.assign(project, List.of(id), List.of("sam"), null);
            return id;
        });
        as("sam", SEMINAR, () -> {
            code(practice, "Parliament approved the new cabinet", "Factual event", Map.of());
            code(practice, "the bloc had backed the nominee", "Support", Map.of("subject", "Fatah Alliance",
                    "relation", "backed", "object", "the nominee"));
            code(practice, "condemned the vote as rushed", "Opposition", Map.of("subject", "independent deputies",
                    "relation", "condemned", "object", "the vote"));
            submitAs(practice);
            documents.passages(practice).stream().filter(p -> !p.excluded()).forEach(p -> adjudications.adjudicate(
                    practice, p.id(), null, org.concordia.consensus.model.AdjudicationMethod.TAKEN, "sam",
                    List.of(), "Model answer for the practice round."));
            training.offer(practice);
            long project = documents.document(practice).projectId();
            assignments.assign(project, List.of(practice), List.of("ada", "carla"), LocalDate.now().plusWeeks(1));
        });
        as("carla", SEMINAR, () -> {
            code(practice, "Parliament approved the new cabinet", "Factual event", Map.of());
            code(practice, "the bloc had backed the nominee", "Evaluation", Map.of());
            code(practice, "condemned the vote as rushed", "Opposition", Map.of());
            submitAs(practice);
        });
    }

    /** Submits the acting user's assignment of the document. */
    private void submitAs(long documentId) {
        assignments.myAssignments().stream().filter(a -> a.documentId() == documentId)
                .forEach(a -> assignments.submit(a.id()));
    }

    /** Codes the first occurrence of {@code phrase} in the document with the claim type called {@code type}. */
    private void code(long documentId, String phrase, String type, Map<String, String> attributes) {
        PassageView passage = documents.passages(documentId).stream().filter(p -> p.text().contains(phrase))
                .findFirst().orElseThrow();
        int start = passage.start() + passage.text().codePointCount(0, passage.text().indexOf(phrase));
        int end = start + phrase.codePointCount(0, phrase.length());
        long projectId = documents.document(documentId).projectId();
        long claimType = codebooks.view(projectId).claimTypes().stream().filter(t -> t.name().equals(type))
                .findFirst().orElseThrow().id();
        CodingView coding = codings.code(documentId, passage.id(), claimType, start, end);
        if (!attributes.isEmpty()) {
            codings.describe(coding.id(), attributes, null);
        }
    }

    /**
     * The sources grouped as a team compares them (analysis against press and statements) and described by
     * variables the fixed details have no place for: the outlet's country and the side the source speaks for.
     */
    private void groupDemoSources(long project) {
        long paper = demoDocument(project, "Acquiescence, Not Endorsement");
        long brief = demoDocument(project, "Gulf Monitor Brief");
        long news = demoDocument(project, "Iran backs Kadhimi");
        long statement = demoDocument(project, "Statement on the nomination");
        long analysis = documentGroups.createGroup(project, "Analysis", "Scholarship and think-tank briefs").id();
        documentGroups.addToGroup(analysis, List.of(paper, brief));
        long press = documentGroups.createGroup(project, "Press and statements", "What was published at the time")
                .id();
        documentGroups.addToGroup(press, List.of(news, statement));
        documentGroups.describeWithVariables(paper, variables("outlet country", "United Kingdom", "speaks for",
                "independent scholar"));
        documentGroups.describeWithVariables(brief, variables("outlet country", "United Arab Emirates",
                "speaks for", "think tank"));
        documentGroups.describeWithVariables(news, variables("outlet country", "Iraq", "speaks for", "newsroom"));
        documentGroups.describeWithVariables(statement, variables("outlet country", "Iraq", "speaks for",
                "armed group (interested party)"));
    }

    private static Map<String, String> variables(String... namesAndValues) {
        Map<String, String> variables = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }

    /** Imports a demo source as a supervisor would, then fills in what is known about it. */
    private void importSource(long projectId, DemoCorpus source) {
        byte[] content = source.content();
        ImportOutcome outcome = importer.importUpload(projectId, source.fileName(), content, source.metadata()
                .sourceType()).get(0);
        if (outcome.documentId() == null) {
            throw new IllegalStateException("Demo source " + source.fileName() + " failed: " + outcome.message());
        }
        documents.describe(outcome.documentId(), source.metadata());
    }

    /** Enrols the seminar's members (the seminar itself opened by {@link #claimed}) and opens the research team. */
    private void openTenants() {
        directory.enrol(SEMINAR, "sam", TenantRole.SUPERVISOR);
        directory.enrol(SEMINAR, "ada", TenantRole.CODER);
        directory.enrol(SEMINAR, "ben", TenantRole.CODER);
        directory.enrol(SEMINAR, "carla", TenantRole.CODER);

        directory.openTenant(RESEARCH, "Gulf Accounts Research Team", TenantKind.RESEARCH_TEAM, "rhea");
        directory.enrol(RESEARCH, "ben", TenantRole.SUPERVISOR);
        directory.enrol(RESEARCH, "dan", TenantRole.CODER);
        directory.enrol(RESEARCH, "layla", TenantRole.CODER);
    }

    private static void as(String username, String tenant, Runnable work) {
        ExecutionContext.runAs(UserIdentity.named(username), tenant, work);
    }
}
