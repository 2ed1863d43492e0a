package org.concordia.export.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.concordia.claims.service.RegistryBackup;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.CodebookService;
import org.concordia.coding.service.AssignmentService;
import org.concordia.coding.service.CodingService;
import org.concordia.claims.model.VerdictView;
import org.concordia.consensus.model.ExerciseRecord;
import org.concordia.consensus.service.AdjudicationService;
import org.concordia.consensus.service.ConsensusBackup;
import org.concordia.documents.model.DocumentGroup;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.DocumentVariable;
import org.concordia.documents.model.ImportOutcome;
import org.concordia.documents.model.PassageView;
import org.concordia.documents.model.SourceType;
import org.concordia.documents.service.DocumentGroupService;
import org.concordia.documents.service.DocumentImporter;
import org.concordia.documents.service.DocumentService;
import org.concordia.export.model.LeftOut;
import org.concordia.export.model.ProjectImportResult;
import org.concordia.export.service.QdeProject.Applied;
import org.concordia.export.service.QdeProject.OtherPart;
import org.concordia.export.service.QdeProject.Region;
import org.concordia.export.service.QdeProject.Selection;
import org.concordia.export.service.QdeProject.Source;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.text.Explanation;
import org.concordia.platform.text.PlainText;
import org.concordia.platform.upload.SpooledUpload;
import org.concordia.platform.upload.UnpackedZip;
import org.concordia.platform.upload.UploadLimits;
import org.concordia.tenancy.model.Project;
import org.concordia.tenancy.model.ProjectSummary;
import org.concordia.tenancy.model.TenantRole;
import org.concordia.tenancy.service.ProjectService;
import org.concordia.tenancy.service.RequiresTenantRole;

/**
 * Imports a REFI-QDA project (.qdpx) into a new project, all in one transaction, so that a file that cannot be
 * imported leaves nothing behind. Two kinds of file arrive:
 *
 * <ul>
 * <li><b>Concordia's own backup</b> (it has a {@code concordia/} folder): every source's text comes back verbatim,
 * with its passages, details, and the codings' attribute values and memos, exactly as exported.</li>
 * <li><b>A project from another tool</b> (ATLAS.ti, MAXQDA, NVivo, f4, QualCoder): each source's original file
 * (DOCX, PDF, RTF, ODT, or the tool's plain text) goes through the same import as an upload, cleaned, and every
 * selection is carried from the tool's plain text onto the cleaned text by aligning the two ({@link TextAlignment});
 * a PDF region is placed where its text is found. Codes become claim types, each coding is kept by the user who
 * made it, notes become memos (of the codings, the documents, the project). What has no place in Concordia
 * (pictures, audio, video, links, graphs, a selection whose words the clean-up removed) is counted in the result's
 * {@link LeftOut} list, by kind, with names: nothing is dropped without a word.</li>
 * </ul>
 */
@ApplicationScoped
@Transactional
public class RefiQdaProjectImport {

    /** The largest .qdpx taken, as sent: web.xml's request limit. */
    public static final long MAX_UPLOAD_BYTES = 200L * 1024 * 1024;
    /** What a .qdpx may unpack to: files of at most 200 MB, 500 MB and 20,000 files in all, at most 200-fold. */
    static final UploadLimits LIMITS = new UploadLimits(200L * 1024 * 1024, 500L * 1024 * 1024, 20_000, 200);

    @Inject
    ProjectService projects;

    @Inject
    CodebookService codebooks;

    @Inject
    DocumentImporter importer;

    @Inject
    DocumentService documents;

    @Inject
    CodingService codings;

    @Inject
    AssignmentService assignments;

    @Inject
    ConsensusBackup settlements;

    @Inject
    RegistryBackup registry;

    @Inject
    AdjudicationService adjudications;

    @Inject
    DocumentGroupService groups;

    /** Refuses whoever may not import projects (coders, archived tenants): what the import page checks first. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "import projects", writes = true)
    public void requireAllowed() {
        // the annotation is the check
    }

    /** Creates a project named {@code name} (else the file's project name) holding what the .qdpx holds. */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "import projects", writes = true)
    public ProjectImportResult importProject(String name, byte[] qdpx) {
        return importProject(name, new ByteArrayInputStream(qdpx));
    }

    /**
     * Creates a project from a .qdpx read as it arrives: copied to a temporary file and unpacked there within
     * {@link #LIMITS}, so that an archive over a limit (a zip bomb among them) is refused before anything is stored.
     */
    @RequiresTenantRole(value = TenantRole.SUPERVISOR, action = "import projects", writes = true)
    public ProjectImportResult importProject(String name, InputStream qdpx) {
        try (SpooledUpload upload = SpooledUpload.of(qdpx, MAX_UPLOAD_BYTES, Explanation.of("upload.thisQdpx"));
                UnpackedZip files = UnpackedZip.unpack(upload.file(), LIMITS, Explanation.of("upload.thisQdpx"))) {
            QdpxArchive archive = QdpxArchive.of(files);
            QdeProject project = QdeReader.read(archive.qde().file());
            ConcordiaExtras extras = ConcordiaExtras.of(archive);
            return new Run(archive, project, extras).importAs(name);
        }
    }

    /** One import: the archive, what its .qde says, and what has been made of it so far. */
    private final class Run {
        private final QdpxArchive archive;
        private final QdeProject file;
        private final ConcordiaExtras extras;
        private final Tally leftOut = new Tally();
        private final List<Explanation> notes = new ArrayList<>();
        private Map<String, Long> claimTypes;
        /** The document each source became (or was found to repeat), by the source's GUID as normalGuid has it. */
        private final Map<String, Long> documentOfSource = new LinkedHashMap<>();
        private int documentCount;
        private int codingCount;
        /** The restored codings of a backup, by the (normalised) GUID of the selection each came from. */
        private final Map<String, Long> restoredCodings = new HashMap<>();
        private final QdeMemos memos;

        Run(QdpxArchive archive, QdeProject file, ConcordiaExtras extras) {
            this.archive = archive;
            this.file = file;
            this.extras = extras;
            this.memos = new QdeMemos(file, archive);
        }

        ProjectImportResult importAs(String name) {
            String projectName = PlainText.cleanedLine(name != null && !name.isBlank() ? name.strip()
                    : file.name() == null || file.name().isBlank() ? "Imported project" : file.name().strip());
            if (projectName.length() > Project.MAX_NAME) {
                projectName = projectName.substring(0, Project.MAX_NAME).strip();
            }
            String description = "Imported from a REFI-QDA project" + (file.origin() == null ? ""
                    : " made by " + PlainText.cleanedLine(file.origin())) + ".";
            ProjectSummary created = projects.createProject(projectName, memos.descriptionWithProjectNotes(
                    description, Project.MAX_DESCRIPTION, note -> leftOut.add(LeftOut.Kind.PROJECT_NOTES, note)));
            long project = created.id();
            importCodebook(project);
            for (Source source : file.sources()) {
                if (extras != null) {
                    restore(project, source);
                } else {
                    importFromTool(project, source);
                }
            }
            groupAndDescribeDocuments(project);
            if (extras != null && extras.registry() != null) {
                Map<Long, Long> entityIds = registry.restore(project, extras.registry());
                restoreVerdicts(project, entityIds);
            }
            if (extras != null) {
                settlements.restoreSnapshots(project, extras.snapshots());
                ConcordiaExtras.CodebookHistory history = extras.codebookHistory();
                if (history != null) {
                    codebooks.restoreHistory(project, history.version(), history.inUse(), history.changes());
                }
            }
            countOtherParts();
            if (memos.shortened() > 0) {
                notes.add(Explanation.of("import.memosShortened", memos.shortened(), QdeMemos.MAX_MEMO));
            }
            return new ProjectImportResult(created, documentCount, claimTypes.size(), codingCount, leftOut.entries(),
                    notes);
        }

        private void importCodebook(long project) {
            if (extras != null && extras.codebookCsv() != null) {
                codebooks.importCsv(project, extras.codebookCsv());
            } else if (!file.codes().isEmpty()) {
                codebooks.importCodes(project, file.codes().stream().map(memos::withNotes).toList());
            }
            claimTypes = new HashMap<>();
            for (ClaimTypeView type : codebooks.view(project).claimTypes()) {
                claimTypes.put(normalGuid(type.guid()), type.id());
            }
        }

        /**
         * The backup's verdicts, their claims named by the restored codings and gold codings; a verdict on a claim the
         * archive does not hold (it was written for some documents or claim types only) is left out and counted.
         */
        private void restoreVerdicts(long project, Map<Long, Long> entityIds) {
            if (extras.verdicts().isEmpty()) {
                return;
            }
            Map<List<Long>, Long> gold = new HashMap<>();
            adjudications.goldOfProject(project).forEach(g -> gold.putIfAbsent(List.of(g.documentId(),
                    g.claimTypeId(), (long) g.start(), (long) g.end()), -g.id()));
            List<VerdictView> kept = new ArrayList<>();
            int without = 0;
            for (ConcordiaExtras.Verdict verdict : extras.verdicts()) {
                List<Long> evidence = verdict.evidence().stream().map(c -> restored(c, gold)).toList();
                Long favoured = verdict.favoured() == null ? null : restored(verdict.favoured(), gold);
                if (evidence.contains(null) || verdict.favoured() != null && favoured == null) {
                    without++;
                    continue;
                }
                kept.add(new VerdictView(0, verdict.proposition(), verdict.kind(), favoured, verdict.rationale(),
                        verdict.confidence(), evidence, verdict.decidedBy(), verdict.decidedAt()));
            }
            registry.restoreVerdicts(project, kept, entityIds);
            if (without > 0) {
                leftOut.add(LeftOut.Kind.VERDICTS_WITHOUT_THEIR_CLAIMS, without);
            }
        }

        /** The restored claim a verdict's claim is: a coding's id, or a gold coding's negated; null if none is. */
        private Long restored(ConcordiaExtras.Claim claim, Map<List<Long>, Long> gold) {
            if (claim.selection() != null) {
                return restoredCodings.get(normalGuid(claim.selection()));
            }
            Long document = claim.source() == null ? null : documentOfSource.get(normalGuid(claim.source()));
            Long claimType = claim.claimType() == null ? null : claimTypes.get(normalGuid(claim.claimType()));
            return document == null || claimType == null ? null
                    : gold.get(List.of(document, claimType, (long) claim.start(), (long) claim.end()));
        }

        /** A source of Concordia's own backup: its text verbatim, with its passages, details and codings. */
        private void restore(long project, Source source) {
            String text = source.inlineText() != null ? source.inlineText() : archive.text(source.plainTextPath())
                    .orElseThrow(() -> source.plainTextPath() == null
                            ? new InvalidInputException("error.export.textOfSourceMissing", source.name())
                            : new InvalidInputException("error.export.textOfSourceMissingAt", source.name(),
                                    source.plainTextPath()));
            ImportOutcome outcome = importer.importVerbatim(project, source.name(), text,
                    extras.passagesOf(source.guid()), extras.excludedOf(source.guid()),
                    extras.metadataOf(source.guid(), source.name()), extras.originalOf(source.guid()),
                    extras.provenanceOf(source.guid(), source.name()));
            if (outcome.result() == ImportOutcome.Result.FAILED) {
                throw new InvalidInputException("error.export.theSourceCouldNotBe", source.name(),
                        outcome.explanation());
            }
            long document = counted(source, outcome);
            List<PassageView> passages = documents.passages(document);
            for (Selection selection : source.selections()) {
                requireValid(source, selection);
                Map<String, String> attributes = extras.attributesOf(selection.guid());
                List<Long> made = code(document, passages, source, selection.start(), selection.end(),
                        selection.codings(), attributes == null ? Map.of() : attributes,
                        extras.memoOf(selection.guid(), selection.description()),
                        extras.codebookVersionOf(selection.guid()));
                if (made.size() == 1) {
                    restoredCodings.put(normalGuid(selection.guid()), made.get(0));
                }
            }
            assignments.restore(project, document, extras.assignmentsOf(source.guid()))
                    .forEach(coder -> leftOut.add(LeftOut.Kind.ASSIGNMENTS_OF_NON_MEMBERS, coder + " ("
                            + source.name() + ")"));
            settlements.restore(project, document, extras.settlementsOf(source.guid(),
                    passages.stream().map(PassageView::id).toList(), claimTypes));
            ExerciseRecord exercise = extras.exerciseOf(source.guid());
            if (exercise != null) {
                settlements.restoreExercise(project, document, exercise);
            }
        }

        /** A source another tool wrote: its file through the document import, its selections carried across. */
        private void importFromTool(long project, Source source) {
            String toolText = source.inlineText() != null ? source.inlineText()
                    : archive.text(source.plainTextPath()).orElse(null);
            Optional<UnpackedZip.Entry> original = archive.file(source.file());
            DocumentMetadata metadata = new DocumentMetadata(titleOf(source.name()), null, null, null, null,
                    SourceType.OTHER, memos.kept(memos.documentNotes(source)));
            ImportOutcome outcome = null;
            if (original.isPresent()) {
                outcome = importer.importSource(project, fileNameOf(source.name(), original.get().baseName()),
                        original.get().bytes(), metadata);
                if (outcome.result() == ImportOutcome.Result.FAILED && toolText != null) {
                    notes.add(Explanation.of("import.originalRefusedPlainTextTaken", source.name(),
                            outcome.explanation()));
                }
            }
            if ((outcome == null || outcome.result() == ImportOutcome.Result.FAILED) && toolText != null) {
                outcome = importer.importSource(project, titleOf(source.name()) + ".txt",
                        toolText.getBytes(StandardCharsets.UTF_8), metadata);
            }
            if (outcome == null) {
                leftOut.add(LeftOut.Kind.SOURCES_WITHOUT_TEXT, source.name());
                return;
            }
            if (outcome.result() == ImportOutcome.Result.FAILED) {
                leftOut.add(LeftOut.Kind.SOURCES_REFUSED, source.name() + ": " + outcome.message());
                return;
            }
            long document = counted(source, outcome);
            String text = documents.cleanedText(document);
            List<PassageView> passages = documents.passages(document);
            TextAlignment alignment = toolText == null ? null : TextAlignment.between(toolText, text);
            Set<String> selectionGuids = new HashSet<>();
            Map<List<Integer>, String> memosOfUncoded = memos.ofUncodedSelections(source);
            for (Selection selection : source.selections()) {
                requireValid(source, selection);
                selectionGuids.add(normalGuid(selection.guid()));
                if (selection.codings().isEmpty()) {
                    continue;
                }
                // A memo the tool keeps on its own selection of the same span is this coding's memo too.
                String memo = QdeMemos.joined(memos.of(selection.description(), selection.noteRefs()),
                        memosOfUncoded.remove(List.of(selection.start(), selection.end())));
                Optional<TextAlignment.Span> span = alignment == null ? Optional.empty()
                        : alignment.map(selection.start(), selection.end());
                if (span.isEmpty()) {
                    leftOut.add(LeftOut.Kind.SELECTIONS_NOT_FOUND, quoteOf(selection.name(), source.name()));
                    continue;
                }
                code(document, passages, source, span.get().start(), span.get().end(), selection.codings(), Map.of(),
                        memo);
            }
            memosOfUncoded.forEach((span, memo) -> leftOut.add(LeftOut.Kind.MEMOS_ON_UNCODED_SELECTIONS,
                    source.name()));
            for (Region region : source.regions()) {
                if (selectionGuids.contains(normalGuid(region.guid()))) {
                    continue; // the same quotation as a selection of the tool's text, which is imported already
                }
                String memo = memos.of(region.description(), region.noteRefs());
                if (region.codings().isEmpty()) {
                    if (memo != null) {
                        leftOut.add(LeftOut.Kind.MEMOS_ON_UNCODED_SELECTIONS, source.name());
                    }
                    continue;
                }
                if (region.text() == null || region.text().isBlank()) {
                    leftOut.add(LeftOut.Kind.PDF_REGIONS_WITHOUT_TEXT, quoteOf(region.name(), source.name()));
                    continue;
                }
                Optional<TextAlignment.Span> span = TextAlignment.find(text, region.text());
                if (span.isEmpty()) {
                    leftOut.add(LeftOut.Kind.SELECTIONS_NOT_FOUND, quoteOf(region.name(), source.name()));
                    continue;
                }
                code(document, passages, source, span.get().start(), span.get().end(), region.codings(), Map.of(),
                        memo);
            }
        }

        /** The document an outcome made or found; a second source with the same text adds to the first. */
        private long counted(Source source, ImportOutcome outcome) {
            if (outcome.result() == ImportOutcome.Result.DUPLICATE) {
                notes.add(Explanation.of("import.sameTextAsAnotherSource", source.name()));
            } else {
                documentCount++;
            }
            documentOfSource.putIfAbsent(normalGuid(source.guid()), outcome.documentId());
            return outcome.documentId();
        }

        /**
         * Sets and cases of sources become groups of documents; the variable values of sources, and of the cases
         * that cover them, become the documents' variables (a source's own value first).
         */
        private void groupAndDescribeDocuments(long project) {
            Map<String, String> variableNames = new HashMap<>();
            file.variables().forEach((guid, variable) -> variableNames.put(normalGuid(guid), variable));
            Map<Long, Map<String, String>> variables = new LinkedHashMap<>();
            for (Source source : file.sources()) {
                Long document = documentOfSource.get(normalGuid(source.guid()));
                if (document != null) {
                    put(variables, document, source.values(), variableNames);
                }
            }
            Set<String> groupNames = new HashSet<>();
            for (QdeProject.Case kase : file.cases()) {
                List<Long> members = documentsOf(kase.sources());
                if (members.isEmpty()) {
                    leftOut.add(LeftOut.Kind.CASES, kase.name() == null ? kase.guid() : kase.name());
                    continue;
                }
                members.forEach(document -> put(variables, document, kase.values(), variableNames));
                group(project, kase.name(), kase.description(), members, groupNames);
            }
            for (QdeProject.Group set : file.sets()) {
                if (set.codes() + set.notes() > 0) {
                    leftOut.add(LeftOut.Kind.SETS_OF_CODES_OR_NOTES, set.name());
                }
                List<Long> members = documentsOf(set.sources());
                if (!members.isEmpty() || set.codes() + set.notes() == 0) {
                    group(project, set.name(), set.description(), members, groupNames);
                }
            }
            variables.forEach((document, values) -> {
                Map<String, String> merged = new LinkedHashMap<>(groups.variables(document));
                values.forEach(merged::putIfAbsent);
                groups.describeWithVariables(document, merged);
            });
        }

        private void put(Map<Long, Map<String, String>> variables, long document,
                List<QdeProject.VariableValue> values, Map<String, String> names) {
            for (QdeProject.VariableValue value : values) {
                String name = names.get(normalGuid(value.variable()));
                if (name != null && value.value() != null && !value.value().isBlank()) {
                    variables.computeIfAbsent(document, d -> new LinkedHashMap<>()).putIfAbsent(
                            shortened(PlainText.cleanedLine(name).strip(), DocumentVariable.MAX_NAME),
                            shortened(PlainText.cleanedText(value.value()).strip(), DocumentVariable.MAX_VALUE));
                }
            }
        }

        private List<Long> documentsOf(List<String> sourceGuids) {
            return sourceGuids.stream().map(guid -> documentOfSource.get(normalGuid(guid)))
                    .filter(java.util.Objects::nonNull).distinct().toList();
        }

        /** A group of the documents, under the name the file gives (numbered where two share it). */
        private void group(long project, String name, String description, List<Long> members, Set<String> taken) {
            String base = shortened(PlainText.cleanedLine(name == null || name.isBlank() ? "Group" : name).strip(),
                    DocumentGroup.MAX_NAME - 5);
            String unique = base;
            for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = base + " (" + n + ")";
            }
            long group = groups.createGroup(project, unique, description == null ? null
                    : shortened(PlainText.cleanedText(description), DocumentGroup.MAX_DESCRIPTION)).id();
            if (!members.isEmpty()) {
                groups.addToGroup(group, members);
            }
        }

        /**
         * One coding per code applied and passage covered: a selection across passages is coded in each. Returns
         * the codings' ids.
         */
        private List<Long> code(long document, List<PassageView> passages, Source source, int start, int end,
                List<Applied> applied, Map<String, String> attributes, String memo) {
            return code(document, passages, source, start, end, applied, attributes, memo, null);
        }

        /** {@link #code}, under the codebook version a backup gives (null: the current one). */
        private List<Long> code(long document, List<PassageView> passages, Source source, int start, int end,
                List<Applied> applied, Map<String, String> attributes, String memo, Integer codebookVersion) {
            List<Long> made = new ArrayList<>();
            List<PassageView> covered = coveredBy(passages, start, end);
            if (covered.isEmpty()) {
                throw new InvalidInputException("error.export.aSelectionInToCovers", source.name(), start, end);
            }
            String kept = memos.kept(memo);
            for (Applied coding : applied) {
                Long claimType = claimTypes.get(normalGuid(coding.code()));
                if (claimType == null) {
                    throw new InvalidInputException("error.export.aSelectionInIsCoded", source.name(), coding.code());
                }
                for (PassageView passage : covered) {
                    made.add(codings.restore(document, passage.id(), claimType, Math.max(start, passage.start()),
                            Math.min(end, passage.end()), coderOf(coding.user()), attributes, kept,
                            coding.created(), codebookVersion).id());
                    codingCount++;
                }
            }
            return made;
        }

        private String coderOf(String user) {
            if (user == null) {
                return "unknown coder";
            }
            String name = file.users().get(user);
            String coder = PlainText.cleanedLine(name == null || name.isBlank() ? user : name).strip();
            return coder.isEmpty() ? "unknown coder" : coder;
        }

        private void countOtherParts() {
            Map<OtherPart, LeftOut.Kind> kinds = new EnumMap<>(Map.of(OtherPart.PICTURE_SOURCES,
                    LeftOut.Kind.PICTURE_SOURCES, OtherPart.AUDIO_SOURCES, LeftOut.Kind.AUDIO_SOURCES,
                    OtherPart.VIDEO_SOURCES, LeftOut.Kind.VIDEO_SOURCES, OtherPart.MEDIA_SELECTIONS,
                    LeftOut.Kind.MEDIA_SELECTIONS, OtherPart.LINKS, LeftOut.Kind.LINKS, OtherPart.GRAPHS,
                    LeftOut.Kind.GRAPHS));
            file.others().forEach((part, count) -> leftOut.add(kinds.get(part), count));

        }
    }

    private static void requireValid(Source source, Selection selection) {
        if (selection.start() < 0 || selection.end() <= selection.start()) {
            throw new InvalidInputException("error.export.aSelectionInRunsFrom", source.name(), selection.start(),
                    selection.end());
        }
    }

    /** The passages (in reading order) that [start, end) overlaps, found by binary search: selections are many. */
    static List<PassageView> coveredBy(List<PassageView> passages, int start, int end) {
        int low = 0;
        int high = passages.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (passages.get(middle).end() <= start) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        List<PassageView> covered = new ArrayList<>();
        for (int i = low; i < passages.size() && passages.get(i).start() < end; i++) {
            covered.add(passages.get(i));
        }
        return covered;
    }

    /** GUIDs as the codebook stores them: without braces, lower case. */
    static String normalGuid(String guid) {
        return guid == null ? null : guid.strip().replaceAll("[{}]", "").toLowerCase(Locale.ROOT);
    }

    /**
     * A source's name as a document title: composed as people type it (macOS writes names decomposed), without
     * the extension of the file it was ("Simon.docx" is "Simon").
     */
    static String titleOf(String sourceName) {
        String name = java.text.Normalizer.normalize(PlainText.cleanedLine(sourceName), java.text.Normalizer.Form.NFC)
                .strip();
        String title = name.replaceFirst("(?i)\\.(docx?|pdf|rtf|odt|txt|html?)$", "").strip();
        title = title.isEmpty() ? name : title;
        return title.length() > 300 ? title.substring(0, 300).strip() : title;
    }

    /** A file name for the import: the title with the extension of the file in the archive, which says its type. */
    private static String fileNameOf(String sourceName, String archivedName) {
        int dot = archivedName.lastIndexOf('.');
        return titleOf(sourceName) + (dot < 0 ? "" : archivedName.substring(dot));
    }

    /** What a left-out selection is called in the list: the start of its text as the tool named it, or its source. */
    private static String quoteOf(String selectionName, String sourceName) {
        if (selectionName == null || selectionName.isBlank()) {
            return sourceName;
        }
        String name = PlainText.cleanedLine(selectionName).strip();
        return (name.length() > 60 ? name.substring(0, 59) + "\u2026" : name) + " (" + sourceName + ")";
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "\u2026";
    }

    /** Left-out things by kind, in the order first met, with how many and some names. */
    private static final class Tally {
        private final Map<LeftOut.Kind, Integer> counts = new LinkedHashMap<>();
        private final Map<LeftOut.Kind, List<String>> names = new HashMap<>();

        void add(LeftOut.Kind kind, String name) {
            add(kind, 1);
            List<String> some = names.computeIfAbsent(kind, k -> new ArrayList<>());
            if (some.size() < LeftOut.EXAMPLES && !some.contains(name)) {
                some.add(name);
            }
        }

        void add(LeftOut.Kind kind, int count) {
            counts.merge(kind, count, Integer::sum);
        }

        List<LeftOut> entries() {
            return counts.entrySet().stream().map(e -> LeftOut.of(e.getKey(), e.getValue(),
                    names.getOrDefault(e.getKey(), List.of()))).toList();
        }
    }
}
