package org.concordia.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.concordia.codebook.model.AttributeField;
import org.concordia.codebook.model.AttributeType;
import org.concordia.codebook.model.MeasurementLevel;
import org.concordia.codebook.model.ClaimTypeDraft;
import org.concordia.codebook.model.ClaimTypeView;
import org.concordia.codebook.service.RefiQdaCodebook;
import org.concordia.codebook.service.RefiQdaCodebook.ImportedCode;
import org.concordia.codebook.service.StarterCodebook;
import org.concordia.platform.errors.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The REFI-QDA codebook format, checked against the standard's own schema and example files (../shared). */
class RefiQdaCodebookTest {

    private static final Path STANDARD = Path.of("..", "shared", "standards", "refi-qda");

    @Test
    void theStarterCodebookExportsAsAValidQdcAndReadsBackUnchanged() throws Exception {
        List<ClaimTypeView> starter = starterViews();

        byte[] qdc = RefiQdaCodebook.write(starter);

        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(STANDARD.resolve("Codebook.xsd").toFile())
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(qdc)));
        List<ImportedCode> read = RefiQdaCodebook.read(new ByteArrayInputStream(qdc));
        assertThat(read).extracting(ImportedCode::name).containsExactly("Factual event", "Causal claim", "Evaluation",
                "Prediction", "Policy prescription", "Figure or statistic", "Attribution of stance");
        ImportedCode stance = read.get(6);
        assertThat(stance.codable()).as("a grouping is not codable").isFalse();
        assertThat(stance.children()).extracting(ImportedCode::name).containsExactly("Support", "Opposition");
        ClaimTypeView support = starter.stream().filter(t -> t.name().equals("Support")).findFirst().orElseThrow();
        assertThat(stance.children().get(0).guid()).isEqualTo(support.guid());
        assertThat(stance.children().get(0).colour()).isEqualTo(support.draft().colour());
        assertThat(stance.children().get(0).description())
                .startsWith(support.draft().definition()).contains("Use when: Backed, endorsed");
    }

    @Test
    void rulesOfUseAndAttributesWithTheirLevelsComeBackFromTheDescription() {
        List<ClaimTypeView> starter = new ArrayList<>(starterViews());
        starter.add(new ClaimTypeView(99, "b2d7c0de-0000-4000-8000-000000000099", null, 0, new ClaimTypeDraft(null,
                "Violent event", "An attack with its toll.\n\nCount only what the source reports.",
                "Attacks, clashes.", null, "\"Two rockets hit the base.\"", "#aa3300", "v", true, List.of(
                        new AttributeField("intensity", AttributeType.CHOICE, List.of("low", "high", "extreme"),
                                true, MeasurementLevel.ORDINAL),
                        new AttributeField("casualties", AttributeType.NUMBER, List.of(), false,
                                MeasurementLevel.RATIO)))));

        List<ImportedCode> read = RefiQdaCodebook.read(new ByteArrayInputStream(RefiQdaCodebook.write(starter)));

        List<ImportedCode> flat = new ArrayList<>();
        read.forEach(code -> flatten(code, flat));
        for (ClaimTypeView type : starter) {
            ImportedCode code = flat.stream().filter(c -> c.guid().equals(type.guid())).findFirst().orElseThrow();
            RefiQdaCodebook.Sections sections = RefiQdaCodebook.sections(code.description());
            ClaimTypeDraft d = type.draft();
            assertThat(sections).as(type.name()).isEqualTo(new RefiQdaCodebook.Sections(d.definition(),
                    d.whenToUse(), d.whenNotToUse(), d.examples(), d.attributes()));
        }
    }

    @Test
    void anotherToolsDescriptionStaysTextWhereItIsNotOurs() {
        RefiQdaCodebook.Sections sections = RefiQdaCodebook.sections(
                "Jobs and taxes.\n\nAttributes: size, colour and weight of the thing.\n\nExamples: the budget");

        assertThat(sections.definition()).isEqualTo("Jobs and taxes.\n\nAttributes: size, colour and weight of the thing.");
        assertThat(sections.examples()).isEqualTo("the budget");
        assertThat(sections.attributes()).isEmpty();
        assertThat(RefiQdaCodebook.sections(null).definition()).isNull();
    }

    private static void flatten(ImportedCode code, List<ImportedCode> into) {
        into.add(code);
        code.children().forEach(child -> flatten(child, into));
    }

    @Test
    void theStandardsExampleCodebooksAreRead() throws Exception {
        List<ImportedCode> spec = read("spec_A1_codebook_example.qdc");
        assertThat(spec).extracting(ImportedCode::name).contains("Topics", "Economy", "Values", "Liberals");
        ImportedCode economy = spec.stream().filter(c -> c.name().equals("Economy")).findFirst().orElseThrow();
        assertThat(economy.guid()).as("braces dropped, GUID kept").isEqualTo("d7aa29da-519b-4946-9b90-253b6db8fd0a");
        assertThat(economy.colour()).isEqualTo("#ffff00");
        assertThat(economy.description()).isEqualTo("Anything about jobs or taxes or business");
        assertThat(spec.get(0).codable()).isFalse();

        assertThat(read("minimal_codebook.qdc")).isNotEmpty();
    }

    @Test
    void somethingElseIsRefusedWithAReasonAndExternalEntitiesAreNotRead() {
        String wrongNamespace = "<CodeBook xmlns=\"urn:something:else\"><Codes/></CodeBook>";
        assertThatThrownBy(() -> RefiQdaCodebook.read(stream(wrongNamespace)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("namespace");
        assertThatThrownBy(() -> RefiQdaCodebook.read(stream("not xml at all")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a readable");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<CodeBook xmlns=\"" + RefiQdaCodebook.NAMESPACE + "\"><Codes><Code guid=\"a\" name=\"&e;\""
                + " isCodable=\"true\"/></Codes></CodeBook>";
        assertThatThrownBy(() -> RefiQdaCodebook.read(stream(xxe))).isInstanceOf(InvalidInputException.class);
    }

    /** The starter codebook as the service would list it, with made-up ids. */
    static List<ClaimTypeView> starterViews() {
        List<ClaimTypeView> views = new ArrayList<>();
        long[] id = {1};
        for (StarterCodebook.Entry entry : StarterCodebook.entries()) {
            add(views, entry, null, 0, id);
        }
        return views;
    }

    private static void add(List<ClaimTypeView> views, StarterCodebook.Entry entry, Long parent, int depth, long[] id) {
        long own = id[0]++;
        ClaimTypeDraft d = entry.draft();
        views.add(new ClaimTypeView(own, java.util.UUID.nameUUIDFromBytes(d.name().getBytes(StandardCharsets.UTF_8))
                .toString(), parent, depth, new ClaimTypeDraft(parent, d.name(), d.definition(), d.whenToUse(),
                d.whenNotToUse(), d.examples(), d.colour(), d.hotkey(), d.codable(), d.attributes())));
        for (StarterCodebook.Entry child : entry.children()) {
            add(views, child, own, depth + 1, id);
        }
    }

    private static List<ImportedCode> read(String example) throws Exception {
        try (InputStream in = Files.newInputStream(STANDARD.resolve("examples").resolve(example))) {
            return RefiQdaCodebook.read(in);
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
