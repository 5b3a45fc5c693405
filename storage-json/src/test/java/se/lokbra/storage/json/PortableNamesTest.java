package se.lokbra.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StorageException;
import se.lokbra.core.ValidationException;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.organisation.OrganisationKind;

/**
 * The store's file names are portable: ids that Windows reserves as device names are stored as {@code _<id>.json},
 * and no two files differ only in case (the id rule has lower-case letters only).
 */
class PortableNamesTest {
  /** Every name Windows reserves, as an id can spell it. */
  private static final List<String> RESERVED = reserved();

  @TempDir
  Path root;

  private static List<String> reserved() {
    List<String> names = new java.util.ArrayList<>(List.of("con", "prn", "aux", "nul"));
    for (int i = 0; i <= 9; i++) {
      names.add("com" + i);
      names.add("lpt" + i);
    }
    return names;
  }

  private static Organisation organisation(String id) {
    return Organisation.builder().id(id).name("Organisation " + id).kind(OrganisationKind.POLICE).build();
  }

  /** Windows refuses a file whose name before the first dot is reserved, in any case. */
  private static boolean reservedOnWindows(String fileName) {
    int dot = fileName.indexOf('.');
    String base = (dot < 0 ? fileName : fileName.substring(0, dot)).toLowerCase(Locale.ROOT);
    return RESERVED.contains(base);
  }

  private Set<String> allFileNames() throws IOException {
    Set<String> names = new TreeSet<>();
    try (Stream<Path> all = Files.walk(root)) {
      all.forEach(p -> names.add(root.relativize(p).toString()));
    }
    return names;
  }

  private void assertPortable() throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      List<Path> paths = all.toList();
      for (Path path : paths) {
        assertThat(reservedOnWindows(path.getFileName().toString())).as(path + " is reserved on Windows").isFalse();
      }
      // Case-insensitive file systems: no two entries of a directory differ only in case.
      Set<String> folded = new java.util.HashSet<>();
      for (Path path : paths) {
        assertThat(folded.add(path.toString().toLowerCase(Locale.ROOT))).as(path + " collides").isTrue();
      }
    }
  }

  @Test
  void reservedIdsAreStoredUnderPortableNamesAndReadBack() throws IOException {
    DataSet before;
    try (LokbraStore store = JsonStore.open(root)) {
      for (String id : RESERVED) {
        store.organisations().save(organisation(id));
      }
      store.organisations().save(organisation("con-1"));
      store.organisations().save(organisation("com10"));
      store.organisations().save(organisation("console"));
      before = store.snapshot();
    }
    assertThat(root.resolve("organisations/_con.json")).isRegularFile();
    assertThat(root.resolve("organisations/_lpt9.json")).isRegularFile();
    assertThat(root.resolve("organisations/_com0.json")).isRegularFile();
    assertThat(root.resolve("organisations/con.json")).doesNotExist();
    assertThat(root.resolve("organisations/con-1.json")).as("only the reserved names").isRegularFile();
    assertThat(root.resolve("organisations/com10.json")).isRegularFile();
    assertThat(root.resolve("organisations/console.json")).isRegularFile();
    assertPortable();
    try (LokbraStore store = JsonStore.open(root)) {
      assertThat(store.snapshot()).isEqualTo(before);
      assertThat(store.organisations().getById(OrganisationId.of("nul")).name()).isEqualTo("Organisation nul");
    }
  }

  @Test
  void aDeletedReservedIdLeavesAPortableTombstone() throws IOException {
    try (LokbraStore store = JsonStore.open(root)) {
      store.organisations().save(organisation("aux"));
      assertThat(store.organisations().deleteById(OrganisationId.of("aux"))).isTrue();
    }
    assertThat(root.resolve("tombstones/organisations/_aux.json")).isRegularFile();
    assertThat(root.resolve("organisations/_aux.json")).doesNotExist();
    assertPortable();
    try (LokbraStore store = JsonStore.open(root)) {
      assertThat(store.organisations().existsById(OrganisationId.of("aux"))).isFalse();
      assertThat(store.snapshot().tombstones()).hasSize(1);
    }
  }

  @Test
  void aStoreWrittenBeforeWithConJsonReadsAsBeforeAndIsRenamedByItsNextWrite() throws IOException {
    try (LokbraStore store = JsonStore.open(root)) {
      store.organisations().save(organisation("con"));
      store.organisations().save(organisation("prn"));
    }
    // What an earlier lokbra wrote: the id itself as the file name.
    Files.move(root.resolve("organisations/_con.json"), root.resolve("organisations/con.json"));
    Files.move(root.resolve("organisations/_prn.json"), root.resolve("organisations/prn.json"));
    byte[] old = Files.readAllBytes(root.resolve("organisations/con.json"));
    try (LokbraStore store = JsonStore.open(root)) {
      Organisation con = store.organisations().getById(OrganisationId.of("con"));
      assertThat(con.name()).isEqualTo("Organisation con");
      assertThat(Files.readAllBytes(root.resolve("organisations/con.json"))).as("opening rewrites nothing")
          .isEqualTo(old);
      store.organisations().save(con.toBuilder().name("Renamed").build());
      assertThat(root.resolve("organisations/con.json")).doesNotExist();
      assertThat(root.resolve("organisations/_con.json")).isRegularFile();
      assertThat(store.organisations().deleteById(OrganisationId.of("prn"))).isTrue();
      assertThat(root.resolve("organisations/prn.json")).doesNotExist();
    }
    assertPortable();
    try (LokbraStore store = JsonStore.open(root)) {
      assertThat(store.organisations().getById(OrganisationId.of("con")).name()).isEqualTo("Renamed");
      assertThat(store.organisations().existsById(OrganisationId.of("prn"))).isFalse();
    }
  }

  @Test
  void bothNamesOfOneReservedIdAreRefused() throws IOException {
    try (LokbraStore store = JsonStore.open(root)) {
      store.organisations().save(organisation("nul"));
    }
    Files.copy(root.resolve("organisations/_nul.json"), root.resolve("organisations/nul.json"));
    Set<String> before = allFileNames();
    StorageException e = catchThrowableOfType(StorageException.class, () -> JsonStore.open(root).close());
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains(root.resolve("organisations/nul.json").toString(),
        root.resolve("organisations/_nul.json").toString(), "both hold the id 'nul'");
    assertThat(allFileNames()).isEqualTo(before);
  }

  @Test
  void anUnderscoreBeforeANameThatIsNotReservedIsNoDataFile() throws IOException {
    try (LokbraStore store = JsonStore.open(root)) {
      store.organisations().save(organisation("polisen"));
    }
    Path file = root.resolve("organisations/_polisen.json");
    Files.move(root.resolve("organisations/polisen.json"), file);
    JsonDocumentException e = catchThrowableOfType(JsonDocumentException.class, () -> JsonStore.open(root).close());
    assertThat(e).isNotNull();
    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.problem()).contains("the file name must be an id", "or _ and an id that Windows reserves");
  }

  @Test
  void idsDifferingOnlyInCaseCannotArise() {
    // The id rule has lower-case letters only, on every backend: "Con" and "con" are never two ids, so no two
    // files of a store differ only in case.
    assertThatThrownBy(() -> OrganisationId.of("Con")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("'Con'");
    assertThatThrownBy(() -> OrganisationId.of("_con")).isInstanceOf(ValidationException.class);
  }
}
