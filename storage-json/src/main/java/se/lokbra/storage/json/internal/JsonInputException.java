package se.lokbra.storage.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.Closeable;
import java.util.Optional;

/**
 * A JSON value that lokbra's mapping cannot turn into a domain value: the wrong type, a missing or unknown field, or
 * a value the domain refuses (the {@link se.lokbra.core.ValidationException} is the cause). It is a Jackson
 * exception, so code that uses {@link se.lokbra.storage.json.LokbraJacksonModule} on its own mapper sees the usual
 * Jackson types; lokbra's own readers turn it into a {@link se.lokbra.storage.json.JsonDocumentException}. It keeps
 * the pieces of its message apart so that they can be reported one by one.
 */
public final class JsonInputException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final String problem;
  private final String entity;

  JsonInputException(String problem, JsonPointer pointer, JsonLocation location, String entity, Throwable cause) {
    super((Closeable) null, message(entity, problem, pointer.toString()), cause);
    _location = location; // the constructors that take a location and a cause are deprecated
    this.pointer = pointer.toString();
    this.problem = problem;
    this.entity = entity;
  }

  /** What is wrong, without location: {@code invalid organisationNumber '…': must end with a valid Luhn …}. */
  public String problem() {
    return problem;
  }

  /** Where in the document, as a JSON pointer ({@code /memberships/0/start}; empty for the whole document). */
  public String pointer() {
    return pointer;
  }

  /** The entity the value belongs to, when it is known ({@code measure 'andt-strategy'}). */
  public Optional<String> entity() {
    return Optional.ofNullable(entity);
  }

  /** This error, naming the entity it occurred in (kept if already named: the innermost entity wins). */
  JsonInputException inEntity(String description) {
    if (entity != null) {
      return this;
    }
    JsonInputException e = new JsonInputException(problem, JsonPointer.compile(pointer), getLocation(), description,
        getCause());
    e.setStackTrace(getStackTrace());
    return e;
  }

  static String describePointer(String pointer) {
    return pointer.isEmpty() ? "the top level" : pointer;
  }

  private static String message(String entity, String problem, String pointer) {
    return (entity == null ? "" : entity + ": ") + problem + " (at " + describePointer(pointer) + ")";
  }
}
