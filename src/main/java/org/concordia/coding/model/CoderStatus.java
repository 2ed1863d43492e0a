package org.concordia.coding.model;

import java.io.Serializable;

/** Where one coder of a document stands: whether they have submitted it, and whether the codings were revealed. */
public record CoderStatus(String coder, boolean submitted, boolean revealed) implements Serializable {
}
