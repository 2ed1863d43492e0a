package org.concordia.coding.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.concordia.coding.model.AssignmentView;
import org.concordia.coding.service.AssignmentService;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;

/** The coder's part of the dashboard: their assignments in this tenant with progress, and submitting them. */
@Named
@ViewScoped
public class MyAssignmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssignmentService assignmentService;

    private List<AssignmentView> assignments;

    @PostConstruct
    void load() {
        assignments = assignmentService.myAssignments();
    }

    public void submit(AssignmentView assignment) {
        assignmentService.submit(assignment.id());
        assignments = assignmentService.myAssignments();
        Messages.info(Texts.get("dashboard.msg.submitted", assignment.documentTitle()));
    }

    public boolean overdue(AssignmentView assignment) {
        return assignment.overdue(LocalDate.now());
    }

    public List<AssignmentView> getAssignments() {
        return assignments;
    }
}
