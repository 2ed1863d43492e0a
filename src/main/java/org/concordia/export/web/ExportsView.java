package org.concordia.export.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.consensus.model.ConsensusState;
import org.concordia.documents.model.DocumentSummary;
import org.concordia.documents.service.DocumentService;
import org.concordia.export.model.ExportFilter;
import org.concordia.export.model.ExportJobView;
import org.concordia.export.model.ExportState;
import org.concordia.export.service.ExportFormatSupport;
import org.concordia.export.service.ExportService;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.service.MemberService;

/**
 * A project's exports ({@code exports.xhtml?project=3}, {@code /go/exports/3}): choose a format and what to
 * include, start; the jobs below show their progress and offer the file when done.
 */
@Named
@ViewScoped
public class ExportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExportService exports;

    @Inject
    DocumentService documents;

    @Inject
    CodebookService codebooks;

    @Inject
    MemberService members;

    private Long project;
    private ProjectSummary summary;
    private List<DocumentSummary> documentList;
    private List<ClaimTypeView> claimTypes;
    private List<String> coderNames;
    private List<ExportJobView> jobs;

    private String format = "csv";
    private List<Long> chosenDocuments = new ArrayList<>();
    private List<Long> chosenClaimTypes = new ArrayList<>();
    private List<String> chosenCoders = new ArrayList<>();
    private List<String> chosenStates = new ArrayList<>();
    private boolean goldOnly;

    public void load() {
        if (project == null) {
            throw new NotFoundException("error.claims.noProjectWasNamedOpen");
        }
        summary = documents.project(project);
        documentList = documents.listDocuments(project);
        claimTypes = codebooks.view(project).claimTypes().stream().filter(t -> t.draft().codable()).toList();
        coderNames = new ArrayList<>(members.listMemberNames());
        coderNames.add(0, "gold");
        refresh();
    }

    public void refresh() {
        jobs = exports.jobs(project);
    }

    public void start() {
        ExportFilter filter = new ExportFilter(new HashSet<>(chosenDocuments), new HashSet<>(chosenClaimTypes),
                new HashSet<>(chosenCoders), new HashSet<>(chosenStates), goldOnly);
        ExportJobView job = exports.start(project, format, filter);
        Messages.info(Texts.get("exports.msg.started", job.id()));
        refresh();
    }

    /** Whether a job is still being written: the page polls while one is. */
    public boolean isWorking() {
        return jobs.stream().anyMatch(j -> j.state() == ExportState.QUEUED || j.state() == ExportState.RUNNING);
    }

    public String size(Long bytes) {
        if (bytes == null) {
            return "";
        }
        return bytes < 1024 * 1024 ? (bytes + 1023) / 1024 + " kB" : String.format(java.util.Locale.ROOT, "%.1f MB",
                bytes / 1048576.0);
    }

    public List<ExportFormatSupport> getFormats() {
        return exports.formats();
    }

    public ConsensusState[] getStates() {
        return ConsensusState.values();
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public ProjectSummary getSummary() {
        return summary;
    }

    public List<DocumentSummary> getDocuments() {
        return documentList;
    }

    public List<ClaimTypeView> getClaimTypes() {
        return claimTypes;
    }

    public List<String> getCoderNames() {
        return coderNames;
    }

    public List<ExportJobView> getJobs() {
        return jobs;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public List<Long> getChosenDocuments() {
        return chosenDocuments;
    }

    public void setChosenDocuments(List<Long> chosenDocuments) {
        this.chosenDocuments = chosenDocuments == null ? new ArrayList<>() : new ArrayList<>(chosenDocuments);
    }

    public List<Long> getChosenClaimTypes() {
        return chosenClaimTypes;
    }

    public void setChosenClaimTypes(List<Long> chosenClaimTypes) {
        this.chosenClaimTypes = chosenClaimTypes == null ? new ArrayList<>() : new ArrayList<>(chosenClaimTypes);
    }

    public List<String> getChosenCoders() {
        return chosenCoders;
    }

    public void setChosenCoders(List<String> chosenCoders) {
        this.chosenCoders = chosenCoders == null ? new ArrayList<>() : new ArrayList<>(chosenCoders);
    }

    public List<String> getChosenStates() {
        return chosenStates;
    }

    public void setChosenStates(List<String> chosenStates) {
        this.chosenStates = chosenStates == null ? new ArrayList<>() : new ArrayList<>(chosenStates);
    }

    public boolean isGoldOnly() {
        return goldOnly;
    }

    public void setGoldOnly(boolean goldOnly) {
        this.goldOnly = goldOnly;
    }
}
