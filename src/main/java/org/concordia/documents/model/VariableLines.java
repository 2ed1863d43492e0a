package org.concordia.documents.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.concordia.platform.errors.InvalidInputException;

/**
 * A document's variables as people type them in one box: one per line, {@code name: value} (the first colon
 * divides, so values may hold colons: "time: 10:30"). Blank lines are ignored.
 */
public final class VariableLines {

    private VariableLines() {
    }

    public static Map<String, String> parse(String lines) {
        Map<String, String> variables = new LinkedHashMap<>();
        if (lines == null) {
            return variables;
        }
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(0, colon).isBlank()) {
                throw new InvalidInputException("error.documents.aVariableNeedsAName", line.strip());
            }
            String name = line.substring(0, colon).strip();
            if (variables.keySet().stream().anyMatch(name::equalsIgnoreCase)) {
                throw new InvalidInputException("error.documents.twoVariablesAreCalled", name);
            }
            variables.put(name, line.substring(colon + 1).strip());
        }
        return variables;
    }

    public static String format(Map<String, String> variables) {
        return variables.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }
}
