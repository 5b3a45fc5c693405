package se.lokbra.core.indicator;

import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.Types;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Revision;
import se.lokbra.core.problem.ProblemId;

/**
 * An indicator ("indikator") that measures a {@link se.lokbra.core.problem.Problem}: "share of residents who feel
 * unsafe in the town centre at night", in %. It has a baseline ("nollmätning") and values recorded over time, from
 * which progress toward a goal is computed ({@link #progressToward}).
 */
public record Indicator(IndicatorId id, Revision revision, ProblemId problem, String name, Optional<String> unit,
    Optional<Measurement> baseline, ImmutableList<Measurement> values) implements Aggregate<IndicatorId, Indicator> {
  /** The description of this aggregate that every backend, codec and schema derives from. */
  public static final AggregateType<Indicator, IndicatorId> TYPE = AggregateType.builder(Indicator.class, IndicatorId.TYPE,
      "indicator", "indicators")
      .repository(IndicatorRepository.class)
      .field(Field.one("problem", Indicator::problem, ProblemId.TYPE))
      .field(Field.one("name", Indicator::name, Types.TEXT))
      .field(Field.optional("unit", Indicator::unit, Types.TEXT))
      .field(Field.optional("baseline", Indicator::baseline, Measurement.TYPE))
      .field(Field.list("values", Indicator::values, Measurement.TYPE))
      .sortBy("name")
      .defaultSort("name")
      .build();


  public Indicator {
    Checks.notNull(id, "id");
    Checks.notNull(revision, "revision");
    Checks.notNull(problem, "problem");
    Checks.name(name, "name");
    Checks.optionalName(unit, "unit");
    Checks.notNull(baseline, "baseline");
    Checks.notNull(values, "values");
    for (int i = 1; i < values.size(); i++) {
      Checks.check(!values.get(i).date().isBefore(values.get(i - 1).date()), "values[" + i + "].date",
          values.get(i).date(), "must not be before the value before it (%s): values are kept in date order",
          values.get(i - 1).date());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The most recent value, if any. */
  public Optional<Measurement> latest() {
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
  }

  /** This indicator with one more value, kept in date order (after any values of the same day). */
  public Indicator withValue(Measurement value) {
    Checks.notNull(value, "value");
    java.util.List<Measurement> list = new java.util.ArrayList<>(values);
    int at = list.size();
    while (at > 0 && list.get(at - 1).date().isAfter(value.date())) {
      at--;
    }
    list.add(at, value);
    return toBuilder().values(list).build();
  }

  /**
   * How far the latest value has come from the baseline toward {@code target}: 0 at the baseline, 1 at the target
   * (more than 1 beyond it, less than 0 if it moved away). Empty without a baseline, a value, or if the target
   * equals the baseline.
   */
  public Optional<java.math.BigDecimal> progressToward(java.math.BigDecimal target) {
    Checks.notNull(target, "target");
    if (baseline.isEmpty() || latest().isEmpty()) {
      return Optional.empty();
    }
    java.math.BigDecimal distance = target.subtract(baseline.get().value());
    if (distance.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(latest().get().value().subtract(baseline.get().value())
        .divide(distance, 4, java.math.RoundingMode.HALF_EVEN));
  }

  @Override
  public Indicator withRevision(Revision revision) {
    return new Indicator(id, revision, problem, name, unit, baseline, values);
  }

  @Override
  public ImmutableList<Reference> references() {
    return TYPE.references(this);
  }

  /** Builds an {@link Indicator}; the id defaults to a random one. */
  public static final class Builder {
    private @Nullable IndicatorId id;
    private Revision revision = Revision.NEW;
    private @Nullable ProblemId problem;
    private @Nullable String name;
    private Optional<String> unit = Optional.empty();
    private Optional<Measurement> baseline = Optional.empty();
    private ImmutableList<Measurement> values = ImmutableList.of();

    private Builder() {}

    private Builder(Indicator i) {
      id = i.id;
      revision = i.revision;
      problem = i.problem;
      name = i.name;
      unit = i.unit;
      baseline = i.baseline;
      values = i.values;
    }

    public Builder id(IndicatorId id) {
      this.id = id;
      return this;
    }

    public Builder id(String id) {
      return id(IndicatorId.of(id));
    }

    public Builder revision(Revision revision) {
      this.revision = revision;
      return this;
    }

    public Builder problem(ProblemId problem) {
      this.problem = problem;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder unit(Optional<String> unit) {
      this.unit = unit;
      return this;
    }

    public Builder unit(String unit) {
      return unit(Optional.of(Checks.notNull(unit, "unit")));
    }

    public Builder baseline(Optional<Measurement> baseline) {
      this.baseline = baseline;
      return this;
    }

    public Builder baseline(Measurement baseline) {
      return baseline(Optional.of(Checks.notNull(baseline, "baseline")));
    }

    /** The values; they are kept in the order given, which must be date order. */
    public Builder values(Iterable<Measurement> values) {
      this.values = Checks.list(values, "values");
      return this;
    }

    public Indicator build() {
      return new Indicator(id == null ? IndicatorId.random() : id, revision, problem, name, unit, baseline, values);
    }
  }
}
