package se.lokbra.core;

/**
 * The root of every exception lokbra throws. It is unchecked, and no exception of a storage library (JDBC, JDBI,
 * Jackson, {@link java.io.IOException}) ever escapes the public API: backends wrap them in a subtype of this class.
 */
public class LokbraException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LokbraException(String message) {
    super(message);
  }

  public LokbraException(String message, Throwable cause) {
    super(message, cause);
  }
}
