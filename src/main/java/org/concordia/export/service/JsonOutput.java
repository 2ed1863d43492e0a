package org.concordia.export.service;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * JSON generators for the export formats. {@link Json#createGenerator} looks the JSON provider up again on every
 * call (a service-loader scan of the deployment), which costs more than writing a record; the factory looks once.
 */
final class JsonOutput {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private JsonOutput() {
    }

    static JsonGenerator generator(Writer writer) {
        return GENERATORS.createGenerator(writer);
    }

    /** A generator for one value among others (a line of JSON Lines): closing it flushes but leaves the writer open. */
    static JsonGenerator valueIn(Writer writer) {
        return GENERATORS.createGenerator(new FilterWriter(writer) {
            @Override
            public void close() throws IOException {
                flush();
            }
        });
    }
}
