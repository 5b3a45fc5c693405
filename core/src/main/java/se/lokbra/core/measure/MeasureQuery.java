package se.lokbra.core.measure;

import java.util.Optional;
import java.util.OptionalInt;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.internal.Checks;

/**
 * Criteria for {@link MeasureRepository#find}: each one given narrows the result (they combine with AND); none
 * given matches every measure. {@code year} matches measures whose period shares a day with that calendar year.
 */
public record MeasureQuery(Optional<CouncilId> council, Optional<MeasureStatus> status,
    Optional<MeasureCategory> category, OptionalInt year) {
  public MeasureQuery {
    Checks.notNull(council, "council");
    Checks.notNull(status, "status");
    Checks.notNull(category, "category");
    Checks.notNull(year, "year");
    year.ifPresent(y -> Checks.check(y >= 1000 && y <= 9999, "year", y, "must be a four-digit year"));
  }

  /** Matches every measure; narrow it with the {@code with…} methods. */
  public static MeasureQuery all() {
    return new MeasureQuery(Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty());
  }

  public MeasureQuery withCouncil(CouncilId council) {
    return new MeasureQuery(Optional.of(Checks.notNull(council, "council")), status, category, year);
  }

  public MeasureQuery withStatus(MeasureStatus status) {
    return new MeasureQuery(council, Optional.of(Checks.notNull(status, "status")), category, year);
  }

  public MeasureQuery withCategory(MeasureCategory category) {
    return new MeasureQuery(council, status, Optional.of(Checks.notNull(category, "category")), year);
  }

  public MeasureQuery withYear(int year) {
    return new MeasureQuery(council, status, category, OptionalInt.of(year));
  }

  /** True if {@code measure} meets every criterion. */
  public boolean matches(Measure measure) {
    return council.map(c -> c.equals(measure.council())).orElse(true)
        && status.map(s -> s == measure.status()).orElse(true)
        && category.map(c -> c == measure.category()).orElse(true)
        && (year.isEmpty() || measure.isInYear(year.getAsInt()));
  }
}
