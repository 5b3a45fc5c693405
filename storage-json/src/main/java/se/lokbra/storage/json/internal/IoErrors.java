package se.lokbra.storage.json.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Words for I/O failures. The JDK's file-system exceptions often carry only the path as their message
 * ({@code NoSuchFileException: /srv/x.json}), which says nothing about what went wrong; these give the reason.
 */
public final class IoErrors {
  private IoErrors() {}

  /** Why {@code e} happened, without the path: {@code No space left on device}, {@code no such file}. */
  public static String reason(IOException e) {
    if (e instanceof FileSystemException f) {
      if (f.getReason() != null && !f.getReason().isBlank()) {
        return f.getReason();
      }
      if (e instanceof NoSuchFileException) {
        return "no such file or directory";
      } else if (e instanceof FileAlreadyExistsException) {
        return "it already exists";
      } else if (e instanceof AccessDeniedException) {
        return "permission denied";
      } else if (e instanceof DirectoryNotEmptyException) {
        return "the directory is not empty";
      } else if (e instanceof NotDirectoryException) {
        return "not a directory";
      } else if (e instanceof AtomicMoveNotSupportedException) {
        return "the file system cannot rename atomically";
      }
      return e.getClass().getSimpleName();
    }
    return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** An exception saying that {@code operation} ("renaming /a to /b") failed and why; {@code e} is the cause. */
  static IOException failed(String operation, IOException e) {
    return new IOException(operation + " failed: " + reason(e), e);
  }
}
