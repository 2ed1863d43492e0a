package org.concordia.export.service;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concordia.claims.model.RegistryRecord;
import org.concordia.claims.model.VerdictKind;
import org.concordia.codebook.model.CodebookChange;
import org.concordia.coding.model.AssignmentRecord;
import org.concordia.consensus.model.AdjudicationMethod;
import org.concordia.consensus.model.ExerciseRecord;
import org.concordia.consensus.model.GoldCodingDraft;
import org.concordia.consensus.model.PassageSettlementRecord;
import org.concordia.consensus.model.SnapshotRecord;
import org.concordia.documents.model.CleanupKind;
import org.concordia.documents.model.CleanupStep;
import org.concordia.documents.model.DocumentMetadata;
import org.concordia.documents.model.DocumentProvenance;
import org.concordia.documents.model.OriginalRecord;
import org.concordia.documents.model.PassageKind;
import org.concordia.documents.model.PassageSpan;
import org.concordia.documents.model.SourceType;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.text.PlainText;
import org.concordia.platform.upload.UnpackedZip;

/**
 * What a .qdpx Concordia wrote holds beyond the standard, in its {@code concordia/} folder (see
 * {@link RefiQdaProjectFormat}): each source's details and passages, each selection's attribute values and memo,
 * the codebook, the entity registry and the verdicts on propositions. Present only in Concordia's own backups; its presence is what makes an import a restore.
 */
final class ConcordiaExtras {

    /** The longest name a document's importer can have (the column's width). */
    private static final int MAX_IMPORTER = 255;

    private final byte[] codebookCsv;
    private final RegistryRecord registry;
    private final Map<String, JsonObject> details;
    private final Map<String, JsonObject> codings;
    private final List<Verdict> verdicts;
    private final List<SnapshotRecord> snapshots;
    private final QdpxArchive archive;

    /**
     * A verdict as the backup has it: its proposition as the exporting project keyed it, its claims as
     * {@link Claim}s.
     */
    record Verdict(String proposition, VerdictKind kind, Claim favoured, String rationale, String confidence,
            List<Claim> evidence, String decidedBy, Instant decidedAt) {
    }

    /**
     * A claim a verdict names: a coding by its selection's GUID, or a gold coding by its source's GUID, claim type's
     * GUID and span (all null when the backup could not say).
     */
    record Claim(String selection, String source, String claimType, int start, int end) {

        static Claim of(JsonObject json) {
            return new Claim(json.getString("selection", null), json.getString("document", null),
                    json.getString("claimType", null), json.getInt("start", -1), json.getInt("end", -1));
        }
    }

    private ConcordiaExtras(byte[] codebookCsv, RegistryRecord registry, Map<String, JsonObject> details,
            Map<String, JsonObject> codings, List<Verdict> verdicts, List<SnapshotRecord> snapshots,
            QdpxArchive archive) {
        this.archive = archive;
        this.codebookCsv = codebookCsv;
        this.registry = registry;
        this.details = details;
        this.codings = codings;
        this.verdicts = verdicts;
        this.snapshots = snapshots;
    }

    /** The archive's extension files, or null when it has none: a project from another tool. */
    static ConcordiaExtras of(QdpxArchive archive) {
        byte[] csv = archive.extra("codebook.csv").orElse(null);
        byte[] documents = archive.extra("documents.jsonl").orElse(null);
        byte[] selections = archive.extra("codings.jsonl").orElse(null);
        if (csv == null && documents == null && selections == null) {
            return null;
        }
        return new ConcordiaExtras(csv, registry(archive.extra("registry.json").orElse(null)),
                jsonLines(documents, "guid"), jsonLines(selections, "selection"),
                verdicts(archive.extra("verdicts.jsonl").orElse(null)),
                snapshots(archive.extra("snapshots.json").orElse(null)), archive);
    }

    /**
     * The source's original as the backup keeps it (the uploaded file, the text extracted from it, its clean-up
     * decisions and corrections); null in backups written before originals were kept.
     */
    OriginalRecord originalOf(String sourceGuid) {
        String base = "originals/" + UnpackedZip.safeName(sourceGuid);
        byte[] file = archive.extra(base + ".file").orElse(null);
        byte[] text = archive.extra(base + ".txt").orElse(null);
        byte[] described = archive.extra(base + ".json").orElse(null);
        if (file == null || text == null || described == null) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(new String(described, StandardCharsets.UTF_8)))) {
            JsonObject json = reader.readObject();
            List<CleanupStep> steps = json.getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                    .map(st -> new CleanupStep(st.getString("key"), CleanupKind.valueOf(st.getString("kind")),
                            st.getString("text"), st.getString("reason"), st.getInt("page"),
                            st.getBoolean("undone")))
                    .toList();
            Map<String, String> corrections = new HashMap<>();
            json.getJsonObject("corrections").forEach((k, v) -> corrections.put(k, ((JsonString) v).getString()));
            return new OriginalRecord(file, json.getString("mediaType"), new String(text, StandardCharsets.UTF_8),
                    steps, corrections);
        } catch (RuntimeException e) {
            throw new InvalidInputException("error.export.theFilesConcordiaDetailsAre", e.getMessage());
        }
    }

    private static List<SnapshotRecord> snapshots(byte[] json) {
        if (json == null) {
            return List.of();
        }
        try (jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create()) {
            return List.of(jsonb.fromJson(new String(json, StandardCharsets.UTF_8), SnapshotRecord[].class));
        } catch (jakarta.json.bind.JsonbException | NullPointerException e) {
            throw new InvalidInputException("error.export.theFilesConcordiaDetailsAre", e.getMessage());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The agreement snapshots, oldest first; none in backups written before they were kept. */
    List<SnapshotRecord> snapshots() {
        return snapshots;
    }

    /** Whether and since when the source was a training exercise; null when it was not (or an older backup). */
    ExerciseRecord exerciseOf(String sourceGuid) {
        JsonObject detail = details.get(sourceGuid);
        if (detail == null || !detail.containsKey("exercise")) {
            return null;
        }
        JsonObject exercise = detail.getJsonObject("exercise");
        return new ExerciseRecord(exercise.getString("markedBy"), instant(exercise, "markedAt"));
    }

    private static List<Verdict> verdicts(byte[] file) {
        try {
            return jsonList(file).stream().map(v -> new Verdict(v.getString("proposition"),
                    VerdictKind.valueOf(v.getString("kind")), v.containsKey("favoured")
                            ? Claim.of(v.getJsonObject("favoured")) : null,
                    v.getString("rationale"), v.getString("confidence"), v.getJsonArray("evidence")
                            .getValuesAs(JsonObject.class).stream().map(Claim::of).toList(),
                    v.getString("decidedBy"), Instant.parse(v.getString("decidedAt")))).toList();
        } catch (RuntimeException e) {
            throw new InvalidInputException("error.export.theFilesConcordiaDetailsAre", e.getMessage());
        }
    }

    /** The verdicts on the project's propositions, oldest first; none in backups written before they were kept. */
    List<Verdict> verdicts() {
        return verdicts;
    }

    private static RegistryRecord registry(byte[] json) {
        if (json == null) {
            return null;
        }
        try (jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create()) {
            return jsonb.fromJson(new String(json, StandardCharsets.UTF_8), RegistryRecord.class);
        } catch (jakarta.json.bind.JsonbException e) {
            throw new InvalidInputException("error.export.theBackupsRegistryIsDamaged", e.getMessage());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The entity registry and relation vocabulary, or null in backups written before they were kept. */
    RegistryRecord registry() {
        return registry;
    }

    /** The codebook with hotkeys, rules of use and typed attributes, or null to take the .qde's codes. */
    byte[] codebookCsv() {
        return codebookCsv;
    }

    /** The source's passages as the exporting project had them, or null to take its paragraphs. */
    List<PassageSpan> passagesOf(String sourceGuid) {
        JsonObject detail = details.get(sourceGuid);
        if (detail == null || !detail.containsKey("passages")) {
            return null;
        }
        return detail.getJsonArray("passages").getValuesAs(JsonObject.class).stream()
                .map(p -> new PassageSpan(PassageKind.valueOf(p.getString("kind")), p.getInt("start"), p.getInt("end")))
                .toList();
    }

    /** The positions of the source's passages that were excluded from coding. */
    Set<Integer> excludedOf(String sourceGuid) {
        Set<Integer> excluded = new HashSet<>();
        JsonObject detail = details.get(sourceGuid);
        if (detail != null && detail.containsKey("passages")) {
            List<JsonObject> passages = detail.getJsonArray("passages").getValuesAs(JsonObject.class);
            for (int i = 0; i < passages.size(); i++) {
                if (passages.get(i).getBoolean("excluded", false)) {
                    excluded.add(i);
                }
            }
        }
        return excluded;
    }

    /**
     * Who imported the source and when, as the backup has it; null in backups written before they were kept, and
     * for a name no account could have (blank, or longer than the column): the document is then the restorer's, as
     * a document imported now is.
     */
    DocumentProvenance provenanceOf(String sourceGuid, String sourceName) {
        JsonObject detail = details.get(sourceGuid);
        String by = detail == null ? null : detail.getString("importedBy", "").strip();
        if (by == null || by.isEmpty() || by.length() > MAX_IMPORTER || detail.getString("importedAt", null) == null) {
            return null;
        }
        try {
            return new DocumentProvenance(PlainText.line(by, "an importer's name"),
                    Instant.parse(detail.getString("importedAt")));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.export.hasNoValidDate", sourceName, detail.getString("importedAt"));
        }
    }

    /** The source's details (title, author, outlet, date, URL, type, notes). */
    DocumentMetadata metadataOf(String sourceGuid, String sourceName) {
        JsonObject detail = details.get(sourceGuid);
        if (detail == null) {
            return DocumentMetadata.titled(sourceName, SourceType.OTHER);
        }
        LocalDate published = null;
        String date = detail.getString("publishedOn", null);
        if (date != null) {
            try {
                published = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("error.export.hasNoValidDate", sourceName, date);
            }
        }
        return new DocumentMetadata(detail.getString("title", sourceName), detail.getString("author", null),
                detail.getString("publisher", null), published, detail.getString("url", null),
                SourceType.valueOf(detail.getString("sourceType", SourceType.OTHER.name())),
                detail.getString("notes", null));
    }

    /**
     * The source's assignments as the backup has them (document id 0: the restored document is not made yet);
     * none in backups written before assignments were kept.
     */
    List<AssignmentRecord> assignmentsOf(String sourceGuid) {
        JsonObject detail = details.get(sourceGuid);
        if (detail == null || !detail.containsKey("assignments")) {
            return List.of();
        }
        return detail.getJsonArray("assignments").getValuesAs(JsonObject.class).stream()
                .map(a -> new AssignmentRecord(0, a.getString("coder"), a.getString("assignedBy", null),
                        instant(a, "assignedAt"), a.containsKey("dueOn") ? LocalDate.parse(a.getString("dueOn"))
                                : null, instant(a, "submittedAt"), instant(a, "revealedAt"),
                        a.getString("revealedBy", null)))
                .toList();
    }

    /**
     * The source's settled, discussed and voted-on passages, named by the restored copy's passage ids (by
     * position) and claim type ids (by GUID, as {@code claimTypes} maps them); none in older backups.
     */
    List<PassageSettlementRecord> settlementsOf(String sourceGuid, List<Long> passages,
            Map<String, Long> claimTypes) {
        JsonObject detail = details.get(sourceGuid);
        if (detail == null || !detail.containsKey("settlements")) {
            return List.of();
        }
        List<PassageSettlementRecord> settlements = new java.util.ArrayList<>();
        for (JsonObject s : detail.getJsonArray("settlements").getValuesAs(JsonObject.class)) {
            int position = s.getInt("passage");
            if (position < 0 || position >= passages.size()) {
                throw new InvalidInputException("error.export.theBackupNamesAPassage", position);
            }
            PassageSettlementRecord.Decision decision = null;
            if (s.containsKey("decision")) {
                JsonObject d = s.getJsonObject("decision");
                List<GoldCodingDraft> gold = new java.util.ArrayList<>();
                for (JsonObject g : d.getJsonArray("gold").getValuesAs(JsonObject.class)) {
                    Long claimType = claimTypes.get(RefiQdaProjectImport.normalGuid(g.getString("claimType")));
                    if (claimType == null) {
                        throw new InvalidInputException("error.export.theBackupNamesAClaimType",
                                g.getString("claimType"));
                    }
                    Map<String, String> attributes = new java.util.LinkedHashMap<>();
                    g.getJsonObject("attributes").forEach((k, v) -> attributes.put(k, ((JsonString) v).getString()));
                    gold.add(new GoldCodingDraft(claimType, g.getInt("start"), g.getInt("end"), attributes,
                            g.getString("memo", null), g.getString("sourceCoder", null)));
                }
                decision = new PassageSettlementRecord.Decision(AdjudicationMethod.valueOf(d.getString("method")),
                        d.getString("takenFrom", null), d.getString("rationale", null),
                        d.getString("decidedBy", null), instant(d, "decidedAt"), gold);
            }
            settlements.add(new PassageSettlementRecord(passages.get(position), decision,
                    s.getJsonArray("comments").getValuesAs(JsonObject.class).stream()
                            .map(c -> new PassageSettlementRecord.Comment(c.getString("author"), c.getString("body"),
                                    instant(c, "createdAt"))).toList(),
                    s.getJsonArray("votes").getValuesAs(JsonObject.class).stream()
                            .map(v -> new PassageSettlementRecord.Vote(v.getString("voter"), v.getString("choice"),
                                    instant(v, "castAt"))).toList()));
        }
        return settlements;
    }

    private static Instant instant(JsonObject object, String name) {
        String value = object.getString(name, null);
        return value == null ? null : Instant.parse(value);
    }

    /** A selection's attribute values, or null when the backup has nothing on it. */
    Map<String, String> attributesOf(String selectionGuid) {
        JsonObject extra = codings.get(selectionGuid);
        if (extra == null) {
            return null;
        }
        Map<String, String> attributes = new HashMap<>();
        extra.getJsonObject("attributes").forEach((key, value) -> attributes.put(key, ((JsonString) value)
                .getString()));
        return attributes;
    }

    /** The codebook version the selection's coding was made under; null when the backup does not say. */
    Integer codebookVersionOf(String selectionGuid) {
        JsonObject extra = codings.get(selectionGuid);
        return extra == null || !extra.containsKey("codebookVersion") ? null : extra.getInt("codebookVersion");
    }

    /** The codebook's version, whether codings used it, and its change log; null in older backups. */
    CodebookHistory codebookHistory() {
        byte[] json = archive.extra("codebook-history.json").orElse(null);
        if (json == null) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8)))) {
            JsonObject history = reader.readObject();
            return new CodebookHistory(history.getInt("version"), history.getBoolean("inUse"),
                    history.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                            .map(c -> new CodebookChange.ChangeView(c.getInt("version"), c.getString("description"),
                                    c.getString("changedBy"), instant(c, "changedAt"))).toList());
        } catch (RuntimeException e) {
            throw new InvalidInputException("error.export.theFilesConcordiaDetailsAre", e.getMessage());
        }
    }

    record CodebookHistory(int version, boolean inUse, List<CodebookChange.ChangeView> changes) {
    }

    /** A selection's memo as the coder wrote it; the selection's description when the backup has nothing on it. */
    String memoOf(String selectionGuid, String description) {
        JsonObject extra = codings.get(selectionGuid);
        if (extra == null) {
            return description;
        }
        return extra.containsKey("memo") ? extra.getString("memo") : null;
    }

    /** One JSON object per line, by the value of {@code key}; empty without the file. */
    private static Map<String, JsonObject> jsonLines(byte[] file, String key) {
        Map<String, JsonObject> objects = new HashMap<>();
        for (JsonObject object : jsonList(file)) {
            try {
                objects.put(object.getString(key), object);
            } catch (RuntimeException e) {
                throw new InvalidInputException("error.export.theFilesConcordiaDetailsAre", e.getMessage());
            }
        }
        return objects;
    }

    /** One JSON object per line, in order; empty without the file. */
    private static List<JsonObject> jsonList(byte[] file) {
        List<JsonObject> objects = new java.util.ArrayList<>();
        if (file == null) {
            return objects;
        }
        for (String line : new String(file, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try (JsonReader reader = Json.createReader(new StringReader(line))) {
                objects.add(reader.readObject());
            } catch (RuntimeException e) {
                throw new InvalidInputException("error.export.theFilesConcordiaDetailsAre", e.getMessage());
            }
        }
        return objects;
    }
}
