package org.concordia.codebook.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.concordia.platform.errors.InvalidInputException;
import org.concordia.platform.persistence.TenantOwnedEntity;
import org.concordia.platform.text.PlainText;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A kind of claim coders apply to passages, in a project's codebook tree: its definition and rules of use, its
 * colour and hotkey on the coding screen, and the attributes a coding of it carries. Its GUID identifies it in
 * REFI-QDA exchange files.
 */
@Entity
@Audited
@Table(name = "claim_type")
public class ClaimType extends TenantOwnedEntity {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern HOTKEY = Pattern.compile("[a-z0-9]");
    /** Letters the coding screen uses itself (coding.js): they cannot be a claim type's hotkey. */
    private static final Set<String> SCREEN_KEYS = Set.of("j", "k", "u");

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false, updatable = false, length = 36)
    private String guid;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 4000)
    private String definition;

    @Column(name = "when_to_use", length = 4000)
    private String whenToUse;

    @Column(name = "when_not_to_use", length = 4000)
    private String whenNotToUse;

    @Column(length = 4000)
    private String examples;

    @Column(nullable = false, length = 7)
    private String colour;

    @Column(length = 1)
    private String hotkey;

    @Column(nullable = false)
    private boolean codable;

    /** Changes to attributes are recorded in the codebook's change log rather than by Envers. */
    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "claim_type_attribute", joinColumns = @JoinColumn(name = "claim_type_id"))
    @OrderColumn(name = "position")
    private List<AttributeField> attributes = new ArrayList<>();

    protected ClaimType() {
        // for JPA
    }

    public ClaimType(long projectId, String guid, int position, ClaimTypeDraft draft) {
        this.projectId = projectId;
        this.guid = guid == null ? UUID.randomUUID().toString() : guid;
        this.position = position;
        apply(draft);
    }

    /** Takes over what the draft says, after checking it. */
    public final void apply(ClaimTypeDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new InvalidInputException("error.codebook.aClaimTypeNeedsA");
        }
        if (draft.name().strip().length() > 200) {
            throw new InvalidInputException("error.codebook.aClaimTypesNameCan");
        }
        String newColour = draft.colour() == null || draft.colour().isBlank() ? "#7f8c8d" : draft.colour().strip();
        if (!COLOUR.matcher(newColour).matches()) {
            throw new InvalidInputException("error.codebook.aColourIsWrittenLike", newColour);
        }
        String newHotkey = draft.hotkey() == null || draft.hotkey().isBlank() ? null
                : draft.hotkey().strip().toLowerCase(Locale.ROOT);
        if (newHotkey != null && !HOTKEY.matcher(newHotkey).matches()) {
            throw new InvalidInputException("error.codebook.aHotkeyIsOneLetter", draft.hotkey());
        }
        if (newHotkey != null && SCREEN_KEYS.contains(newHotkey)) {
            throw new InvalidInputException("error.codebook.theCodingScreenKeepsJ", newHotkey);
        }
        Set<String> names = new HashSet<>();
        for (AttributeField field : draft.attributes()) {
            if (!names.add(field.name().toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("error.codebook.twoAttributesAreCalled", field.name());
            }
        }
        PlainText.line(draft.name(), "the claim type's name");
        PlainText.text(draft.definition(), "the definition");
        PlainText.text(draft.whenToUse(), "\u201cwhen to use\u201d");
        PlainText.text(draft.whenNotToUse(), "\u201cwhen not to use\u201d");
        PlainText.text(draft.examples(), "the examples");
        this.parentId = draft.parentId();
        this.name = draft.name().strip();
        this.definition = blankToNull(draft.definition());
        this.whenToUse = blankToNull(draft.whenToUse());
        this.whenNotToUse = blankToNull(draft.whenNotToUse());
        this.examples = blankToNull(draft.examples());
        this.colour = newColour.toLowerCase(Locale.ROOT);
        this.hotkey = newHotkey;
        this.codable = draft.codable();
        this.attributes.clear();
        this.attributes.addAll(draft.attributes());
    }

    public ClaimTypeDraft draft() {
        return new ClaimTypeDraft(parentId, name, definition, whenToUse, whenNotToUse, examples, colour, hotkey,
                codable, List.copyOf(attributes));
    }

    public long getProjectId() {
        return projectId;
    }

    public String getGuid() {
        return guid;
    }

    public Long getParentId() {
        return parentId;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getHotkey() {
        return hotkey;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
