package se.lokbra.core.situation;

import java.time.LocalDate;
import java.util.Optional;
import se.lokbra.core.internal.Checks;

/** One source of a {@link SituationPicture}: its kind, what it is ("Trygghetsmätning 2023") and when it was made. */
public record Source(SourceKind kind, String description, Optional<LocalDate> date) {
  public Source {
    Checks.notNull(kind, "source.kind");
    Checks.name(description, "source.description");
    Checks.optionalDate(date, "source.date");
  }

  public static Source of(SourceKind kind, String description) {
    return new Source(kind, description, Optional.empty());
  }
}
