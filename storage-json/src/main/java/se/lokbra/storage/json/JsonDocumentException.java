package se.lokbra.storage.json;

import java.util.Optional;
import se.lokbra.core.StorageException;

/**
 * A JSON file or document lokbra cannot read: malformed JSON, a value of the wrong type, a missing or unknown field,
 * a value the domain refuses or a reference to nothing. The message names the source (the file), the line and
 * column, the JSON pointer of the offending value, the entity when known, and what is wrong; each piece is also
 * available on its own. The cause is the underlying Jackson or {@link se.lokbra.core.ValidationException}.
 */
public final class JsonDocumentException extends StorageException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String pointer;
  private final String entity;
  private final String problem;

  /**
   * @param source the file or what else was read ("data-set document")
   * @param line the 1-based line, or a value below 1 if unknown
   * @param column the 1-based column, or a value below 1 if unknown
   * @param pointer the JSON pointer of the offending value ({@code ""} for the whole document)
   * @param entity the entity, such as {@code measure 'x'}, or null if unknown
   * @param problem what is wrong
   */
  public JsonDocumentException(String source, int line, int column, String pointer, String entity, String problem,
      Throwable cause) {
    super(message(source, line, column, pointer, entity, problem), cause);
    this.source = source;
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
    this.pointer = pointer;
    this.entity = entity;
    this.problem = problem;
  }

  /** The file (its path) or other source that was read. */
  public String source() {
    return source;
  }

  /** The 1-based line of the offending value; 0 if unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of the offending value; 0 if unknown. */
  public int column() {
    return column;
  }

  /** The JSON pointer of the offending value: {@code /memberships/0/start}; empty for the whole document. */
  public String pointer() {
    return pointer;
  }

  /** The entity the value belongs to, when known: {@code measure 'andt-strategy'}. */
  public Optional<String> entity() {
    return Optional.ofNullable(entity);
  }

  /** What is wrong, such as {@code invalid organisationNumber '…': must end with a valid Luhn check digit}. */
  public String problem() {
    return problem;
  }

  private static String message(String source, int line, int column, String pointer, String entity,
      String problem) {
    StringBuilder where = new StringBuilder();
    if (line > 0) {
      where.append("line ").append(line);
      if (column > 0) {
        where.append(", column ").append(column);
      }
    }
    if (!pointer.isEmpty()) {
      where.append(where.length() == 0 ? "" : ", ").append("at ").append(pointer);
    }
    return "cannot read " + source + (where.length() == 0 ? "" : " (" + where + ")") + ": "
        + (entity == null ? "" : entity + ": ") + problem;
  }
}
