package org.concordia.codebook.model;

import java.io.Serializable;
import java.util.List;

/**
 * What a supervisor fills in to add or change a claim type.
 *
 * @param parentId the claim type it belongs under; null at the top
 * @param codable false for a mere grouping ("Claims about actors") that coders cannot apply
 * @param hotkey one letter or digit, or null
 */
public record ClaimTypeDraft(Long parentId, String name, String definition, String whenToUse, String whenNotToUse,
        String examples, String colour, String hotkey, boolean codable, List<AttributeField> attributes)
        implements Serializable {

    public ClaimTypeDraft {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }
}
