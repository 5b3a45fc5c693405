package se.lokbra.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StorageException;
import se.lokbra.core.StoreCapability;
import se.lokbra.core.ValidationException;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.AggregateKind;

class JsonStoreTest {
  @TempDir
  Path dir;

  @Test
  void aMissingDirectoryBecomesAStoreWithManifestAndKindDirectories() throws IOException {
    Path root = dir.resolve("a/b/store");
    try (LokbraStore store = JsonStore.open(root)) {
      assertThat(store.capabilities()).containsExactly(StoreCapability.PERSISTENT);
    }
    assertThat(Files.readString(root.resolve("lokbra-store.json")))
        .isEqualTo("{\n  \"kind\": \"lokbra-json-store\",\n  \"formatVersion\": 3\n}\n");
    for (AggregateKind kind : AggregateKind.values()) {
      assertThat(root.resolve(kind.plural())).isDirectory();
      assertThat(root.resolve("tombstones").resolve(kind.plural())).isDirectory();
    }
  }

  @Test
  void everythingSurvivesReopeningThroughTheUri() {
    DataSet before;
    URI uri;
    try (LokbraStore store = JsonStore.open(dir)) {
      TestData.fill(store);
      before = store.snapshot();
      uri = store.uri();
    }
    assertThat(uri.toString()).startsWith("json:/");
    try (LokbraStore store = LokbraStores.open(uri)) {
      assertThat(store.snapshot()).isEqualTo(before);
      assertThat(store.uri()).isEqualTo(uri);
    }
  }

  @Test
  void writesOneFilePerEntityAndTombstonesApart() {
    try (LokbraStore store = JsonStore.open(dir)) {
      TestData.fill(store);
    }
    assertThat(dir.resolve("measures/andt-strategi.json")).isRegularFile();
    assertThat(dir.resolve("measures/struken.json")).doesNotExist();
    assertThat(dir.resolve("tombstones/measures/struken.json")).isRegularFile();
    assertThat(dir.resolve("tombstones/organisations/ideell-forening.json")).isRegularFile();
  }

  @Test
  void savingAgainAfterDeleteRemovesTheTombstone() {
    try (LokbraStore store = JsonStore.open(dir)) {
      TestData.fill(store);
      store.measures().save(Measure.builder().id("struken").council(se.lokbra.core.council.CouncilId.of(
          "karlskoga-degerfors")).title("Tillbaka").category(se.lokbra.core.measure.MeasureCategory.OTHER).build());
    }
    assertThat(dir.resolve("measures/struken.json")).isRegularFile();
    assertThat(dir.resolve("tombstones/measures/struken.json")).doesNotExist();
    try (LokbraStore store = JsonStore.open(dir)) {
      assertThat(store.measures().getById(se.lokbra.core.measure.MeasureId.of("struken")).version()).isEqualTo(3);
    }
  }

  @Test
  void aRelativeUriOpensRelativeToTheWorkingDirectory() {
    Path cwd = Path.of("").toAbsolutePath();
    Path relative = cwd.relativize(dir.resolve("rel store"));
    try (LokbraStore store = LokbraStores.open(URI.create("json:" + relative.toString().replace(" ", "%20")))) {
      assertThat(store.uri()).isEqualTo(JsonStore.uri(dir.resolve("rel store")));
      assertThat(store.uri().toString()).contains("rel%20store");
    }
    try (LokbraStore store = LokbraStores.open(JsonStore.uri(dir.resolve("rel store")))) {
      assertThat(store.measures().count()).isZero();
    }
  }

  @Test
  void malformedUrisAreRefused() {
    for (String uri : new String[] {"json://host/x", "json:/x?y=1", "json:/x#f", "json:"}) {
      assertThatThrownBy(() -> LokbraStores.open(uri)).as(uri).isInstanceOf(ValidationException.class);
    }
  }

  @Test
  void aForeignDirectoryIsRefusedAndLeftAlone() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> JsonStore.open(dir)).isInstanceOf(StorageException.class)
        .hasMessageContaining(dir.toString()).hasMessageContaining("is not a lokbra store")
        .hasMessageContaining("notes.txt");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(dir.resolve("notes.txt"));
    }
  }

  @Test
  void aDirectoryWithAnotherManifestKindIsRefused() throws IOException {
    Files.writeString(dir.resolve("lokbra-store.json"), "{\"kind\": \"something-else\", \"formatVersion\": 1}");
    assertThatThrownBy(() -> JsonStore.open(dir)).isInstanceOf(StorageException.class)
        .hasMessageContaining("is not a lokbra JSON store").hasMessageContaining("something-else");
  }

  @Test
  void aNewerFormatIsRefused() throws IOException {
    Files.writeString(dir.resolve("lokbra-store.json"),
        "{\"kind\": \"lokbra-json-store\", \"formatVersion\": 4, \"newThing\": true}");
    assertThatThrownBy(() -> JsonStore.open(dir)).isInstanceOf(StorageException.class)
        .hasMessageContaining("format version 4").hasMessageContaining("newer lokbra")
        .hasMessageContaining("reads format version 3 and older");
    assertThat(dir.resolve("measures")).doesNotExist();
  }

  @Test
  void aFileIsNotADirectory() throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertThatThrownBy(() -> JsonStore.open(file)).isInstanceOf(StorageException.class)
        .hasMessageContaining("not a directory");
  }

  @Test
  void aStoreOpenInThisProcessCannotBeOpenedTwice() {
    try (LokbraStore store = JsonStore.open(dir)) {
      assertThatThrownBy(() -> JsonStore.open(dir)).isInstanceOf(StorageException.class)
          .hasMessageContaining("already open in this process");
      assertThat(store.measures().count()).isZero();
    }
    try (LokbraStore again = JsonStore.open(dir)) {
      assertThat(again.measures().count()).isZero();
    }
  }

  @Test
  void aSaveWritesOnlyTheChangedFile() throws IOException {
    try (LokbraStore store = JsonStore.open(dir)) {
      TestData.fill(store);
      Path other = dir.resolve("measures/trygghetsvandring.json");
      long before = Files.getLastModifiedTime(other).toMillis();
      Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.fromMillis(before - 60_000));
      Measure andt = store.measures().getById(TestData.ANDT);
      store.measures().save(andt.withStatus(MeasureStatus.COMPLETED));
      assertThat(Files.getLastModifiedTime(other).toMillis()).isEqualTo(before - 60_000);
      assertThat(Files.readString(dir.resolve("measures/andt-strategi.json"), StandardCharsets.UTF_8))
          .contains("\"status\": \"COMPLETED\"");
    }
  }

  @Test
  void aClosedStoreRefusesWork() {
    LokbraStore store = JsonStore.open(dir);
    store.close();
    store.close();
    assertThatThrownBy(() -> store.measures().count()).isInstanceOf(StorageException.class);
  }
}
