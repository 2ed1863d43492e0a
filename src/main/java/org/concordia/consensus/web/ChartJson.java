package org.concordia.consensus.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import org.concordia.consensus.model.AgreementReport;
import org.concordia.consensus.model.AgreementResult;
import org.concordia.platform.web.ScriptSafeJson;

/**
 * The agreement charts (values from -1 to 1 with their intervals), built like the others in
 * {@link org.concordia.platform.web.Charts}.
 */
final class ChartJson {

    static final String GREY = "#9e9e9e";

    private ChartJson() {
    }

    /**
     * Agreement values as horizontal bars from -1 to 1, with each 95% interval as a floating bar beside them.
     */
    static String agreementBars(String measureLabel, List<AgreementReport.Row> rows) {
        Columns columns = new Columns(rows);
        JsonArrayBuilder intervals = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (AgreementReport.Row row : rows) {
            AgreementResult r = row.result();
            if (r.interval() != null) {
                intervals.add(Json.createArrayBuilder().add(r.interval().lower()).add(r.interval().upper()));
            } else {
                intervals.addNull();
            }
            colours.add(row.colour() == null ? GREY : row.colour());
        }
        JsonArrayBuilder labels = columns.labels;
        JsonArrayBuilder values = columns.values;
        return ScriptSafeJson.of(Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", measureLabel)
                                        .add("data", values).add("backgroundColor", colours))
                                .add(Json.createObjectBuilder().add("label", "95% interval")
                                        .add("data", intervals).add("backgroundColor", "rgba(0,0,0,0.15)"))))
                .add("options", Json.createObjectBuilder()
                        .add("indexAxis", "y")
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("min", -1).add("max", 1))))
                .build().toString());
    }

    /** A line of agreement values with its interval as a band (two more lines, the area between them filled). */
    static String agreementLine(String measureLabel, List<AgreementReport.Row> rows) {
        Columns columns = new Columns(rows);
        JsonArrayBuilder labels = columns.labels;
        JsonArrayBuilder values = columns.values;
        JsonArrayBuilder lower = Json.createArrayBuilder();
        JsonArrayBuilder upper = Json.createArrayBuilder();
        for (AgreementReport.Row row : rows) {
            AgreementResult r = row.result();
            if (r.interval() != null) {
                lower.add(r.interval().lower());
                upper.add(r.interval().upper());
            } else {
                lower.addNull();
                upper.addNull();
            }
        }
        return ScriptSafeJson.of(Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", measureLabel).add("data", values)
                                        .add("borderColor", "#1f77b4").add("fill", false))
                                .add(Json.createObjectBuilder().add("label", "95% interval, lower").add("data", lower)
                                        .add("borderColor", "rgba(31,119,180,0.3)").add("fill", false))
                                .add(Json.createObjectBuilder().add("label", "95% interval, upper").add("data", upper)
                                        .add("borderColor", "rgba(31,119,180,0.3)")
                                        .add("backgroundColor", "rgba(31,119,180,0.12)").add("fill", "-1"))))
                .add("options", Json.createObjectBuilder().add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("min", -1).add("max", 1))))
                .build().toString());
    }

    /** The rows' labels and values (null where undefined), the columns every agreement chart starts from. */
    private static final class Columns {
        final JsonArrayBuilder labels = Json.createArrayBuilder();
        final JsonArrayBuilder values = Json.createArrayBuilder();

        Columns(List<AgreementReport.Row> rows) {
            for (AgreementReport.Row row : rows) {
                labels.add(row.label());
                if (row.result().defined()) {
                    values.add(row.result().value());
                } else {
                    values.addNull();
                }
            }
        }
    }
}
