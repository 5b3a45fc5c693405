package se.lokbra.core;

/**
 * The storage underneath failed: a database error, an I/O error, a corrupt or foreign file. The message names the
 * operation and what it worked on (a path, a table); the cause is kept. A failed write leaves the store as before.
 */
public class StorageException extends LokbraException {
  private static final long serialVersionUID = 1L;

  public StorageException(String message) {
    super(message);
  }

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Why an I/O operation failed, in words and without the path: {@code No space left on device},
   * {@code permission denied}, {@code no such file or directory}. The JDK's file-system exceptions often carry only
   * the path as their message ({@code NoSuchFileException: /srv/x.json}); messages of lokbra and of applications
   * that build on it use this instead, so that the cause stays in the one line.
   */
  public static String reason(java.io.IOException e) {
    if (e instanceof java.nio.file.FileSystemException f) {
      if (f.getReason() != null && !f.getReason().isBlank()) {
        return f.getReason();
      }
      if (e instanceof java.nio.file.NoSuchFileException) {
        return "no such file or directory";
      } else if (e instanceof java.nio.file.FileAlreadyExistsException) {
        return "it already exists";
      } else if (e instanceof java.nio.file.AccessDeniedException) {
        return "permission denied";
      } else if (e instanceof java.nio.file.DirectoryNotEmptyException) {
        return "the directory is not empty";
      } else if (e instanceof java.nio.file.NotDirectoryException) {
        return "not a directory";
      } else if (e instanceof java.nio.file.AtomicMoveNotSupportedException) {
        return "the file system cannot rename atomically";
      }
      return e.getClass().getSimpleName();
    }
    return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
  }
}
