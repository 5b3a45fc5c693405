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
}
