package se.lokbra.core.situation;

import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.ScalarType;
import se.lokbra.core.meta.Types;
import java.time.LocalDate;
import java.util.Optional;
import se.lokbra.core.internal.Checks;

/** One source of a {@link SituationPicture}: its kind, what it is ("Trygghetsmätning 2023") and when it was made. */
public record Source(SourceKind kind, String description, Optional<LocalDate> date) {
  /** The description of this value's fields, for backends and codecs. */
  public static final CompositeType<Source> TYPE = CompositeType.of(Source.class,
      Field.one("kind", Source::kind, ScalarType.enumType(SourceKind.class)),
      Field.one("description", Source::description, Types.TEXT),
      Field.optional("date", Source::date, Types.DATE));

  public Source {
    Checks.notNull(kind, "source.kind");
    Checks.name(description, "source.description");
    Checks.notNull(date, "source.date");
  }

  public static Source of(SourceKind kind, String description) {
    return new Source(kind, description, Optional.empty());
  }
}
