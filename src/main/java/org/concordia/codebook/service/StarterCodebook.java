package org.concordia.codebook.service;

import java.util.List;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.AttributeType;
import org.concordia.codebook.model.ClaimTypeDraft;

/**
 * A codebook for political-discourse analysis that new projects may start from: the kinds of claim sources make
 * (events, causes, evaluations, predictions, prescriptions, figures) and who they say backed or opposed whom,
 * structured so that conflicting accounts can be compared later.
 */
public final class StarterCodebook {

    /** A claim type of the starter codebook with the ones below it. */
    public record Entry(ClaimTypeDraft draft, List<Entry> children) {
    }

    private static final AttributeField CERTAINTY = new AttributeField("certainty", AttributeType.CERTAINTY, null, false);
    private static final AttributeField ATTRIBUTED_TO = new AttributeField("attributed to", AttributeType.TEXT, null,
            false);

    private StarterCodebook() {
    }

    public static List<Entry> entries() {
        return List.of(
                leaf("Factual event", "A statement that something happened: an action, a meeting, an appointment, a"
                                + " strike.", "The source presents it as fact, whether or not it is true.",
                        "It is the source's judgement or expectation: use Evaluation or Prediction.",
                        "\u201cParliament approved the cabinet on 6 May.\u201d", "#1f77b4", "e",
                        new AttributeField("actor", AttributeType.ENTITY, null, false),
                        new AttributeField("event", AttributeType.TEXT, null, true),
                        new AttributeField("date", AttributeType.DATE, null, false), CERTAINTY),
                leaf("Causal claim", "A claim that one thing brought about another.",
                        "Because, led to, in response to, as a result of.",
                        "Mere sequence in time without a claimed cause.",
                        "\u201cThe strike caused the militias to mobilise.\u201d", "#ff7f0e", "c",
                        new AttributeField("cause", AttributeType.TEXT, null, true),
                        new AttributeField("effect", AttributeType.TEXT, null, true), CERTAINTY),
                leaf("Evaluation", "A judgement of an actor, policy or event as good or bad, strong or weak.",
                        "Praise, blame, assessments of success or failure.",
                        "Neutral description of what happened.",
                        "\u201cIran's influence has been declining.\u201d", "#2ca02c", "v",
                        new AttributeField("object", AttributeType.ENTITY, null, false),
                        new AttributeField("valence", AttributeType.CHOICE, List.of("positive", "negative", "mixed"),
                                true)),
                leaf("Prediction", "A claim about what will or may happen.",
                        "Will, is likely to, could, risks.", "Statements about the past or present.",
                        "\u201cIraq might become a battleground.\u201d", "#9467bd", "p",
                        new AttributeField("expected event", AttributeType.TEXT, null, true),
                        new AttributeField("by", AttributeType.DATE, null, false), CERTAINTY),
                leaf("Policy prescription", "A recommendation of what an actor should do.",
                        "Should, must, ought to, it is recommended.", "Descriptions of policies already pursued.",
                        "\u201cThe EU should support a strong Iraqi government.\u201d", "#8c564b", "r",
                        new AttributeField("addressee", AttributeType.ENTITY, null, false),
                        new AttributeField("recommended action", AttributeType.TEXT, null, true)),
                leaf("Figure or statistic", "A number the source reports: troops, money, votes, casualties.",
                        "Any quantity presented as fact.", "Dates alone: use Factual event.",
                        "\u201cTroop numbers fell from 5,000 to 2,500.\u201d", "#e377c2", "f",
                        new AttributeField("quantity", AttributeType.NUMBER, null, true),
                        new AttributeField("unit", AttributeType.TEXT, null, false),
                        new AttributeField("of what", AttributeType.TEXT, null, true)),
                new Entry(new ClaimTypeDraft(null, "Attribution of stance",
                        "Who the source says supported or opposed whom. Choose Support or Opposition below.",
                        null, null, null, "#17becf", null, false, List.of()), List.of(
                        leaf("Support", "The source says an actor supported another actor or a choice.",
                                "Backed, endorsed, accepted, acquiesced in, chose, nominated, appointed, funded,"
                                        + " trained, directed.",
                                "Support the source itself expresses: use Evaluation.",
                                "\u201cIran agreed to support al-Kadhimi.\u201d", "#d62728", "s",
                                new AttributeField("subject", AttributeType.ENTITY, null, true),
                                new AttributeField("relation", AttributeType.CHOICE, List.of("backed",
                                        "accepted or acquiesced", "chose", "nominated", "appointed", "funded",
                                        "trained", "directed"), true),
                                new AttributeField("object", AttributeType.ENTITY, null, true),
                                new AttributeField("time", AttributeType.DATE, null, false), CERTAINTY, ATTRIBUTED_TO),
                        leaf("Opposition", "The source says an actor opposed another actor or a choice.",
                                "Opposed, rejected, blocked, condemned, threatened.",
                                "Mere disagreement about facts.",
                                "\u201cKata'ib Hezbollah rejected the nomination.\u201d", "#bcbd22", "o",
                                new AttributeField("subject", AttributeType.ENTITY, null, true),
                                new AttributeField("relation", AttributeType.CHOICE, List.of("opposed", "blocked",
                                        "condemned", "threatened"), true),
                                new AttributeField("object", AttributeType.ENTITY, null, true),
                                new AttributeField("time", AttributeType.DATE, null, false), CERTAINTY,
                                ATTRIBUTED_TO))));
    }

    private static Entry leaf(String name, String definition, String whenToUse, String whenNotToUse, String examples,
            String colour, String hotkey, AttributeField... attributes) {
        return new Entry(new ClaimTypeDraft(null, name, definition, whenToUse, whenNotToUse, examples, colour, hotkey,
                true, List.of(attributes)), List.of());
    }
}
