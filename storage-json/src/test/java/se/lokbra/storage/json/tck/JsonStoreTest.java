package se.lokbra.storage.json.tck;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StoreOptions;
import se.lokbra.tck.StoreContract;

class JsonStoreTest extends StoreContract {
  @TempDir
  Path base;

  @Override
  protected LokbraStore openStore(StoreOptions options) {
    return FreshDirectories.open(base, options);
  }

  @Override
  protected java.net.URI absentStoreUri() {
    return se.lokbra.storage.json.JsonStore.uri(base.resolve("absent").resolve("store"));
  }
}
