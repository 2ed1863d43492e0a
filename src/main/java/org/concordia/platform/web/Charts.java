package org.concordia.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, built with JSON-P so that labels are escaped properly, and
 * made safe for the inline script PrimeFaces puts them in (a claim type named {@code </script>...} stays a label).
 * The kinds every feature draws; a feature with a chart of its own builds it the same way.
 */
public final class Charts {

    /** Colours told apart by most kinds of colour vision (Okabe and Ito), for series without a colour of their own. */
    public static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
            "#D55E00", "#F0E442", "#000000");

    private Charts() {
    }

    /** Horizontal stacked bars: one row per label, one dataset per series (name, colour, values). */
    public static String stackedBars(List<String> labels, List<Series> series) {
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return ScriptSafeJson.of(Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", array(labels)).add("datasets", datasets(series)))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y")
                        .add("scales", Json.createObjectBuilder().add("x", stacked)
                                .add("y", Json.createObjectBuilder().add("stacked", true))))
                .build().toString());
    }

    /** Lines over the labels (periods, in order), one per series, from zero up. */
    public static String lines(List<String> labels, List<Series> series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            datasets.add(Json.createObjectBuilder().add("label", s.name()).add("data", values(s))
                    .add("borderColor", s.colour()).add("backgroundColor", s.colour()).add("fill", false));
        }
        return ScriptSafeJson.of(Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", array(labels)).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString());
    }

    public static String doughnut(List<String> labels, List<? extends Number> values, List<String> colours) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> data.add(v.doubleValue()));
        return ScriptSafeJson.of(Json.createObjectBuilder()
                .add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", array(labels))
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("data", data).add("backgroundColor", array(colours)))))
                .add("options", Json.createObjectBuilder().add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "right"))))
                .build().toString());
    }

    private static JsonArrayBuilder datasets(List<Series> series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            datasets.add(Json.createObjectBuilder().add("label", s.name()).add("data", values(s))
                    .add("backgroundColor", s.colour()));
        }
        return datasets;
    }

    private static JsonArrayBuilder values(Series s) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        s.values().forEach(v -> data.add(v.doubleValue()));
        return data;
    }

    private static JsonArrayBuilder array(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    /** One dataset of a chart: its name, colour and a value per label. */
    public record Series(String name, String colour, List<? extends Number> values) {
    }
}
