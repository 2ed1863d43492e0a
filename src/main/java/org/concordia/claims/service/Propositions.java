package org.concordia.claims.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.concordia.claims.model.Conflict;
import org.concordia.claims.model.ConflictKind;
import org.concordia.claims.model.Proposition;
import org.concordia.claims.model.RelationView;
import org.concordia.claims.model.StructuredClaim;
import org.concordia.platform.text.Explanation;

/**
 * Groups claims into propositions and finds where sources disagree. A pure function of the claims and the
 * relation vocabulary, so every rule is unit-tested.
 *
 * <p>A proposition is one object, one relation family and one year: the claim's own time if it has one, else the
 * year of its source. Within it, sources (documents) disagree when, about the same actor, one says for and another
 * against ({@link ConflictKind#POLARITY}) or both say for but not equally strongly ({@link ConflictKind#STRENGTH});
 * when they credit the same act to different actors ({@link ConflictKind#ACTOR}); when they date the same act
 * differently at the same precision ({@link ConflictKind#DATE}); or when they give different numbers
 * ({@link ConflictKind#FIGURE}). Claims of one source never conflict with each other: that is coder agreement.
 */
public final class Propositions {

    private Propositions() {
    }

    /** @param vocabulary the project's relations by lower-case name */
    public static List<Proposition> of(List<StructuredClaim> claims, Map<String, RelationView> vocabulary) {
        Map<String, List<StructuredClaim>> groups = new LinkedHashMap<>();
        Map<String, String[]> labels = new LinkedHashMap<>();
        for (StructuredClaim claim : claims) {
            RelationView relation = relationOf(claim, vocabulary);
            if (claim.objectId() == null || relation == null) {
                continue;
            }
            String window = window(claim);
            String key = claim.objectId() + "|" + relation.family() + "|" + window;
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
            labels.putIfAbsent(key, new String[] {claim.object(), relation.family(), window});
        }
        List<Proposition> propositions = new ArrayList<>();
        groups.forEach((key, ofKey) -> {
            String[] label = labels.get(key);
            propositions.add(new Proposition(key, ofKey.get(0).objectId(), label[0], label[1], label[2],
                    List.copyOf(ofKey), conflicts(ofKey, vocabulary)));
        });
        return propositions;
    }

    /** The year a claim is about: its own time, else its source's date; empty when neither is known. */
    static String window(StructuredClaim claim) {
        String time = claim.time() != null && !claim.time().isBlank() ? claim.time() : claim.sourceDate();
        return time == null || time.length() < 4 ? "" : time.substring(0, 4);
    }

    private static List<Conflict> conflicts(List<StructuredClaim> claims, Map<String, RelationView> vocabulary) {
        List<Conflict> conflicts = new ArrayList<>();
        Map<Long, List<StructuredClaim>> bySubject = claims.stream().filter(c -> c.subjectId() != null)
                .collect(Collectors.groupingBy(StructuredClaim::subjectId, LinkedHashMap::new, Collectors.toList()));
        for (List<StructuredClaim> ofSubject : bySubject.values()) {
            if (sources(ofSubject) < 2) {
                continue;
            }
            String subject = ofSubject.get(0).subject();
            Set<String> polarities = ofSubject.stream().map(c -> relationOf(c, vocabulary).polarity().label())
                    .collect(Collectors.toCollection(TreeSet::new));
            if (polarities.size() > 1 && acrossSources(ofSubject, c -> relationOf(c, vocabulary).polarity())) {
                conflicts.add(new Conflict(ConflictKind.POLARITY, Explanation.of("claims.conflict.polarity", subject,
                        relations(ofSubject)), ids(ofSubject)));
            } else if (acrossSources(ofSubject, c -> relationOf(c, vocabulary).strength())) {
                conflicts.add(new Conflict(ConflictKind.STRENGTH, Explanation.of("claims.conflict.strength", subject,
                        relations(ofSubject)), ids(ofSubject)));
            }
            Map<String, List<StructuredClaim>> byRelation = ofSubject.stream()
                    .collect(Collectors.groupingBy(c -> c.relation().toLowerCase(Locale.ROOT)));
            for (List<StructuredClaim> same : byRelation.values()) {
                List<StructuredClaim> dated = same.stream().filter(c -> c.time() != null && !c.time().isBlank())
                        .toList();
                Map<Integer, List<StructuredClaim>> byPrecision = dated.stream()
                        .collect(Collectors.groupingBy(c -> c.time().length()));
                for (List<StructuredClaim> precise : byPrecision.values()) {
                    if (acrossSources(precise, StructuredClaim::time)) {
                        conflicts.add(new Conflict(ConflictKind.DATE, Explanation.of("claims.conflict.date",
                                subject, same.get(0).relation(), precise.stream().map(StructuredClaim::time)
                                        .distinct().collect(Collectors.joining(" vs "))), ids(precise)));
                    }
                }
            }
        }
        Map<String, List<StructuredClaim>> byRelation = claims.stream().filter(c -> c.subjectId() != null)
                .collect(Collectors.groupingBy(c -> c.relation().toLowerCase(Locale.ROOT), LinkedHashMap::new,
                        Collectors.toList()));
        for (List<StructuredClaim> same : byRelation.values()) {
            if (acrossSources(same, StructuredClaim::subjectId)) {
                conflicts.add(new Conflict(ConflictKind.ACTOR, Explanation.of("claims.conflict.actor",
                        same.get(0).relation(), same.stream().map(StructuredClaim::subject).distinct()
                                .collect(Collectors.joining(", "))), ids(same)));
            }
        }
        List<StructuredClaim> figures = claims.stream().filter(c -> c.figure() != null).toList();
        if (acrossSources(figures, StructuredClaim::figure)) {
            conflicts.add(new Conflict(ConflictKind.FIGURE, Explanation.of("claims.conflict.figure", figures.stream()
                    .map(c -> format(c.figure()) + " (" + c.source() + ")").distinct()
                    .collect(Collectors.joining(" vs "))), ids(figures)));
        }
        return conflicts;
    }

    /** Whether two claims from different sources differ in {@code value}. */
    private static boolean acrossSources(List<StructuredClaim> claims,
            java.util.function.Function<StructuredClaim, ?> value) {
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                StructuredClaim a = claims.get(i);
                StructuredClaim b = claims.get(j);
                if (a.documentId() != b.documentId() && !Objects.equals(value.apply(a), value.apply(b))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long sources(List<StructuredClaim> claims) {
        return claims.stream().map(StructuredClaim::documentId).distinct().count();
    }

    private static String relations(List<StructuredClaim> claims) {
        return claims.stream().map(c -> c.relation() + " (" + c.source() + ")").distinct()
                .collect(Collectors.joining(" vs "));
    }

    private static List<Long> ids(List<StructuredClaim> claims) {
        return claims.stream().map(StructuredClaim::codingId).toList();
    }

    private static RelationView relationOf(StructuredClaim claim, Map<String, RelationView> vocabulary) {
        return claim.relation() == null ? null : vocabulary.get(claim.relation().toLowerCase(Locale.ROOT));
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
