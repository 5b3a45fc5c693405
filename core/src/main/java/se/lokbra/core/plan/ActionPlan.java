package se.lokbra.core.plan;

import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.Types;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.Decision;
import se.lokbra.core.situation.SituationPictureId;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Revision;

/**
 * An action plan ("åtgärdsplan") that a municipality must decide (law 2023:196): for which municipalities, the
 * council that prepared it, when and by which body it was decided, the period it covers, when it is followed up,
 * and the situation pictures it rests on (the law asks that it rest on one).
 * Its measures are the {@link se.lokbra.core.measure.Measure}s that name it, each tied to the problems and causes it
 * targets.
 */
public record ActionPlan(ActionPlanId id, Revision revision, String title,
    ImmutableSet<MunicipalityCode> municipalities, Optional<CouncilId> council, Optional<Decision> decision,
    Optional<DateSpan> period, ImmutableList<LocalDate> followUpDates,
    ImmutableSet<SituationPictureId> situationPictures)
    implements Aggregate<ActionPlanId, ActionPlan> {
  /** The description of this aggregate that every backend, codec and schema derives from. */
  public static final AggregateType<ActionPlan, ActionPlanId> TYPE = AggregateType.builder(ActionPlan.class, ActionPlanId.TYPE,
      "action plan", "action_plans")
      .repository(ActionPlanRepository.class)
      .field(Field.one("title", ActionPlan::title, Types.TEXT))
      .field(Field.set("municipalities", ActionPlan::municipalities, Types.MUNICIPALITY_CODE))
      .field(Field.optional("council", ActionPlan::council, CouncilId.TYPE))
      .field(Field.optional("decision", ActionPlan::decision, Types.DECISION))
      .field(Field.optional("period", ActionPlan::period, Types.DATE_SPAN))
      .field(Field.list("followUpDates", ActionPlan::followUpDates, Types.DATE))
      .field(Field.set("situationPictures", ActionPlan::situationPictures, SituationPictureId.TYPE))
      .sortBy("decided", p -> p.decision().map(Decision::date).orElse(null))
      .sortBy("title")
      .defaultSort("title")
      .build();


  public ActionPlan {
    Checks.notNull(id, "id");
    Checks.notNull(revision, "revision");
    Checks.name(title, "title");
    Checks.notNull(municipalities, "municipalities");
    Checks.check(!municipalities.isEmpty(), "municipalities", municipalities, "must name at least one municipality");
    Checks.notNull(council, "council");
    Checks.notNull(decision, "decision");
    Checks.notNull(period, "period");
    followUpDates = Checks.dates(followUpDates, "followUpDates");
    Checks.notNull(situationPictures, "situationPictures");
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public ActionPlan withRevision(Revision revision) {
    return new ActionPlan(id, revision, title, municipalities, council, decision, period, followUpDates,
        situationPictures);
  }

  @Override
  public ImmutableList<Reference> references() {
    return TYPE.references(this);
  }

  /** Builds an {@link ActionPlan}; the id defaults to a random one. */
  public static final class Builder {
    private @Nullable ActionPlanId id;
    private Revision revision = Revision.NEW;
    private @Nullable String title;
    private ImmutableSet<MunicipalityCode> municipalities = ImmutableSet.of();
    private Optional<CouncilId> council = Optional.empty();
    private Optional<Decision> decision = Optional.empty();
    private Optional<DateSpan> period = Optional.empty();
    private ImmutableList<LocalDate> followUpDates = ImmutableList.of();
    private ImmutableSet<SituationPictureId> situationPictures = ImmutableSet.of();

    private Builder() {}

    private Builder(ActionPlan p) {
      id = p.id;
      revision = p.revision;
      title = p.title;
      municipalities = p.municipalities;
      council = p.council;
      decision = p.decision;
      period = p.period;
      followUpDates = p.followUpDates;
      situationPictures = p.situationPictures;
    }

    public Builder id(ActionPlanId id) {
      this.id = id;
      return this;
    }

    public Builder id(String id) {
      return id(ActionPlanId.of(id));
    }

    public Builder revision(Revision revision) {
      this.revision = revision;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder municipalities(Iterable<MunicipalityCode> municipalities) {
      this.municipalities = Checks.set(municipalities, "municipalities");
      return this;
    }

    public Builder municipalities(MunicipalityCode... municipalities) {
      return municipalities(java.util.Arrays.asList(Checks.notNull(municipalities, "municipalities")));
    }

    public Builder council(Optional<CouncilId> council) {
      this.council = council;
      return this;
    }

    public Builder council(CouncilId council) {
      return council(Optional.of(Checks.notNull(council, "council")));
    }

    public Builder decision(Optional<Decision> decision) {
      this.decision = decision;
      return this;
    }

    public Builder decision(Decision decision) {
      return decision(Optional.of(Checks.notNull(decision, "decision")));
    }

    /** A decision known by its date and body's name only ({@link se.lokbra.core.model.DecidingBody#OTHER}). */
    public Builder decision(LocalDate date, String body) {
      return decision(Optional.of(new Decision(date, body)));
    }

    public Builder period(Optional<DateSpan> period) {
      this.period = period;
      return this;
    }

    public Builder period(DateSpan period) {
      return period(Optional.of(Checks.notNull(period, "period")));
    }

    public Builder followUpDates(Iterable<LocalDate> dates) {
      this.followUpDates = Checks.list(dates, "followUpDates");
      return this;
    }

    /** The situation pictures the plan rests on. */
    public Builder situationPictures(Iterable<SituationPictureId> situationPictures) {
      this.situationPictures = Checks.set(situationPictures, "situationPictures");
      return this;
    }

    public Builder restsOn(SituationPictureId situationPicture) {
      this.situationPictures = ImmutableSet.<SituationPictureId>builder().addAll(situationPictures)
          .add(Checks.notNull(situationPicture, "situationPicture")).build();
      return this;
    }

    public ActionPlan build() {
      return new ActionPlan(id == null ? ActionPlanId.random() : id, revision, title, municipalities, council,
          decision, period, followUpDates, situationPictures);
    }
  }
}
