package org.concordia.documents.model;

import java.io.Serializable;

/**
 * One decision import clean-up took: a line it removed, two pieces it joined, a word it corrected, notes it set
 * apart. Shown on the import review page with its reason; {@code undone} when a supervisor restored it, so that
 * clean-up ran again without it.
 *
 * @param key stable across runs of the clean-up on the same file: what undoing refers to
 * @param text what was removed, or the join or correction as it reads ("inter-|national", "Irag → Iraq")
 * @param page the page it was on, 0 when the format has no pages
 */
public record CleanupStep(String key, CleanupKind kind, String text, String reason, int page, boolean undone)
        implements Serializable {
}
