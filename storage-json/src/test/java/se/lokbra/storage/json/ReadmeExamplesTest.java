package se.lokbra.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.sample.KarlskogaDegerfors;

/** The code the README quotes for the JSON backend (quoted word for word; see the examples' ReadmeSnippetsTest). */
class ReadmeExamplesTest {
  @TempDir
  Path dir;

  @Test
  void exportAndImportADataSet() {
    Path directory = dir.resolve("lokbra");
    Path exportFile = dir.resolve("export.json");
    Path otherDirectory = dir.resolve("copy");
    DataSet original;
    try (LokbraStore store = JsonStore.open(directory)) {
      KarlskogaDegerfors.loadIfEmpty(store);
      original = store.snapshot();
    }
    try (LokbraStore store = JsonStore.open(directory)) {
      DataSetDocument.write(store.snapshot(), exportFile);
    }
    try (LokbraStore copy = JsonStore.open(otherDirectory)) {
      copy.restore(DataSetDocument.read(exportFile));
    }
    try (LokbraStore copy = LokbraStores.open(JsonStore.uri(otherDirectory))) {
      assertThat(copy.snapshot()).isEqualTo(original);
    }
  }

  @Test
  void theJacksonModuleForYourOwnJson() throws IOException {
    Measure measure;
    try (LokbraStore store = LokbraStores.open("memory:readme")) {
      KarlskogaDegerfors.loadIfEmpty(store);
      measure = store.measures().getById(KarlskogaDegerfors.ANDT_STRATEGY);
    }
    ObjectMapper mapper = LokbraJson.newMapper(); // or: new ObjectMapper().registerModule(new LokbraJacksonModule())
    byte[] json = mapper.writeValueAsBytes(measure);
    Measure back = mapper.readValue(json, Measure.class); // validated by the domain's constructors
    assertThat(back).isEqualTo(measure);
  }
}
