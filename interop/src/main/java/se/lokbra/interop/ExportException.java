package se.lokbra.interop;

import se.lokbra.core.LokbraException;

/**
 * An export could not be written: the output stream or directory failed. The message names what was being written;
 * the cause (usually an {@link java.io.IOException}) is kept. Like every lokbra exception it is unchecked.
 */
public class ExportException extends LokbraException {
  private static final long serialVersionUID = 1L;

  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
