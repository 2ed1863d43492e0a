package org.concordia.codebook.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.AttributeType;
import org.concordia.codebook.model.ClaimTypeCounts;
import org.concordia.codebook.model.MeasurementLevel;
import org.concordia.codebook.model.ClaimTypeDraft;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.model.CodebookView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.service.CodingService;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.faces.Messages;
import org.concordia.platform.faces.Texts;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.TenantAccess;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The codebook page ({@code codebook.xhtml?project=7}): the claim types as a tree; supervisors edit them, start
 * from the starter codebook, import and export REFI-QDA and CSV; everybody sees the change log.
 */
@Named("codebookEditor")
@ViewScoped
public class CodebookEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CodebookService codebooks;

    @Inject
    CodingService codings;

    @Inject
    ProjectService projects;

    @Inject
    TenantAccess access;

    private Long project;
    private ProjectSummary projectSummary;
    private CodebookView codebook;
    private boolean canEdit;

    private Long editedId;
    private Long parentId;
    private String name;
    private String definition;
    private String whenToUse;
    private String whenNotToUse;
    private String examples;
    private String colour;
    private String hotkey;
    private boolean codable = true;
    private List<AttributeRow> attributes = new ArrayList<>();

    /** Called by the page's viewAction once the project parameter is set. */
    private Map<Long, Long> counts = Map.of();

    public void load() {
        if (project == null) {
            throw new NotFoundException("error.claims.noProjectWasNamedOpen");
        }
        projectSummary = projects.findProject(project)
                .orElseThrow(() -> new NotFoundException("error.codebook.thisProjectDoesNotExist"));
        codebook = codebooks.view(project);
        canEdit = access.has(TenantRole.SUPERVISOR);
        counts = ClaimTypeCounts.withDescendants(codebook.claimTypes(), codings.countsByClaimType(project));
    }

    /** How often the claim type (with the types below it) was applied: by everybody, or for a coder by her. */
    public long count(ClaimTypeView type) {
        return counts.getOrDefault(type.id(), 0L);
    }

    public void startNew() {
        editedId = null;
        parentId = null;
        name = definition = whenToUse = whenNotToUse = examples = hotkey = null;
        colour = "1f77b4";
        codable = true;
        attributes = new ArrayList<>();
    }

    public void startEdit(ClaimTypeView type) {
        ClaimTypeDraft d = type.draft();
        editedId = type.id();
        parentId = d.parentId();
        name = d.name();
        definition = d.definition();
        whenToUse = d.whenToUse();
        whenNotToUse = d.whenNotToUse();
        examples = d.examples();
        colour = d.colour().substring(1);
        hotkey = d.hotkey();
        codable = d.codable();
        attributes = new ArrayList<>(d.attributes().stream().map(AttributeRow::of).toList());
    }

    public void save() {
        ClaimTypeDraft draft = new ClaimTypeDraft(parentId, name, definition, whenToUse, whenNotToUse, examples,
                colour == null ? null : "#" + colour.replace("#", ""), hotkey, codable,
                attributes.stream().filter(a -> a.getName() != null && !a.getName().isBlank())
                        .map(AttributeRow::toField).toList());
        ClaimTypeView saved = editedId == null ? codebooks.addClaimType(project, draft)
                : codebooks.updateClaimType(editedId, draft);
        Messages.info(Texts.get(editedId == null ? "codebook.msg.added" : "codebook.msg.saved", saved.name()));
        codebook = codebooks.view(project);
    }

    public void remove(ClaimTypeView type) {
        codebooks.removeClaimType(type.id());
        Messages.info(Texts.get("codebook.msg.removed", type.name()));
        codebook = codebooks.view(project);
    }

    public void startFromStarter() {
        codebook = codebooks.startFromStarterCodebook(project);
        Messages.info(Texts.get("codebook.msg.starter"));
    }

    /** Imports a REFI-QDA codebook (.qdc) or a codebook CSV, by the file's name. */
    public void importCodebook(FileUploadEvent event) {
        String name = event.getFile().getFileName().toLowerCase(java.util.Locale.ROOT);
        byte[] content;
        try (java.io.InputStream in = event.getFile().getInputStream()) {
            content = CodebookService.readUpload(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int imported = name.endsWith(".csv") ? codebooks.importCsv(project, content)
                : codebooks.importQdc(project, content);
        codebook = codebooks.view(project);
        Messages.info(Texts.get("codebook.msg.imported", imported, event.getFile().getFileName()));
    }

    public void addAttribute() {
        attributes.add(new AttributeRow());
    }

    public void removeAttribute(AttributeRow row) {
        attributes.remove(row);
    }

    public StreamedContent getQdc() {
        return download(codebooks.exportQdc(project), "codebook.qdc", "application/xml");
    }

    public StreamedContent getCsv() {
        return download(codebooks.exportCsv(project), "codebook.csv", "text/csv; charset=UTF-8");
    }

    private StreamedContent download(byte[] bytes, String fileName, String type) {
        String safeName = projectSummary.name().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "")
                .toLowerCase() + "-" + fileName;
        return DefaultStreamedContent.builder().name(safeName).contentType(type).contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** Where a claim type may go: under any other claim type of the codebook. */
    public List<ClaimTypeView> getParentChoices() {
        return codebook.claimTypes().stream().filter(t -> editedId == null || t.id() != editedId).toList();
    }

    public String indent(ClaimTypeView type) {
        return "padding-left: " + (type.depth() * 1.5) + "rem";
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

    public CodebookView getCodebook() {
        return codebook;
    }

    public boolean isCanEdit() {
        return canEdit;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public AttributeType[] getAttributeTypes() {
        return AttributeType.values();
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public String getWhenToUse() {
        return whenToUse;
    }

    public void setWhenToUse(String whenToUse) {
        this.whenToUse = whenToUse;
    }

    public String getWhenNotToUse() {
        return whenNotToUse;
    }

    public void setWhenNotToUse(String whenNotToUse) {
        this.whenNotToUse = whenNotToUse;
    }

    public String getExamples() {
        return examples;
    }

    public void setExamples(String examples) {
        this.examples = examples;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public String getHotkey() {
        return hotkey;
    }

    public void setHotkey(String hotkey) {
        this.hotkey = hotkey;
    }

    public boolean isCodable() {
        return codable;
    }

    public void setCodable(boolean codable) {
        this.codable = codable;
    }

    public List<AttributeRow> getAttributes() {
        return attributes;
    }

    /** One editable row of the attribute schema. */
    public static class AttributeRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private AttributeType type = AttributeType.TEXT;
        private String choices;
        private boolean required;
        private MeasurementLevel level = MeasurementLevel.NOMINAL;

        static AttributeRow of(AttributeField field) {
            AttributeRow row = new AttributeRow();
            row.name = field.name();
            row.type = field.type();
            row.choices = String.join(", ", field.choices());
            row.required = field.required();
            row.level = field.level();
            return row;
        }

        AttributeField toField() {
            return new AttributeField(name, type, choices == null ? List.of() : Arrays.asList(choices.split(",")),
                    required, level);
        }

        /** The levels values of the row's type can be on, for the level menu. */
        public List<MeasurementLevel> getLevels() {
            return Arrays.stream(MeasurementLevel.values()).filter(l -> l.fits(type)).toList();
        }

        public MeasurementLevel getLevel() {
            return level;
        }

        public void setLevel(MeasurementLevel level) {
            this.level = level;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public AttributeType getType() {
            return type;
        }

        /** A new type keeps the level where it fits and takes the type's usual level where it does not. */
        public void setType(AttributeType type) {
            this.type = type;
            if (type != null && (level == null || !level.fits(type))) {
                level = MeasurementLevel.usualFor(type);
            }
        }

        public String getChoices() {
            return choices;
        }

        public void setChoices(String choices) {
            this.choices = choices;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }
    }
}
