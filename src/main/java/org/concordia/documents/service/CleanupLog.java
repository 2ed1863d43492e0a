package org.concordia.documents.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.concordia.documents.model.CleanupChoices;
import org.concordia.documents.model.CleanupKind;
import org.concordia.documents.model.CleanupStep;

/**
 * The decisions of one clean-up run, as its readers take them. Each decision gets a key from its kind, its text and
 * how many decisions of that kind and text came before it, so the key is the same when clean-up runs again on the
 * same file; a decision the supervisor undid (by key) is recorded as undone and not taken.
 */
public final class CleanupLog {

    private final CleanupChoices choices;
    private final List<CleanupStep> steps = new ArrayList<>();
    private final Map<String, Integer> occurrences = new HashMap<>();

    public CleanupLog(CleanupChoices choices) {
        this.choices = choices == null ? CleanupChoices.NONE : choices;
    }

    /** Records a decision; true when it stands, false when the supervisor undid it (keep the text as it was). */
    public boolean decide(CleanupKind kind, String text, String reason, int page) {
        String base = kind.name() + ":" + digest(text);
        int occurrence = occurrences.merge(base, 1, Integer::sum);
        String key = base + ":" + occurrence;
        boolean undone = kind.undoable() && choices.isUndone(key);
        steps.add(new CleanupStep(key, kind, text, reason, page, undone));
        return !undone;
    }

    /** Records something done that cannot be undone from here (notes set apart, comments moved to their own document). */
    public void note(CleanupKind kind, String text, String reason, int page) {
        decide(kind, text, reason, page);
    }

    public CleanupChoices choices() {
        return choices;
    }

    public List<CleanupStep> steps() {
        return List.copyOf(steps);
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
