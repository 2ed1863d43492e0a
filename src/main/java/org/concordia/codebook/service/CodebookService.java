package org.concordia.codebook.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.ClaimType;
import org.concordia.codebook.model.ClaimTypeDraft;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.model.VersionedClaimType;
import org.concordia.codebook.model.Codebook;
import org.concordia.codebook.model.CodebookChange;
import org.concordia.codebook.model.CodebookView;
import org.concordia.codebook.persistence.CodebookRepository;
import org.concordia.platform.csv.SpreadsheetSafe;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.errors.NotFoundException;
import org.concordia.platform.errors.StaleVersionException;
import org.concordia.platform.text.Explanation;
import org.concordia.platform.upload.SpooledUpload;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.RequiresTenantRole;
import org.concordia.tenancy.service.TenantAccess;

/**
 * A project's codebook: everybody reads it; supervisors add, change and remove claim types, start from the
 * starter codebook, and exchange it as REFI-QDA (.qdc) or CSV. Every change goes into the change log under the
 * codebook's version; once codings use the codebook, the next change opens a new version.
 */
@ApplicationScoped
@Transactional
public class CodebookService {

    @Inject
    CodebookRepository repository;

    @Inject
    ProjectService projects;

    @Inject
    TenantAccess access;

    @RequiresTenantRole(value = TenantRole.CODER, action = "read the codebook")
    public CodebookView view(long projectId) {
        project(projectId);
        var codebook = repository.findCodebook(projectId);
        return new CodebookView(projectId, codebook.map(Codebook::getCurrentVersion).orElse(1),
                codebook.map(Codebook::isInUse).orElse(false), treeOrder(projectId),
                repository.changes(projectId).stream().map(CodebookChange::view).toList());
    }

    /** One claim type of the project's codebook (what saving a coding checks), without the whole codebook. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read the codebook")
    public ClaimTypeView claimType(long projectId, long claimTypeId) {
        return viewOf(projectId, claimTypeId);
    }

    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "change the codebook", writes = true)
    public ClaimTypeView addClaimType(long projectId, ClaimTypeDraft draft) {
        project(projectId);
        List<ClaimType> existing = repository.claimTypes(projectId);
        check(projectId, null, draft, existing);
        int position = existing.stream().mapToInt(ClaimType::getPosition).max().orElse(-1) + 1;
        ClaimType claimType = new ClaimType(projectId, null, position, draft);
        repository.add(claimType);
        log(projectId, "Added claim type \u201c" + claimType.getName() + "\u201d.");
        return viewOf(projectId, claimType.getId());
    }

    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "change the codebook", writes = true)
    public ClaimTypeView updateClaimType(long claimTypeId, ClaimTypeDraft draft) {
        ClaimType claimType = existing(claimTypeId);
        project(claimType.getProjectId());
        check(claimType.getProjectId(), claimTypeId, draft, repository.claimTypes(claimType.getProjectId()));
        ClaimTypeDraft before = claimType.draft();
        claimType.apply(draft);
        log(claimType.getProjectId(), "Changed claim type \u201c" + claimType.getName() + "\u201d: "
                + differences(before, claimType.draft()) + ".");
        return viewOf(claimType.getProjectId(), claimTypeId);
    }

    /** A claim type of the project with the version of its row, for an update that names what it read. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read the codebook")
    public VersionedClaimType versionedClaimType(long projectId, long claimTypeId) {
        ClaimTypeView view = viewOf(projectId, claimTypeId);
        return new VersionedClaimType(view, existing(claimTypeId).getVersion());
    }

    /**
     * Changes a claim type of the project if it is still at {@code expectedVersion} (null: whatever its version);
     * refused with {@link StaleVersionException}, nothing stored, when somebody changed it since.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "change the codebook", writes = true)
    public VersionedClaimType updateClaimType(long projectId, long claimTypeId, ClaimTypeDraft draft,
            Long expectedVersion) {
        requireVersion(projectId, claimTypeId, expectedVersion);
        updateClaimType(claimTypeId, draft);
        repository.flush();
        return versionedClaimType(projectId, claimTypeId);
    }

    /** Removes a claim type of the project if it is still at {@code expectedVersion} (null: whatever it is). */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "change the codebook", writes = true)
    public void removeClaimType(long projectId, long claimTypeId, Long expectedVersion) {
        requireVersion(projectId, claimTypeId, expectedVersion);
        removeClaimType(claimTypeId);
    }

    private void requireVersion(long projectId, long claimTypeId, Long expectedVersion) {
        long version = versionedClaimType(projectId, claimTypeId).version();
        if (expectedVersion != null && version != expectedVersion) {
            throw new StaleVersionException("error.codebook.claimTypeChangedSinceYouRead", version, expectedVersion);
        }
    }

    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "change the codebook", writes = true)
    public void removeClaimType(long claimTypeId) {
        ClaimType claimType = existing(claimTypeId);
        project(claimType.getProjectId());
        boolean hasChildren = repository.claimTypes(claimType.getProjectId()).stream()
                .anyMatch(t -> Objects.equals(t.getParentId(), claimTypeId));
        if (hasChildren) {
            throw new InvalidInputException("error.codebook.hasClaimTypesBelowIt", claimType.getName());
        }
        repository.remove(claimType);
        log(claimType.getProjectId(), "Removed claim type \u201c" + claimType.getName() + "\u201d.");
    }

    /** Fills an empty codebook with the starter codebook for political-discourse analysis. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "change the codebook", writes = true)
    public CodebookView startFromStarterCodebook(long projectId) {
        project(projectId);
        if (!repository.claimTypes(projectId).isEmpty()) {
            throw new InvalidInputException("error.codebook.theStarterCodebookCanOnly");
        }
        int[] position = {0};
        for (StarterCodebook.Entry entry : StarterCodebook.entries()) {
            addStarter(projectId, entry, null, position);
        }
        log(projectId, "Started from the starter codebook for political-discourse analysis.");
        return view(projectId);
    }

    /** The largest codebook file (.qdc or CSV) taken: a codebook of thousands of claim types is a few MB. */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** An uploaded codebook file, read up to {@link #MAX_FILE_BYTES}; larger ones are refused whole. */
    public static byte[] readUpload(java.io.InputStream in) {
        try (SpooledUpload upload = SpooledUpload.of(in == null ? java.io.InputStream.nullInputStream() : in,
                MAX_FILE_BYTES, Explanation.of("upload.thisCodebookFile"))) {
            return upload.bytes();
        }
    }

    /** Adds the codes of a REFI-QDA codebook (.qdc); codes whose GUID the codebook has already are skipped. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "change the codebook", writes = true)
    public int importQdc(long projectId, byte[] qdc) {
        return importCodes(projectId, RefiQdaCodebook.read(new ByteArrayInputStream(qdc)));
    }

    /**
     * Adds REFI-QDA codes (from a .qdc, or the codebook of a project another tool wrote), sub-codes below their
     * parents; codes whose GUID the codebook has already are skipped.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "change the codebook", writes = true)
    public int importCodes(long projectId, List<RefiQdaCodebook.ImportedCode> codes) {
        project(projectId);
        Map<String, ClaimType> byGuid = repository.claimTypes(projectId).stream()
                .collect(Collectors.toMap(ClaimType::getGuid, t -> t));
        int[] counts = {repository.claimTypes(projectId).stream().mapToInt(ClaimType::getPosition).max().orElse(-1)
                + 1, 0};
        for (RefiQdaCodebook.ImportedCode code : codes) {
            importCode(projectId, code, null, byGuid, counts);
        }
        log(projectId, "Imported " + counts[1] + " claim types from a REFI-QDA codebook.");
        return counts[1];
    }

    /**
     * Adds the claim types of a CSV in the form {@link #exportCsv} writes (path, name, guid, codable, colour, hotkey,
     * rules of use, attributes); rows whose GUID the codebook has are skipped. All or nothing: a bad row is named
     * and nothing is added.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "change the codebook", writes = true)
    public int importCsv(long projectId, byte[] csv) {
        project(projectId);
        List<CSVRecord> rows;
        try {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords();
        } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new InvalidInputException("error.codebook.thisIsNotAReadable", e.getMessage());
        }
        List<ClaimType> existing = repository.claimTypes(projectId);
        List<ClaimTypeView> tree = treeOrder(projectId);
        Map<Long, ClaimTypeView> byId = tree.stream().collect(Collectors.toMap(ClaimTypeView::id, v -> v));
        Map<String, Long> idByPath = new HashMap<>();
        tree.forEach(t -> idByPath.put(t.path(byId), t.id()));
        java.util.Set<String> guids = existing.stream().map(ClaimType::getGuid).collect(Collectors.toSet());
        int position = existing.stream().mapToInt(ClaimType::getPosition).max().orElse(-1) + 1;
        int added = 0;
        for (CSVRecord row : rows) {
            try {
                String path = cell(row, "path");
                String guid = cell(row, "guid");
                if (guids.contains(guid)) {
                    continue;
                }
                String parentPath = path.contains(" / ") ? path.substring(0, path.lastIndexOf(" / ")) : null;
                Long parentId = parentPath == null ? null : idByPath.get(parentPath);
                if (parentPath != null && parentId == null) {
                    throw new InvalidInputException("error.codebook.itsParentComesNowhereBefore", parentPath);
                }
                List<AttributeField> attributes = cell(row, "attributes").isBlank() ? List.of()
                        : java.util.Arrays.stream(cell(row, "attributes").split("; ")).map(AttributeField::parse)
                                .toList();
                ClaimTypeDraft draft = new ClaimTypeDraft(parentId, cell(row, "name"), cell(row, "definition"),
                        cell(row, "when_to_use"), cell(row, "when_not_to_use"), cell(row, "examples"),
                        cell(row, "colour"), cell(row, "hotkey"), Boolean.parseBoolean(cell(row, "codable")),
                        attributes);
                check(projectId, null, draft, repository.claimTypes(projectId));
                ClaimType claimType = new ClaimType(projectId, guid.isBlank() ? null : guid, position++, draft);
                repository.add(claimType);
                idByPath.put(path, claimType.getId());
                guids.add(claimType.getGuid());
                added++;
            } catch (InvalidInputException | IllegalArgumentException e) {
                throw new InvalidInputException("error.codebook.rowOfTheCsvNothing", row.getRecordNumber() + 1,
                        e instanceof InvalidInputException explained ? explained.explanation() : e.getMessage());
            }
        }
        log(projectId, "Imported " + added + " claim types from a CSV codebook.");
        return added;
    }

    /** A cell of a codebook CSV as it was before export made it safe for spreadsheets. */
    private static String cell(CSVRecord row, String column) {
        return SpreadsheetSafe.restore(row.get(column));
    }

    @RequiresTenantRole(value = TenantRole.CODER, action = "read the codebook")
    public byte[] exportQdc(long projectId) {
        project(projectId);
        return RefiQdaCodebook.write(treeOrder(projectId));
    }

    /** The codebook as CSV, one row per claim type, for spreadsheets and R. */
    @RequiresTenantRole(value = TenantRole.CODER, action = "read the codebook")
    public byte[] exportCsv(long projectId) {
        project(projectId);
        List<ClaimTypeView> types = treeOrder(projectId);
        Map<Long, ClaimTypeView> byId = types.stream().collect(Collectors.toMap(ClaimTypeView::id, t -> t));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader("path", "name", "guid", "codable", "colour",
                "hotkey", "definition", "when_to_use", "when_not_to_use", "examples", "attributes").get().print(out)) {
            for (ClaimTypeView type : types) {
                ClaimTypeDraft d = type.draft();
                csv.printRecord(SpreadsheetSafe.cells(type.path(byId), d.name(), type.guid(), d.codable(), d.colour(), d.hotkey(),
                        d.definition(), d.whenToUse(), d.whenNotToUse(), d.examples(),
                        d.attributes().stream().map(AttributeField::toString).collect(Collectors.joining("; "))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes a backup's codebook history into the restored project, whose claim types are restored already: its
     * version, whether codings used it, and its change log (which replaces the lines the restore itself wrote).
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "change the codebook", writes = true)
    public void restoreHistory(long projectId, int version, boolean inUse, List<CodebookChange.ChangeView> changes) {
        project(projectId);
        if (version < 1 || changes.stream().anyMatch(c -> c.version() < 1 || c.version() > version)) {
            throw new InvalidInputException("error.codebook.theBackupsHistoryIsDamaged", version);
        }
        codebookOf(projectId).restore(version, inUse);
        repository.removeChanges(projectId);
        changes.stream().sorted(java.util.Comparator.comparing(CodebookChange.ChangeView::changedAt))
                .forEach(c -> repository.add(CodebookChange.restored(projectId, c)));
    }

    /**
     * Notes that codings now use the current version (the coding feature calls this when a coding is saved);
     * the next change of the codebook opens a new version. Returns the version in use.
     */
    @RequiresTenantRole(value = TenantRole.CODER, action = "code")
    public int markInUse(long projectId) {
        Codebook codebook = codebookOf(projectId);
        codebook.markInUse();
        return codebook.getCurrentVersion();
    }

    private void addStarter(long projectId, StarterCodebook.Entry entry, Long parentId, int[] position) {
        ClaimTypeDraft d = entry.draft();
        ClaimType claimType = new ClaimType(projectId, null, position[0]++, new ClaimTypeDraft(parentId, d.name(),
                d.definition(), d.whenToUse(), d.whenNotToUse(), d.examples(), d.colour(), d.hotkey(), d.codable(),
                d.attributes()));
        repository.add(claimType);
        for (StarterCodebook.Entry child : entry.children()) {
            addStarter(projectId, child, claimType.getId(), position);
        }
    }

    private void importCode(long projectId, RefiQdaCodebook.ImportedCode code, Long parentId,
            Map<String, ClaimType> byGuid, int[] counts) {
        ClaimType claimType = byGuid.get(code.guid());
        if (claimType == null) {
            RefiQdaCodebook.Sections described = RefiQdaCodebook.sections(code.description());
            claimType = new ClaimType(projectId, code.guid(), counts[0]++, new ClaimTypeDraft(parentId, code.name(),
                    described.definition(), described.whenToUse(), described.whenNotToUse(), described.examples(),
                    code.colour(), null, code.codable(), distinctByName(described.attributes())));
            repository.add(claimType);
            byGuid.put(code.guid(), claimType);
            counts[1]++;
        }
        for (RefiQdaCodebook.ImportedCode child : code.children()) {
            importCode(projectId, child, claimType.getId(), byGuid, counts);
        }
    }

    /** The first attribute of each name (a description another tool edited may name one twice). */
    private static List<AttributeField> distinctByName(List<AttributeField> attributes) {
        Map<String, AttributeField> byName = new java.util.LinkedHashMap<>();
        attributes.forEach(a -> byName.putIfAbsent(a.name().toLowerCase(Locale.ROOT), a));
        return List.copyOf(byName.values());
    }

    /** Names unique among siblings, hotkeys unique in the codebook, the parent in the project and not below. */
    private void check(long projectId, Long self, ClaimTypeDraft draft, List<ClaimType> existing) {
        Map<Long, ClaimType> byId = existing.stream().collect(Collectors.toMap(ClaimType::getId, t -> t));
        if (draft.parentId() != null) {
            if (!byId.containsKey(draft.parentId())) {
                throw new InvalidInputException("error.codebook.theClaimTypeToPut");
            }
            for (Long p = draft.parentId(); p != null; p = byId.get(p).getParentId()) {
                if (p.equals(self)) {
                    throw new InvalidInputException("error.codebook.aClaimTypeCannotBe");
                }
            }
        }
        String name = draft.name() == null ? "" : draft.name().strip().toLowerCase(Locale.ROOT);
        for (ClaimType other : existing) {
            if (other.getId().equals(self)) {
                continue;
            }
            if (Objects.equals(other.getParentId(), draft.parentId())
                    && other.getName().toLowerCase(Locale.ROOT).equals(name)) {
                throw new InvalidInputException("error.codebook.thereIsAClaimType", other.getName());
            }
            if (draft.hotkey() != null && !draft.hotkey().isBlank()
                    && draft.hotkey().strip().equalsIgnoreCase(other.getHotkey())) {
                throw new InvalidInputException("error.codebook.theHotkeyBelongsToAlready", other.getHotkey(),
                        other.getName());
            }
        }
    }

    private List<ClaimTypeView> treeOrder(long projectId) {
        List<ClaimType> all = repository.claimTypes(projectId);
        Map<Long, List<ClaimType>> children = new HashMap<>();
        for (ClaimType type : all) {
            children.computeIfAbsent(type.getParentId() == null ? -1L : type.getParentId(), k -> new ArrayList<>())
                    .add(type);
        }
        List<ClaimTypeView> ordered = new ArrayList<>();
        addInOrder(children, -1L, 0, ordered);
        return ordered;
    }

    private static void addInOrder(Map<Long, List<ClaimType>> children, long parent, int depth,
            List<ClaimTypeView> ordered) {
        for (ClaimType type : children.getOrDefault(parent, List.of())) {
            ordered.add(new ClaimTypeView(type.getId(), type.getGuid(), type.getParentId(), depth, type.draft()));
            addInOrder(children, type.getId(), depth + 1, ordered);
        }
    }

    private ClaimTypeView viewOf(long projectId, long claimTypeId) {
        return treeOrder(projectId).stream().filter(t -> t.id() == claimTypeId).findFirst()
                .orElseThrow(() -> new NotFoundException("error.codebook.thisClaimTypeIsNot"));
    }

    private static String differences(ClaimTypeDraft before, ClaimTypeDraft after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "name", before.name(), after.name());
        compare(changed, "place in the tree", before.parentId(), after.parentId());
        compare(changed, "definition", before.definition(), after.definition());
        compare(changed, "when to use", before.whenToUse(), after.whenToUse());
        compare(changed, "when not to use", before.whenNotToUse(), after.whenNotToUse());
        compare(changed, "examples", before.examples(), after.examples());
        compare(changed, "colour", before.colour(), after.colour());
        compare(changed, "hotkey", before.hotkey(), after.hotkey());
        compare(changed, "codable", before.codable(), after.codable());
        compare(changed, "attributes", before.attributes(), after.attributes());
        return changed.isEmpty() ? "nothing" : String.join(", ", changed);
    }

    private static void compare(List<String> changed, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(what);
        }
    }

    private void log(long projectId, String description) {
        Codebook codebook = codebookOf(projectId);
        repository.add(new CodebookChange(projectId, codebook.versionForChange(), description,
                access.currentUser().username()));
    }

    private Codebook codebookOf(long projectId) {
        return repository.findCodebook(projectId).orElseGet(() -> {
            Codebook codebook = new Codebook(projectId);
            repository.add(codebook);
            return codebook;
        });
    }

    private ProjectSummary project(long projectId) {
        return projects.findProject(projectId)
                .orElseThrow(() -> new NotFoundException("error.codebook.thisProjectDoesNotExist"));
    }

    private ClaimType existing(long claimTypeId) {
        return repository.findClaimType(claimTypeId)
                .orElseThrow(() -> new NotFoundException("error.codebook.thisClaimTypeDoesNot"));
    }
}
