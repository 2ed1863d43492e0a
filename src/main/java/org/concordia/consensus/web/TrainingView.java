package org.concordia.consensus.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concordia.consensus.model.ExerciseView;
import org.concordia.consensus.model.TrainingScore;
import org.concordia.consensus.service.TrainingService;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantAccess;

/**
 * Training ({@code training.xhtml}, in the menu): coders see their exercises and, once submitted, their score
 * against gold with each difference explained; supervisors offer gold-coded documents as exercises and read
 * everybody's scores.
 */
@Named
@ViewScoped
public class TrainingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingService training;

    @Inject
    ProjectService projects;

    @Inject
    DocumentService documents;

    @Inject
    TenantAccess access;

    private boolean supervisor;
    private List<ExerciseView> exercises;
    /** The offerable documents by project, the project named so that two of the same name can be told apart. */
    private List<jakarta.faces.model.SelectItem> offerableByProject = new ArrayList<>();
    private Long offered;
    private TrainingScore score;

    public void load() {
        supervisor = access.has(TenantRole.SUPERVISOR);
        exercises = training.exercises();
        if (supervisor) {
            offerableByProject = new ArrayList<>();
            List<ProjectSummary> all = projects.listProjects();
            for (ProjectSummary project : all) {
                List<DocumentSummary> open = documents.listDocuments(project.id()).stream()
                        .filter(d -> exercises.stream().noneMatch(e -> e.documentId() == d.id())).toList();
                if (!open.isEmpty()) {
                    jakarta.faces.model.SelectItemGroup group = new jakarta.faces.model.SelectItemGroup(
                            projectLabel(project, all));
                    group.setSelectItems(open.stream().map(d -> new jakarta.faces.model.SelectItem(d.id(), d.title()))
                            .toArray(jakarta.faces.model.SelectItem[]::new));
                    offerableByProject.add(group);
                }
            }
        }
    }

    public void offer() {
        if (offered == null) {
            Messages.warn(Texts.get("training.msg.chooseDocument"));
            return;
        }
        training.offer(offered);
        Messages.info(Texts.get("training.msg.offered"));
        offered = null;
        load();
    }

    public void withdraw(ExerciseView exercise) {
        training.withdraw(exercise.documentId());
        Messages.info(Texts.get("training.msg.withdrawn", exercise.documentTitle()));
        score = null;
        load();
    }

    public void show(ExerciseView exercise, ExerciseView.Attempt attempt) {
        score = training.score(exercise.documentId(), attempt.coder());
    }

    public String percent(Double value) {
        return value == null ? "\u2014" : String.format(Locale.ROOT, "%.0f%%", value * 100);
    }

    public boolean isSupervisor() {
        return supervisor;
    }

    public List<ExerciseView> getExercises() {
        return exercises;
    }

    public List<jakarta.faces.model.SelectItem> getOfferableByProject() {
        return offerableByProject;
    }

    /** The project's name, with who made it and when if another project has the same name. */
    private static String projectLabel(ProjectSummary project, List<ProjectSummary> all) {
        boolean shared = all.stream().filter(p -> p.name().equals(project.name())).count() > 1;
        if (!shared) {
            return project.name();
        }
        return project.name() + " (" + project.createdBy() + ", " + java.time.format.DateTimeFormatter.ofPattern(
                "d MMM yyyy", Locale.ENGLISH).format(project.createdAt().atZone(java.time.ZoneOffset.UTC)) + ")";
    }

    public Long getOffered() {
        return offered;
    }

    public void setOffered(Long offered) {
        this.offered = offered;
    }

    public TrainingScore getScore() {
        return score;
    }
}
