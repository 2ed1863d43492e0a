package org.concordia.consensus.service;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.concordia.consensus.model.ReliabilityData;
import org.concordia.platform.csv.SpreadsheetSafe;

/**
 * Reliability data as CSV, the form snapshots keep and users download: a header {@code unit, coder, coder, ...},
 * then one row per unit with each coder's value, empty where the coder gave none. Opens in R, Python or a
 * spreadsheet as it is.
 */
public final class SnapshotData {

    private SnapshotData() {
    }

    public static String write(ReliabilityData data) {
        StringWriter out = new StringWriter();
        List<String> header = new ArrayList<>();
        header.add("unit");
        header.addAll(data.coders());
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get()
                .print(out)) {
            for (ReliabilityData.Unit unit : data.units()) {
                List<String> row = new ArrayList<>();
                row.add(unit.id());
                for (String coder : data.coders()) {
                    row.add(unit.values().getOrDefault(coder, ""));
                }
                csv.printRecord(SpreadsheetSafe.cells(row.toArray()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static ReliabilityData read(String csvText, List<String> scale) {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csvText))) {
            List<String> coders = parser.getHeaderNames().subList(1, parser.getHeaderNames().size());
            List<ReliabilityData.Unit> units = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String coder : coders) {
                    String value = SpreadsheetSafe.restore(record.get(coder));
                    if (!value.isEmpty()) {
                        values.put(coder, value);
                    }
                }
                units.add(new ReliabilityData.Unit(SpreadsheetSafe.restore(record.get(0)), values));
            }
            return new ReliabilityData(List.copyOf(coders), units, scale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
