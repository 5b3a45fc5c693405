package se.lokbra.core.coordination;

import java.time.LocalDate;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.Types;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.person.PersonId;

/**
 * A person who holds a {@link CoordinationFunction} for a period, with the share of a full-time post given to it
 * ({@code 50} for half time).
 *
 * @param person who holds it
 * @param percentOfFullTime the share of a full-time post, in percent: 1 to 100
 * @param period when; an open end for someone who holds it now
 */
public record Holder(PersonId person, int percentOfFullTime, DateSpan period) {
  /** The description of this value's fields, for backends and codecs. */
  public static final CompositeType<Holder> TYPE = CompositeType.of(Holder.class,
      Field.one("person", Holder::person, PersonId.TYPE),
      Field.one("percentOfFullTime", Holder::percentOfFullTime, Types.INTEGER),
      Field.one("period", Holder::period, Types.DATE_SPAN));

  public Holder {
    Checks.notNull(person, "holder.person");
    Checks.check(percentOfFullTime >= 1 && percentOfFullTime <= 100, "holder.percentOfFullTime", percentOfFullTime,
        "must be a share of a full-time post between 1 and 100 percent");
    Checks.notNull(period, "holder.period");
  }

  /** Whether this person holds the function on {@code date}. */
  public boolean holdsOn(LocalDate date) {
    return period.contains(date);
  }
}
