package se.lokbra.storage.json;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StorageException;

/**
 * Run in a child JVM by {@link LockTest}: opens the store in {@code args[0]}. With {@code hold}, keeps it open until
 * a line arrives on standard input. Prints {@code OPENED} or {@code REFUSED <message>}.
 */
public final class LockProbe {
  private LockProbe() {}

  public static void main(String[] args) throws Exception {
    try (LokbraStore store = JsonStore.open(Path.of(args[0]))) {
      System.out.println("OPENED " + store.measures().count());
      if (args.length > 1 && args[1].equals("hold")) {
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      }
    } catch (StorageException e) {
      System.out.println("REFUSED " + e.getMessage());
      System.exit(2);
    }
    System.out.println("CLOSED");
  }
}
