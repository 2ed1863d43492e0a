package org.concordia.claims.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.concordia.claims.model.Conflict;
import org.concordia.claims.model.ConflictKind;
import org.concordia.claims.model.Proposition;
import org.concordia.claims.model.RelationView;
import org.concordia.claims.model.SourceAccounts;
import org.concordia.claims.model.StructuredClaim;
import org.concordia.claims.model.UnsettledPassage;
import org.concordia.platform.text.Explanation;
import org.concordia.platform.text.TimeSpan;

/**
 * Groups claims into propositions and finds where sources disagree. A pure function of the sources' accounts and
 * the relation vocabulary, so every rule is unit-tested.
 *
 * <p>A proposition is one object, one relation family and one year: the year the claim's own time starts in if it
 * has one, else the year of its source. Within it, sources (documents) disagree when, about the same actor, one says
 * for and another against ({@link ConflictKind#POLARITY}) or both say for but not equally strongly
 * ({@link ConflictKind#STRENGTH}); when they credit an exclusive act (chose, appointed) to different actors
 * ({@link ConflictKind#ACTOR}); when they date the same act to times that do not overlap ({@link ConflictKind#DATE};
 * "2020" and "2020-04" overlap, "2020-04" and "2020-05-10" do not); or when they give different numbers
 * ({@link ConflictKind#FIGURE}). Claims of one source never conflict with each other: that is coder agreement, and
 * passages whose coders differ are listed as unsettled instead.
 */
public final class Propositions {

    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");

    private Propositions() {
    }

    /** Propositions of claims that all stand as their sources' accounts. */
    public static List<Proposition> of(List<StructuredClaim> claims, Map<String, RelationView> vocabulary) {
        return of(SourceAccounts.settledOnly(claims), vocabulary);
    }

    /** @param vocabulary the project's relations by lower-case name */
    public static List<Proposition> of(SourceAccounts accounts, Map<String, RelationView> vocabulary) {
        Map<String, List<StructuredClaim>> groups = new LinkedHashMap<>();
        Map<String, Map<Long, UnsettledPassage>> unsettled = new LinkedHashMap<>();
        Map<String, List<StructuredClaim>> perCoder = new LinkedHashMap<>();
        Map<String, String[]> labels = new LinkedHashMap<>();
        for (StructuredClaim claim : accounts.settled()) {
            String key = key(claim, vocabulary, labels);
            if (key != null) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
            }
        }
        for (UnsettledPassage passage : accounts.unsettled()) {
            for (StructuredClaim claim : passage.claims()) {
                String key = key(claim, vocabulary, labels);
                if (key != null) {
                    groups.computeIfAbsent(key, k -> new ArrayList<>());
                    unsettled.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(passage.passageId(),
                            passage);
                }
            }
        }
        for (StructuredClaim claim : accounts.perCoder()) {
            String key = key(claim, vocabulary, labels);
            if (key != null && groups.containsKey(key)) {
                perCoder.computeIfAbsent(key, k -> new ArrayList<>()).add(claim);
            }
        }
        List<Proposition> propositions = new ArrayList<>();
        groups.forEach((key, ofKey) -> {
            String[] label = labels.get(key);
            propositions.add(new Proposition(key, Long.valueOf(label[3]), label[0], label[1], label[2],
                    List.copyOf(ofKey), conflicts(ofKey, vocabulary),
                    List.copyOf(unsettled.getOrDefault(key, Map.of()).values()),
                    List.copyOf(perCoder.getOrDefault(key, List.of())), interestedParties(ofKey)));
        });
        return propositions;
    }

    /** The proposition a claim is about, remembering its label; null when it names no known object or relation. */
    private static String key(StructuredClaim claim, Map<String, RelationView> vocabulary,
            Map<String, String[]> labels) {
        RelationView relation = relationOf(claim, vocabulary);
        if (claim.objectId() == null || relation == null) {
            return null;
        }
        String window = window(claim);
        String key = claim.objectId() + "|" + relation.family() + "|" + window;
        labels.putIfAbsent(key, new String[] {claim.object(), relation.family(), window,
            Long.toString(claim.objectId())});
        return key;
    }

    /**
     * The same proposition key with its object's entity id replaced: how a restored verdict names the restored
     * project's entity ("12|support|2020" becomes "57|support|2020").
     */
    static String withObject(String key, java.util.function.LongUnaryOperator newId) {
        int bar = key.indexOf('|');
        if (bar <= 0 || !key.substring(0, bar).matches("\\d{1,18}")) {
            throw new org.concordia.platform.errors.InvalidInputException("error.claims.theBackupsVerdictIsDamaged",
                    key);
        }
        return newId.applyAsLong(Long.parseLong(key.substring(0, bar))) + key.substring(bar);
    }

    /** The year a claim is about: the year its own time starts in, else its source's; empty when neither is known. */
    static String window(StructuredClaim claim) {
        Optional<TimeSpan> span = TimeSpan.parse(claim.time());
        if (span.isPresent()) {
            return Integer.toString(span.get().first().getYear());
        }
        String time = claim.time() != null && !claim.time().isBlank() ? claim.time() : claim.sourceDate();
        return time == null || time.length() < 4 ? "" : time.substring(0, 4);
    }

    /**
     * The claims attributed to somebody who is a party to the proposition: the attribution names (in any
     * transliteration) an actor or the object of one of its claims, as "Iraj Masjedi, Iran's ambassador" names Iran.
     */
    static Map<Long, String> interestedParties(List<StructuredClaim> claims) {
        Map<String, String> parties = new LinkedHashMap<>();
        for (StructuredClaim claim : claims) {
            for (String party : new String[] {claim.subject(), claim.object()}) {
                if (party != null && !EntityNames.folded(party).isEmpty()) {
                    parties.putIfAbsent(EntityNames.folded(party), party);
                }
            }
        }
        Map<Long, String> interested = new LinkedHashMap<>();
        for (StructuredClaim claim : claims) {
            if (claim.attributedTo() == null || claim.attributedTo().isBlank()) {
                continue;
            }
            String said = " " + EntityNames.folded(POSSESSIVE.matcher(claim.attributedTo()).replaceAll("")) + " ";
            parties.entrySet().stream().filter(p -> said.contains(" " + p.getKey() + " ")).findFirst()
                    .ifPresent(p -> interested.put(claim.codingId(), p.getValue()));
        }
        return interested;
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
                List<StructuredClaim> apart = datedApart(same);
                if (!apart.isEmpty()) {
                    conflicts.add(new Conflict(ConflictKind.DATE, Explanation.of("claims.conflict.date", subject,
                            same.get(0).relation(), apart.stream().map(StructuredClaim::time).distinct()
                                    .collect(Collectors.joining(" vs "))), ids(apart)));
                }
            }
        }
        Map<String, List<StructuredClaim>> byRelation = claims.stream().filter(c -> c.subjectId() != null)
                .collect(Collectors.groupingBy(c -> c.relation().toLowerCase(Locale.ROOT), LinkedHashMap::new,
                        Collectors.toList()));
        for (List<StructuredClaim> same : byRelation.values()) {
            if (relationOf(same.get(0), vocabulary).exclusive() && acrossSources(same, StructuredClaim::subjectId)) {
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

    /** The claims of different sources whose times do not overlap with another's; empty when all overlap. */
    private static List<StructuredClaim> datedApart(List<StructuredClaim> claims) {
        Set<StructuredClaim> apart = new java.util.LinkedHashSet<>();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                StructuredClaim a = claims.get(i);
                StructuredClaim b = claims.get(j);
                Optional<TimeSpan> first = TimeSpan.parse(a.time());
                Optional<TimeSpan> second = TimeSpan.parse(b.time());
                if (a.documentId() != b.documentId() && first.isPresent() && second.isPresent()
                        && !first.get().overlaps(second.get())) {
                    apart.add(a);
                    apart.add(b);
                }
            }
        }
        return List.copyOf(apart);
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
