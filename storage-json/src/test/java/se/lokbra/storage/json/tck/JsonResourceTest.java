package se.lokbra.storage.json.tck;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StoreOptions;
import se.lokbra.tck.ResourceContract;

class JsonResourceTest extends ResourceContract {
  @TempDir
  Path base;

  @Override
  protected LokbraStore openStore(StoreOptions options) {
    return FreshDirectories.open(base, options);
  }
}
