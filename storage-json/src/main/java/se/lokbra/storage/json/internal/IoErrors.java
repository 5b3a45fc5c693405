package se.lokbra.storage.json.internal;

import java.io.IOException;
import se.lokbra.core.StorageException;

/**
 * Words for I/O failures. The JDK's file-system exceptions often carry only the path as their message
 * ({@code NoSuchFileException: /srv/x.json}), which says nothing about what went wrong; these give the reason.
 */
public final class IoErrors {
  private IoErrors() {}

  /** Why {@code e} happened, without the path; see {@link StorageException#reason}. */
  public static String reason(IOException e) {
    return StorageException.reason(e);
  }

  /** An exception saying that {@code operation} ("renaming /a to /b") failed and why; {@code e} is the cause. */
  static IOException failed(String operation, IOException e) {
    return new IOException(operation + " failed: " + reason(e), e);
  }
}
