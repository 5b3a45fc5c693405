package se.lokbra.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.lokbra.core.ValidationException;

/** Plain paths and URIs become the same URIs, on every operating system (Windows forms are text here). */
class StoreLocationsTest {
  @ParameterizedTest(name = "{0} names {2}")
  @CsvSource(delimiter = '|', value = {
      "json:/tmp/my store          | json:          | /tmp/my store",
      "json:/tmp/my%20store        | json:          | /tmp/my store",
      "json:relative dir           | json:          | relative dir",
      "json:relative/dir           | json:          | relative/dir",
      "json:C:\\data\\lokbra       | json:          | C:\\data\\lokbra",
      "json:C:/data/lokbra         | json:          | C:/data/lokbra",
      "json:C:\\Program Files\\x   | json:          | C:\\Program Files\\x",
      "json:\\\\server\\share\\x   | json:          | \\\\server\\share\\x",
      "jdbc:sqlite:/tmp/a b.db     | jdbc:sqlite:   | /tmp/a b.db",
      "jdbc:sqlite:/tmp/a%20b.db   | jdbc:sqlite:   | /tmp/a b.db",
      "jdbc:sqlite:D:\\x\\l b.db   | jdbc:sqlite:   | D:\\x\\l b.db",
      "jdbc:sqlite:lokbra.db       | jdbc:sqlite:   | lokbra.db",
      "json:/tmp/100%              | json:          | /tmp/100%",
      "json:/tmp/100% done         | json:          | /tmp/100% done",
      "json:/tmp/a%2520b           | json:          | /tmp/a%20b",
      "json:/tmp/å ä               | json:          | /tmp/å ä",
      "json:/tmp/a b?c#d           | json:          | /tmp/a b?c#d",
      "memory:my store             | memory:        | my store",
  })
  void aLocationNamesItsPath(String location, String prefix, String path) {
    URI uri = StoreLocations.parse(location);
    assertThat(StoreLocations.path(uri, prefix)).isEqualTo(path);
    assertThat(uri.getRawQuery()).isNull();
    assertThat(uri.getRawFragment()).isNull();
    // The URI's text opens the same store again.
    assertThat(StoreLocations.path(StoreLocations.parse(uri.toString()), prefix)).isEqualTo(path);
  }

  @Test
  void aValidUriIsTakenAsItIs() {
    for (String text : new String[] {"json:/srv/lokbra", "json:data/lokbra", "jdbc:sqlite:/tmp/a%20b.db",
        "jdbc:postgresql://localhost:5432/lokbra?user=me", "memory:test", "mongodb://localhost/x",
        "json:/tmp/x?y"}) {
      assertThat(StoreLocations.parse(text)).hasToString(text).isEqualTo(URI.create(text));
    }
  }

  @Test
  void aPlainPathIsEscapedAsAUri() {
    assertThat(StoreLocations.parse("json:/tmp/my store")).hasToString("json:/tmp/my%20store");
    assertThat(StoreLocations.parse("json:C:\\data\\lokbra")).hasToString("json:C:%5Cdata%5Clokbra");
    assertThat(StoreLocations.parse("jdbc:sqlite:/tmp/a b.db")).hasToString("jdbc:sqlite:/tmp/a%20b.db");
    assertThat(StoreLocations.parse("json:/tmp/100%")).hasToString("json:/tmp/100%25");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/tmp/store", "lokbra.db", "relative dir", "not a uri", "C:\\data\\lokbra",
      "C:/data/lokbra", "\\\\server\\share", ""})
  void aLocationWithoutASchemeIsRefusedListingTheForms(String location) {
    assertThatThrownBy(() -> StoreLocations.parse(location))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("invalid uri '" + location + "'")
        .hasMessageContaining("must start with a scheme: memory:, json:, jdbc:sqlite:, jdbc:postgresql:");
  }

  @Test
  void nullIsAValidationException() {
    assertThatThrownBy(() -> StoreLocations.parse(null)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> StoreLocations.path(URI.create("memory:x"), "json:"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must start with json:");
  }

  @Test
  void windowsPathsAreRecognisedOnEverySystem() {
    assertThat(StoreLocations.isWindowsPath("C:\\data\\lokbra")).isTrue();
    assertThat(StoreLocations.isWindowsPath("c:/data")).isTrue();
    assertThat(StoreLocations.isWindowsPath("\\\\server\\share\\lokbra")).isTrue();
    assertThat(StoreLocations.isWindowsPath("/tmp/lokbra")).isFalse();
    assertThat(StoreLocations.isWindowsPath("relative\\dir")).isFalse();
    assertThat(StoreLocations.isWindowsPath(
        StoreLocations.path(StoreLocations.parse("json:C:\\data\\lokbra"), "json:"))).isTrue();
  }

  @Test
  void aWindowsPathIsALocalPathOnWindowsOnly() {
    URI uri = StoreLocations.parse("json:C:\\data\\my store");
    assertThatThrownBy(() -> StoreLocations.localPath(uri, "json:", false))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("names the Windows path 'C:\\data\\my store'")
        .hasMessageContaining("not Windows");
    assertThat(StoreLocations.localPath(StoreLocations.parse("json:/tmp/my store"), "json:", false))
        .isEqualTo(Path.of("/tmp/my store"));
    assertThat(StoreLocations.localPath(StoreLocations.parse("json:relative dir"), "json:", false))
        .isEqualTo(Path.of("relative dir"));
  }
}
