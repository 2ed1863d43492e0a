package org.concordia.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import org.concordia.platform.web.ScriptSafeJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** JSON put into an inline script cannot end the script, and still means the same. */
class ScriptSafeJsonTest {

    @Test
    @DisplayName("A label that closes the script tag stays a label, escaped, and parses to the same text")
    void aLabelCannotCloseTheScript() {
        String hostile = "Opposition \"></script><script>alert(1)</script> & \u2028more";
        String json = Json.createObjectBuilder().add("label", hostile).build().toString();

        String safe = ScriptSafeJson.of(json);

        assertThat(safe).doesNotContain("<", ">", "&", "\u2028").contains("\\u003c/script\\u003e");
        assertThat(Json.createReader(new StringReader(safe)).readObject().getString("label")).isEqualTo(hostile);
    }

    @Test
    @DisplayName("JSON without such characters is returned as it is")
    void harmlessJsonIsUnchanged() {
        String json = "{\"labels\":[\"Support\",\"Opposition\"],\"data\":[0.5,-0.2]}";
        assertThat(ScriptSafeJson.of(json)).isSameAs(json);
    }
}
