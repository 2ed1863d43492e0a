package org.concordia.claims.service;

import java.util.List;
import org.concordia.claims.model.Polarity;
import org.concordia.claims.model.RelationView;

/**
 * The relations a new project starts with, matching the starter codebook's relation choices: stance (chose,
 * nominated and appointed, which one actor does at a time; backed, accepted or acquiesced, opposed, blocked, condemned,
 * threatened), material support (funded, trained, directed) and reported figures.
 */
public final class RelationVocabulary {

    public static final String STANCE = "stance";
    public static final String MATERIAL_SUPPORT = "material support";
    public static final String FIGURE = "figure";

    private RelationVocabulary() {
    }

    public static List<RelationView> defaults() {
        return List.of(
                exclusive("chose", "Made the choice: the one actor who decided it."),
                exclusive("nominated", "Put the candidate forward: one nominating actor."),
                exclusive("appointed", "Gave the office: one appointing actor."),
                relation("backed", STANCE, Polarity.FOR, 3, "Endorsed, sponsored or pushed for."),
                relation("accepted or acquiesced", STANCE, Polarity.FOR, 1,
                        "Went along with, did not block; not active support."),
                relation("opposed", STANCE, Polarity.AGAINST, 3, "Spoke or worked against."),
                relation("blocked", STANCE, Polarity.AGAINST, 3, "Prevented."),
                relation("condemned", STANCE, Polarity.AGAINST, 2, "Denounced publicly."),
                relation("threatened", STANCE, Polarity.AGAINST, 2, "Threatened harm or consequences."),
                relation("funded", MATERIAL_SUPPORT, Polarity.FOR, 3, "Gave money."),
                relation("trained", MATERIAL_SUPPORT, Polarity.FOR, 2, "Trained fighters or staff."),
                relation("directed", MATERIAL_SUPPORT, Polarity.FOR, 3, "Gave orders to."),
                relation("reported", FIGURE, Polarity.FOR, 2, "Reported a figure."));
    }

    private static RelationView exclusive(String name, String description) {
        return new RelationView(0, name, STANCE, Polarity.FOR, 3, description, true);
    }

    private static RelationView relation(String name, String family, Polarity polarity, int strength,
            String description) {
        return new RelationView(0, name, family, polarity, strength, description, false);
    }
}
