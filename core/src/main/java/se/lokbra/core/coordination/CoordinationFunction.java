package se.lokbra.core.coordination;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.ScalarType;
import se.lokbra.core.meta.Types;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.ContactDetails;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.Decision;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Revision;
import se.lokbra.core.organisation.OrganisationId;

/**
 * A coordination function ("samordningsfunktion"), which every municipality must have (law 2023:196, 5 §): it
 * coordinates and supports the municipality's crime-prevention work, is the contact towards other actors and helps
 * inform residents. It serves one or more municipalities (two may share one, as Karlskoga and Degerfors share their
 * council), was set up by a {@link Decision}, is placed in an organisation (the municipal executive office, say),
 * and is held over time by people, each with a share of a full-time post and a period within the function's.
 *
 * <p>It is <em>in force</em> on a day ({@link #isInForceOn}) when its period holds the day, or, without a period,
 * from the day of its decision on (always, without either).
 */
public record CoordinationFunction(CoordinationFunctionId id, Revision revision, String name,
    ImmutableSet<MunicipalityCode> municipalities, Optional<Decision> decision, Optional<OrganisationId> placedIn,
    ImmutableList<Holder> holders, ImmutableSet<CoordinationTask> tasks, ImmutableList<String> otherTasks,
    ContactDetails contact, Optional<DateSpan> period)
    implements Aggregate<CoordinationFunctionId, CoordinationFunction> {
  /** The description of this aggregate that every backend, codec and schema derives from. */
  public static final AggregateType<CoordinationFunction, CoordinationFunctionId> TYPE = AggregateType.builder(
      CoordinationFunction.class, CoordinationFunctionId.TYPE, "coordination function", "coordination_functions")
      .repository(CoordinationFunctionRepository.class)
      .field(Field.one("name", CoordinationFunction::name, Types.TEXT))
      .field(Field.set("municipalities", CoordinationFunction::municipalities, Types.MUNICIPALITY_CODE))
      .field(Field.optional("decision", CoordinationFunction::decision, Types.DECISION))
      .field(Field.optional("placedIn", CoordinationFunction::placedIn, OrganisationId.TYPE))
      .field(Field.list("holders", CoordinationFunction::holders, Holder.TYPE))
      .field(Field.set("tasks", CoordinationFunction::tasks, ScalarType.enumType(CoordinationTask.class)))
      .field(Field.list("otherTasks", CoordinationFunction::otherTasks, Types.TEXT))
      .field(Field.one("contact", CoordinationFunction::contact, Types.CONTACT_DETAILS).orDefault(ContactDetails.NONE)
          .omittedWhenDefault())
      .field(Field.optional("period", CoordinationFunction::period, Types.DATE_SPAN))
      .sortBy("name")
      .sortBy("decided", f -> f.decision().map(Decision::date).orElse(null))
      .defaultSort("name")
      .build();

  public CoordinationFunction {
    Checks.notNull(id, "id");
    Checks.notNull(revision, "revision");
    Checks.name(name, "name");
    Checks.notNull(municipalities, "municipalities");
    Checks.check(!municipalities.isEmpty(), "municipalities", municipalities, "must name at least one municipality");
    Checks.notNull(decision, "decision");
    Checks.notNull(placedIn, "placedIn");
    Checks.notNull(holders, "holders");
    Checks.notNull(tasks, "tasks");
    Checks.notNull(otherTasks, "otherTasks");
    for (int i = 0; i < otherTasks.size(); i++) {
      Checks.name(otherTasks.get(i), "otherTasks[" + i + "]");
    }
    Checks.notNull(contact, "contact");
    Checks.notNull(period, "period");
    if (period.isPresent()) {
      DateSpan whole = period.get();
      for (int i = 0; i < holders.size(); i++) {
        DateSpan held = holders.get(i).period();
        Checks.check(whole.contains(held), "holders[" + i + "].period", held,
            "must lie within the function's period (%s)", whole);
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Whether the function is in force on {@code date}: its period holds the day; without a period, the day is not
   * before its decision; without either, always.
   */
  public boolean isInForceOn(LocalDate date) {
    Checks.notNull(date, "date");
    if (period.isPresent()) {
      return period.get().contains(date);
    }
    return decision.map(d -> !d.date().isAfter(date)).orElse(true);
  }

  /** The holders who hold the function on {@code date}. */
  public ImmutableList<Holder> holdersOn(LocalDate date) {
    Checks.notNull(date, "date");
    return holders.stream().filter(h -> h.holdsOn(date)).collect(ImmutableList.toImmutableList());
  }

  @Override
  public CoordinationFunction withRevision(Revision revision) {
    return new CoordinationFunction(id, revision, name, municipalities, decision, placedIn, holders, tasks,
        otherTasks, contact, period);
  }

  @Override
  public ImmutableList<Reference> references() {
    return TYPE.references(this);
  }

  /** Builds a {@link CoordinationFunction}; the id defaults to a random one, the tasks to the law's three. */
  public static final class Builder {
    private @Nullable CoordinationFunctionId id;
    private Revision revision = Revision.NEW;
    private @Nullable String name;
    private ImmutableSet<MunicipalityCode> municipalities = ImmutableSet.of();
    private Optional<Decision> decision = Optional.empty();
    private Optional<OrganisationId> placedIn = Optional.empty();
    private ImmutableList<Holder> holders = ImmutableList.of();
    private ImmutableSet<CoordinationTask> tasks = ImmutableSet.copyOf(CoordinationTask.values());
    private ImmutableList<String> otherTasks = ImmutableList.of();
    private ContactDetails contact = ContactDetails.NONE;
    private Optional<DateSpan> period = Optional.empty();

    private Builder() {}

    private Builder(CoordinationFunction f) {
      id = f.id;
      revision = f.revision;
      name = f.name;
      municipalities = f.municipalities;
      decision = f.decision;
      placedIn = f.placedIn;
      holders = f.holders;
      tasks = f.tasks;
      otherTasks = f.otherTasks;
      contact = f.contact;
      period = f.period;
    }

    public Builder id(CoordinationFunctionId id) {
      this.id = id;
      return this;
    }

    public Builder id(String id) {
      return id(CoordinationFunctionId.of(id));
    }

    public Builder revision(Revision revision) {
      this.revision = revision;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder municipalities(Iterable<MunicipalityCode> municipalities) {
      this.municipalities = Checks.set(municipalities, "municipalities");
      return this;
    }

    public Builder municipality(String code) {
      this.municipalities = ImmutableSet.<MunicipalityCode>builder().addAll(municipalities)
          .add(MunicipalityCode.of(code)).build();
      return this;
    }

    public Builder decision(Optional<Decision> decision) {
      this.decision = decision;
      return this;
    }

    public Builder decision(Decision decision) {
      return decision(Optional.of(Checks.notNull(decision, "decision")));
    }

    public Builder placedIn(Optional<OrganisationId> placedIn) {
      this.placedIn = placedIn;
      return this;
    }

    public Builder placedIn(OrganisationId placedIn) {
      return placedIn(Optional.of(Checks.notNull(placedIn, "placedIn")));
    }

    public Builder holders(Iterable<Holder> holders) {
      this.holders = Checks.list(holders, "holders");
      return this;
    }

    public Builder addHolder(Holder holder) {
      this.holders = Checks.append(holders, holder, "holder");
      return this;
    }

    public Builder tasks(Iterable<CoordinationTask> tasks) {
      this.tasks = Checks.set(tasks, "tasks");
      return this;
    }

    public Builder otherTasks(Iterable<String> otherTasks) {
      this.otherTasks = Checks.list(otherTasks, "otherTasks");
      return this;
    }

    public Builder contact(ContactDetails contact) {
      this.contact = contact;
      return this;
    }

    public Builder period(Optional<DateSpan> period) {
      this.period = period;
      return this;
    }

    public Builder period(DateSpan period) {
      return period(Optional.of(Checks.notNull(period, "period")));
    }

    public CoordinationFunction build() {
      return new CoordinationFunction(id == null ? CoordinationFunctionId.random() : id, revision, name,
          municipalities, decision, placedIn, holders, tasks, otherTasks, contact, period);
    }
  }
}
