package org.concordia.export.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concordia.export.service.QdeProject.OtherPart;
import org.concordia.export.service.QdeProject.Source;
import org.concordia.export.service.QdeProject.SourceKind;
import org.concordia.platform.errors.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standard's own example projects, read as the import needs them. */
class QdeReaderTest {

    private static final Path EXAMPLES = Path.of("../shared/standards/refi-qda/examples");

    @TempDir
    Path folder;

    @Test
    void theAtlasTiExampleOfTheStandardIsReadWhole() {
        QdeProject project = QdeReader.read(EXAMPLES.resolve("atlas_ti_standard_project_from_spec_A2.qde"));

        assertThat(project.origin()).startsWith("ATLAS.ti");
        assertThat(project.users()).hasSize(3).containsValue("Sebastian Petrausch");
        assertThat(project.codes()).hasSize(14).anySatisfy(code -> {
            assertThat(code.name()).isEqualTo("\"rushed\"");
            assertThat(code.guid()).isEqualTo("9f43fe32-c2cb-4ba8-b766-a0734c826e49");
        });
        assertThat(project.sources()).extracting(Source::kind).containsOnly(SourceKind.TEXT, SourceKind.PDF);
        assertThat(project.sources()).filteredOn(s -> s.kind() == SourceKind.PDF).hasSize(2);
        Source simon = source(project, "Simon.docx");
        assertThat(simon.file()).isEqualTo("internal://D32251E3-04A0-4E0C-87A1-46AC68021F21.docx");
        assertThat(simon.plainTextPath()).isEqualTo("internal://C1C745F7-8E4D-48B2-9710-655AFE7E54FA.txt");
        assertThat(simon.selections()).anySatisfy(s -> {
            assertThat(s.start()).isEqualTo(688);
            assertThat(s.end()).isEqualTo(907);
            assertThat(s.description()).isEqualTo("why does Simon feel the need to do this?");
            assertThat(s.codings()).singleElement().satisfies(c -> assertThat(c.user())
                    .isEqualTo("AD68FBE7-E1EE-4A82-A279-23CC698C89EB"));
        });
        Source recipe = source(project, "Pay de Lim\u00f3n con Base de Granola | Kellogg's \u00ae.pdf");
        assertThat(recipe.file()).endsWith(".pdf");
        assertThat(recipe.plainTextPath()).as("the text ATLAS.ti extracted").endsWith(".txt");
        assertThat(recipe.selections()).as("selections of that text").hasSize(2);
        assertThat(recipe.regions()).hasSize(4).anySatisfy(r -> assertThat(r.text()).isEqualTo("granola"))
                .anySatisfy(r -> assertThat(r.text()).as("a region whose text ATLAS.ti did not write").isNull());
        assertThat(project.others()).containsEntry(OtherPart.PICTURE_SOURCES, 1)
                .containsEntry(OtherPart.AUDIO_SOURCES, 1).containsEntry(OtherPart.VIDEO_SOURCES, 2)
                .containsEntry(OtherPart.MEDIA_SELECTIONS, 3).containsEntry(OtherPart.LINKS, 1)
                .containsEntry(OtherPart.GRAPHS, 1);
        assertThat(project.notes()).hasSize(2).anySatisfy((guid, note) -> assertThat(note.inlineText())
                .startsWith("This is a great project"));
        assertThat(project.sets()).hasSize(16).anySatisfy(set -> {
            assertThat(set.name()).isEqualTo("gender: male");
            assertThat(set.sources()).containsExactly("AE5298BE-7C94-4B66-8A9C-51FBE232D2F5");
        });
    }

    @Test
    void theF4ExampleKeepsItsMemosOnCodesAndSelections() {
        QdeProject project = QdeReader.read(EXAMPLES.resolve("openqda_refi-tools_valid-document_f4.qde"));

        assertThat(project.codes()).singleElement().satisfies(code -> assertThat(code.description())
                .isEqualTo("Dies ist der Kommentar vom Test-Code"));
        assertThat(project.codeNotes()).containsValue(java.util.List.of("768169b3-d336-4ef3-8060-83bcb776a23d"));
        Source interview = source(project, "Interview 60mins");
        assertThat(interview.selections()).hasSize(4);
        assertThat(interview.selections()).filteredOn(s -> s.codings().isEmpty()).hasSize(2)
                .allSatisfy(s -> assertThat(s.noteRefs()).hasSize(1));
        assertThat(project.notes()).hasSize(3);
    }

    @Test
    void aQdeThatIsNotAProjectIsRefusedWithTheReason() throws IOException {
        Path other = folder.resolve("project.qde");
        Files.writeString(other, "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> QdeReader.read(other)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("has no Project");

        Files.writeString(other, "<Project xmlns=\"urn:QDA-XML:project:1.0\"><Sources><TextSource guid=\"a\">"
                + "<PlainTextSelection guid=\"b\" startPosition=\"ten\" endPosition=\"20\"/></TextSource></Sources>"
                + "</Project>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> QdeReader.read(other)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\u201cten\u201d as startPosition");

        Files.writeString(other, "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> QdeReader.read(other)).as("no external entities")
                .isInstanceOf(InvalidInputException.class);
    }

    private static Source source(QdeProject project, String name) {
        // ATLAS.ti on macOS writes names decomposed ("o" and a combining acute): compared as people read them
        return project.sources().stream().filter(s -> java.text.Normalizer.normalize(s.name(),
                java.text.Normalizer.Form.NFC).equals(name)).findFirst().orElseThrow();
    }
}
