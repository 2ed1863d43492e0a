package org.concordia.search.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a query asks for: a passage is found when it has, for every group, all the terms of one of the group's
 * alternatives. A word of the query is a group of one alternative; a word that is the distinctive part of an
 * entity's name (the part its names do not share: "kadhimi" of "Mustafa al-Kadhimi") is a group of every such part
 * of every name of the entity ("kadhimi", "kazimi", "kazemi"), so one search finds every spelling. A pure function
 * of the query and the names, so every rule is unit-tested.
 */
public record QueryPlan(List<List<List<String>>> groups, List<String> alsoSearched) {

    /** At most this many groups, and alternatives in a group: a query, not a document. */
    public static final int MOST = 8;
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul");

    /** An entity as the plan sees it: its preferred name and every name it goes by. */
    public record Entity(String name, List<String> names) {
    }

    public static QueryPlan of(String query, List<Entity> entities) {
        List<String> words = SearchTerms.terms(query);
        List<List<List<String>>> groups = new ArrayList<>();
        List<String> also = new ArrayList<>();
        boolean expanded = false;
        Set<String> namesTerms = new HashSet<>();
        for (String word : words) {
            Entity named = null;
            List<List<String>> cores = List.of();
            for (Entity entity : entities) {
                List<List<String>> ofEntity = cores(entity);
                if (ofEntity.size() > 1 && ofEntity.stream().anyMatch(core -> core.contains(word))) {
                    named = entity;
                    cores = ofEntity;
                    break;
                }
            }
            if (named == null) {
                groups.add(List.of(List.of(word)));
            } else {
                expanded = true;
                named.names().forEach(n -> namesTerms.addAll(SearchTerms.terms(n)));
                groups.add(cores.subList(0, Math.min(MOST, cores.size())));
                List<String> others = named.names().stream().filter(n -> !SearchTerms.terms(n).contains(word))
                        .toList();
                if (!others.isEmpty()) {
                    also.add(named.name() + ": " + String.join(", ", others));
                }
            }
        }
        if (expanded && groups.size() > 1) {
            // "Mustafa al-Kadhimi" asks for the man, however a source names him: "al-Kazimi" alone is a mention too.
            groups.removeIf(g -> g.size() == 1 && g.get(0).size() == 1 && (ARTICLES.contains(g.get(0).get(0))
                    || namesTerms.contains(g.get(0).get(0))));
        }
        return new QueryPlan(List.copyOf(groups.subList(0, Math.min(MOST, groups.size()))), List.copyOf(also));
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /**
     * Whether a text says what the plan asks for: for every group, all the terms of one alternative. How an
     * attribute's value is matched: "Kadhimi" matches "Mustafa al-Kazimi" once the registry knows both names.
     */
    public boolean matches(String text) {
        Set<String> terms = new HashSet<>(SearchTerms.terms(text));
        return !groups.isEmpty() && groups.stream().allMatch(g -> g.stream().anyMatch(terms::containsAll));
    }

    /** Every term the plan looks for, to mark in what it finds. */
    public Set<String> terms() {
        Set<String> terms = new HashSet<>();
        groups.forEach(g -> g.forEach(terms::addAll));
        return terms;
    }

    /** The distinctive part of each name of the entity: its terms less those all its names share, each once. */
    static List<List<String>> cores(Entity entity) {
        List<List<String>> names = entity.names().stream().map(SearchTerms::terms).filter(t -> !t.isEmpty())
                .toList();
        if (names.isEmpty()) {
            return List.of();
        }
        Set<String> shared = new HashSet<>(names.get(0));
        names.forEach(shared::retainAll);
        Set<List<String>> cores = new LinkedHashSet<>();
        for (List<String> name : names) {
            List<String> core = name.stream().filter(t -> !shared.contains(t) && !ARTICLES.contains(t)).toList();
            cores.add(core.isEmpty() ? name : core);
        }
        return List.copyOf(cores);
    }
}
