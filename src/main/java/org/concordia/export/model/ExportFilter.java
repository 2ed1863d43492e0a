package org.concordia.export.model;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which part of a project to export; empty sets mean "all". {@code states} are consensus state names
 * ({@code DISPUTED}, {@code ADJUDICATED}, ...); {@code goldOnly} keeps only the gold standard's codings.
 */
public record ExportFilter(Set<Long> documents, Set<Long> claimTypes, Set<String> coders, Set<String> states,
        boolean goldOnly) implements Serializable {

    public ExportFilter {
        documents = documents == null ? Set.of() : Set.copyOf(documents);
        claimTypes = claimTypes == null ? Set.of() : Set.copyOf(claimTypes);
        coders = coders == null ? Set.of() : Set.copyOf(coders);
        states = states == null ? Set.of() : Set.copyOf(states);
    }

    public static ExportFilter everything() {
        return new ExportFilter(Set.of(), Set.of(), Set.of(), Set.of(), false);
    }

    public boolean document(long id) {
        return documents.isEmpty() || documents.contains(id);
    }

    public boolean claimType(long id) {
        return claimTypes.isEmpty() || claimTypes.contains(id);
    }

    public boolean coder(String name) {
        return coders.isEmpty() || coders.contains(name);
    }

    public boolean state(String name) {
        return states.isEmpty() || states.contains(name);
    }

    /** As stored with a job: one line per criterion, readable in the audit trail and the jobs table. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        line(text, "documents", documents.stream().map(String::valueOf).sorted().toList());
        line(text, "claim types", claimTypes.stream().map(String::valueOf).sorted().toList());
        line(text, "coders", coders.stream().sorted().toList());
        line(text, "states", states.stream().sorted().toList());
        if (goldOnly) {
            text.append("gold standard only\n");
        }
        return text.isEmpty() ? "everything" : text.toString().strip();
    }

    /**
     * The filter in a form {@link #fromSpec} reads back: what a job keeps so that another server can write it again
     * when the one that started it has died.
     */
    public String spec() {
        StringBuilder text = new StringBuilder();
        text.append("documents=").append(joined(documents.stream().map(String::valueOf).sorted().toList())).append('\n')
                .append("claimTypes=").append(joined(claimTypes.stream().map(String::valueOf).sorted().toList()))
                .append('\n')
                .append("coders=").append(joined(coders.stream().sorted().toList())).append('\n')
                .append("states=").append(joined(states.stream().sorted().toList())).append('\n')
                .append("goldOnly=").append(goldOnly);
        return text.toString();
    }

    /** The filter {@link #spec} wrote. */
    public static ExportFilter fromSpec(String spec) {
        java.util.Map<String, List<String>> values = new java.util.HashMap<>();
        for (String line : spec.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                String value = line.substring(equals + 1);
                values.put(line.substring(0, equals), value.isEmpty() ? List.of()
                        : java.util.Arrays.stream(value.split(",")).map(v -> java.net.URLDecoder.decode(v,
                                java.nio.charset.StandardCharsets.UTF_8)).toList());
            }
        }
        return new ExportFilter(
                values.getOrDefault("documents", List.of()).stream().map(Long::valueOf).collect(Collectors.toSet()),
                values.getOrDefault("claimTypes", List.of()).stream().map(Long::valueOf).collect(Collectors.toSet()),
                Set.copyOf(values.getOrDefault("coders", List.of())),
                Set.copyOf(values.getOrDefault("states", List.of())),
                values.getOrDefault("goldOnly", List.of()).contains("true"));
    }

    private static String joined(List<String> values) {
        return values.stream().map(v -> java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining(","));
    }

    private static void line(StringBuilder text, String name, List<String> values) {
        if (!values.isEmpty()) {
            text.append(name).append(": ").append(values.stream().collect(Collectors.joining(", "))).append('\n');
        }
    }
}
