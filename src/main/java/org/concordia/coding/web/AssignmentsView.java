package org.concordia.coding.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.concordia.coding.model.AssignmentView;
import org.concordia.coding.service.AssignmentService;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.service.DocumentService;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.service.MemberService;

/** A project's assignments ({@code assignments.xhtml?project=7}): supervisors assign documents and follow progress. */
@Named
@ViewScoped
public class AssignmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssignmentService assignmentService;

    @Inject
    DocumentService documentService;

    @Inject
    MemberService members;

    private Long project;
    private ProjectSummary projectSummary;
    private List<AssignmentView> assignments;
    private List<DocumentSummary> documents;
    private List<String> memberNames;

    private List<String> chosenCoders = new ArrayList<>();
    private List<Long> chosenDocuments = new ArrayList<>();
    private int perDocument = 2;
    private LocalDate dueOn;

    /** Called by the page's viewAction once the project parameter is set. */
    public void load() {
        if (project == null) {
            throw new NotFoundException("error.claims.noProjectWasNamedOpen");
        }
        projectSummary = documentService.project(project);
        assignments = assignmentService.projectAssignments(project);
        documents = documentService.listDocuments(project);
        memberNames = members.listMemberNames();
    }

    public void assignBalanced() {
        int made = assignmentService.assignBalanced(project, perDocument, chosenCoders, dueOn);
        Messages.info(Texts.get("assignments.msg.balanced", made, perDocument));
        assignments = assignmentService.projectAssignments(project);
    }

    public void assignChosen() {
        int made = assignmentService.assign(project, chosenDocuments, chosenCoders, dueOn);
        Messages.info(Texts.get("assignments.msg.made", made));
        assignments = assignmentService.projectAssignments(project);
    }

    public void reopen(AssignmentView assignment) {
        assignmentService.reopen(assignment.id());
        Messages.info(Texts.get("assignments.msg.reopened", assignment.coder(), assignment.documentTitle()));
        assignments = assignmentService.projectAssignments(project);
    }

    /** Ends blind coding of the assignment's document: its coders see each other's codings. */
    public void reveal(AssignmentView assignment) {
        int coders = assignmentService.reveal(assignment.documentId());
        Messages.info(Texts.get("assignments.msg.revealed", coders, assignment.documentTitle()));
        assignments = assignmentService.projectAssignments(project);
    }

    public boolean overdue(AssignmentView assignment) {
        return assignment.overdue(LocalDate.now());
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public ProjectSummary getProjectSummary() {
        return projectSummary;
    }

    public List<AssignmentView> getAssignments() {
        return assignments;
    }

    public List<DocumentSummary> getDocuments() {
        return documents;
    }

    public List<String> getMemberNames() {
        return memberNames;
    }

    public List<String> getChosenCoders() {
        return chosenCoders;
    }

    public void setChosenCoders(List<String> chosenCoders) {
        this.chosenCoders = chosenCoders;
    }

    public List<Long> getChosenDocuments() {
        return chosenDocuments;
    }

    public void setChosenDocuments(List<Long> chosenDocuments) {
        this.chosenDocuments = chosenDocuments;
    }

    public int getPerDocument() {
        return perDocument;
    }

    public void setPerDocument(int perDocument) {
        this.perDocument = perDocument;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
