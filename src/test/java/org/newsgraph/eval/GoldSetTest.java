package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetTest {

    private final Path root = Fixtures.root();
    private final Path sets = root.resolve("sets");

    @Test
    void findsSetsInAFolderAndInItsSubfolders() throws IOException {
        assertThat(GoldSet.find(sets)).containsExactly(
                sets.resolve("inline"), sets.resolve("sample/missing-corpus"), sets.resolve("sample/with-corpus"));
        assertThat(GoldSet.find(sets.resolve("inline"))).containsExactly(sets.resolve("inline"));
    }

    @Test
    void resolvesCharacterOffsetsIntoTheCorpusCountingCodePoints() throws IOException {
        GoldSet set = GoldSet.load(sets.resolve("sample/with-corpus"), root);
        assertThat(set.id()).isEqualTo("with-corpus");
        assertThat(set.articles()).containsExactly(root.resolve("corpus/story.txt"));
        Facts.Statement statement = set.gold().statements().getFirst();
        // The emoji before the quote is one character but two Java chars.
        assertThat(statement.text()).isEqualTo("We will meet again");
        assertThat(statement.sources().getFirst().sentence()).isEqualTo("\"We will meet again,\" Ishizuka said.");
    }

    @Test
    void articlesOfAnInlineSetAreTheFilesNextToTheGold() throws IOException {
        GoldSet set = GoldSet.load(sets.resolve("inline"), root);
        assertThat(set.articles()).containsExactly(sets.resolve("inline/story.md"));
        assertThat(set.gold().meetings()).hasSize(1);
    }

    @Test
    void aMissingCorpusIsReportedAsSuch() {
        assertThatThrownBy(() -> GoldSet.load(sets.resolve("sample/missing-corpus"), root))
                .isInstanceOf(MissingCorpusException.class)
                .hasMessageContaining("missing-corpus")
                .hasMessageContaining(root.resolve("no-such-corpus").toString());
    }

    @Test
    void offsetsOutsideTheFileAndUnknownActorsAreGoldErrors(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "short");
        Files.writeString(dir.resolve(GoldSet.GOLD_FILE), """
                {"corpus": null, "actors": [{"id": "a", "name": "A", "type": "PERSON"}],
                 "statements": [{"speaker": "a", "textAt": {"file": "a.txt", "start": 2, "end": 9}}]}""");
        assertThatThrownBy(() -> GoldSet.load(dir, root)).hasMessageContaining("statements[0].textAt: offsets 2..9 outside a.txt");

        Files.writeString(dir.resolve(GoldSet.GOLD_FILE), """
                {"corpus": null, "actors": [{"id": "a", "name": "A", "type": "PERSON"}],
                 "criticisms": [{"critic": "a", "target": "b"}]}""");
        assertThatThrownBy(() -> GoldSet.load(dir, root)).hasMessageContaining("unknown actor id b");
    }

    @Test
    void systemExportsMayNotUseOffsets() {
        var in = new java.io.ByteArrayInputStream("""
                {"statements": [{"speaker": "a", "textAt": {"file": "a.txt", "start": 0, "end": 1}}]}""".getBytes());
        assertThatThrownBy(() -> FactsReader.read(in)).hasMessageContaining("only allowed in gold files");
    }

    /** Every gold file of the project loads, and scores perfectly against itself. */
    @Test
    void projectGoldIsConsistent() throws IOException {
        Path projectRoot = Path.of("").toAbsolutePath();
        List<Path> dirs = GoldSet.find(projectRoot.resolve("src/test/resources/eval"));
        assertThat(dirs).hasSizeGreaterThanOrEqualTo(20);
        for (Path dir : dirs) {
            GoldSet set;
            try {
                set = GoldSet.load(dir, projectRoot);
            } catch (MissingCorpusException e) {
                continue;
            }
            SetResult self = Scorer.score(set.id(), set.gold(), set.gold());
            for (CategoryResult r : self.categories()) {
                assertThat(r.score().fp() + r.score().fn()).as(set.id() + " " + r.category().key()).isZero();
            }
            assertThat(self.typeMismatches()).isEmpty();
        }
    }
}
