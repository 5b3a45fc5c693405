package se.lokbra.core.measure;

import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.ScalarType;
import se.lokbra.core.meta.Types;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Revision;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.plan.ActionPlanId;

/**
 * A crime-prevention measure ("insats", "åtgärd") that a council follows: what it is, the problem it targets, who
 * is responsible, where and when it runs, its status, its goals and its follow-ups. The status moves only along
 * the lifecycle of {@link MeasureStatus}: use {@link #withStatus}, which refuses an illegal change. The period may
 * be a year alone ({@link DateSpan#ofYear}), or unknown. In the knowledge-based method a measure targets problems
 * and their causes ({@link Target}) and belongs to an action plan; {@code targetProblem} is free text for what the
 * structured targets do not say.
 */
public record Measure(MeasureId id, Revision revision, CouncilId council, String title, String description,
    MeasureCategory category, Optional<String> targetProblem, ImmutableSet<OrganisationId> responsibleOrganisations,
    ImmutableSet<MunicipalityCode> municipalities, Optional<DateSpan> period, MeasureStatus status,
    ImmutableList<FollowUp> followUps, ImmutableList<Goal> goals, ImmutableList<Target> targets,
    Optional<ActionPlanId> actionPlan) implements Aggregate<MeasureId, Measure> {
  /** The description of this aggregate that every backend, codec and schema derives from. */
  public static final AggregateType<Measure, MeasureId> TYPE = AggregateType.builder(Measure.class, MeasureId.TYPE,
      "measure", "measures")
      .repository(MeasureRepository.class)
      .field(Field.one("council", Measure::council, CouncilId.TYPE))
      .field(Field.one("title", Measure::title, Types.TEXT))
      .field(Field.one("description", Measure::description, Types.TEXT).orDefault(""))
      .field(Field.one("category", Measure::category, ScalarType.enumType(MeasureCategory.class)))
      .field(Field.optional("targetProblem", Measure::targetProblem, Types.TEXT))
      .field(Field.set("responsibleOrganisations", Measure::responsibleOrganisations, OrganisationId.TYPE))
      .field(Field.set("municipalities", Measure::municipalities, Types.MUNICIPALITY_CODE))
      .field(Field.optional("period", Measure::period, Types.DATE_SPAN))
      .field(Field.one("status", Measure::status, ScalarType.enumType(MeasureStatus.class)).orDefault(MeasureStatus.PLANNED))
      .field(Field.list("followUps", Measure::followUps, FollowUp.TYPE))
      .field(Field.list("goals", Measure::goals, Goal.TYPE))
      .field(Field.list("targets", Measure::targets, Target.TYPE))
      .field(Field.optional("actionPlan", Measure::actionPlan, ActionPlanId.TYPE))
      .sortBy("title")
      .sortBy("status")
      .sortBy("category")
      .sortBy("start", m -> m.period().map(DateSpan::firstDay).orElse(null))
      .defaultSort("title")
      .build();


  public Measure {
    Checks.notNull(id, "id");
    Checks.notNull(revision, "revision");
    Checks.notNull(council, "council");
    Checks.name(title, "title");
    Checks.longText(description, "description");
    Checks.notNull(category, "category");
    Checks.optionalLongText(targetProblem, "targetProblem");
    Checks.notNull(responsibleOrganisations, "responsibleOrganisations");
    Checks.notNull(municipalities, "municipalities");
    Checks.notNull(period, "period");
    Checks.notNull(status, "status");
    Checks.notNull(followUps, "followUps");
    Checks.notNull(goals, "goals");
    Checks.notNull(targets, "targets");
    Checks.check(targets.stream().distinct().count() == targets.size(), "targets", targets,
        "must not repeat a target");
    Checks.notNull(actionPlan, "actionPlan");
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * This measure in another status. Staying in the same status is allowed; any other change must follow the
   * lifecycle of {@link MeasureStatus}.
   *
   * @throws se.lokbra.core.ValidationException for an illegal change, such as COMPLETED → PLANNED
   */
  public Measure withStatus(MeasureStatus next) {
    Checks.notNull(next, "status");
    Checks.check(next == status || status.canMoveTo(next), "status", next,
        "cannot change from %s to %s (allowed: %s)", status, next, status.successors().isEmpty() ? "none, "
            + status + " is final" : status.successors());
    return new Measure(id, revision, council, title, description, category, targetProblem, responsibleOrganisations,
        municipalities, period, next, followUps, goals, targets, actionPlan);
  }

  /** This measure with one more follow-up. */
  public Measure withFollowUp(FollowUp followUp) {
    return toBuilder().addFollowUp(followUp).build();
  }

  /** True if the period shares a day with the calendar year; a measure without a period is in no year. */
  public boolean isInYear(int year) {
    return period.map(p -> p.overlapsYear(year)).orElse(false);
  }

  @Override
  public Measure withRevision(Revision revision) {
    return new Measure(id, revision, council, title, description, category, targetProblem, responsibleOrganisations,
        municipalities, period, status, followUps, goals, targets, actionPlan);
  }

  @Override
  public ImmutableList<Reference> references() {
    return TYPE.references(this);
  }

  /** True if the measure targets at least one problem: only such a measure is justified by a situation picture. */
  public boolean targetsAProblem() {
    return !targets.isEmpty();
  }

  /**
   * Builds a {@link Measure}; the id defaults to a random one, the description to empty, the status to
   * {@code PLANNED}. The builder sets the status without lifecycle checks (it also rebuilds stored measures).
   */
  public static final class Builder {
    private @Nullable MeasureId id;
    private Revision revision = Revision.NEW;
    private @Nullable CouncilId council;
    private @Nullable String title;
    private String description = "";
    private @Nullable MeasureCategory category;
    private Optional<String> targetProblem = Optional.empty();
    private ImmutableSet<OrganisationId> responsibleOrganisations = ImmutableSet.of();
    private ImmutableSet<MunicipalityCode> municipalities = ImmutableSet.of();
    private Optional<DateSpan> period = Optional.empty();
    private MeasureStatus status = MeasureStatus.PLANNED;
    private ImmutableList<FollowUp> followUps = ImmutableList.of();
    private ImmutableList<Goal> goals = ImmutableList.of();
    private ImmutableList<Target> targets = ImmutableList.of();
    private Optional<ActionPlanId> actionPlan = Optional.empty();

    private Builder() {}

    private Builder(Measure m) {
      id = m.id;
      revision = m.revision;
      council = m.council;
      title = m.title;
      description = m.description;
      category = m.category;
      targetProblem = m.targetProblem;
      responsibleOrganisations = m.responsibleOrganisations;
      municipalities = m.municipalities;
      period = m.period;
      status = m.status;
      followUps = m.followUps;
      goals = m.goals;
      targets = m.targets;
      actionPlan = m.actionPlan;
    }

    public Builder id(MeasureId id) {
      this.id = id;
      return this;
    }

    public Builder id(String id) {
      return id(MeasureId.of(id));
    }

    public Builder revision(Revision revision) {
      this.revision = revision;
      return this;
    }

    public Builder council(CouncilId council) {
      this.council = council;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder category(MeasureCategory category) {
      this.category = category;
      return this;
    }

    public Builder targetProblem(Optional<String> targetProblem) {
      this.targetProblem = targetProblem;
      return this;
    }

    public Builder targetProblem(String targetProblem) {
      return targetProblem(Optional.of(Checks.notNull(targetProblem, "targetProblem")));
    }

    public Builder responsibleOrganisations(Iterable<OrganisationId> organisations) {
      this.responsibleOrganisations = Checks.set(organisations, "responsibleOrganisations");
      return this;
    }

    public Builder responsibleOrganisations(OrganisationId... organisations) {
      return responsibleOrganisations(java.util.Arrays.asList(
          Checks.notNull(organisations, "responsibleOrganisations")));
    }

    public Builder municipalities(Iterable<MunicipalityCode> municipalities) {
      this.municipalities = Checks.set(municipalities, "municipalities");
      return this;
    }

    public Builder municipalities(MunicipalityCode... municipalities) {
      return municipalities(java.util.Arrays.asList(Checks.notNull(municipalities, "municipalities")));
    }

    public Builder period(Optional<DateSpan> period) {
      this.period = period;
      return this;
    }

    public Builder period(DateSpan period) {
      return period(Optional.of(Checks.notNull(period, "period")));
    }

    public Builder status(MeasureStatus status) {
      this.status = status;
      return this;
    }

    public Builder followUps(Iterable<FollowUp> followUps) {
      this.followUps = Checks.list(followUps, "followUps");
      return this;
    }

    public Builder addFollowUp(FollowUp followUp) {
      this.followUps = Checks.append(followUps, followUp, "followUps");
      return this;
    }

    public Builder goals(Iterable<Goal> goals) {
      this.goals = Checks.list(goals, "goals");
      return this;
    }

    public Builder addGoal(Goal goal) {
      this.goals = Checks.append(goals, goal, "goals");
      return this;
    }

    /** The problems and causes the measure targets. */
    public Builder targets(Iterable<Target> targets) {
      this.targets = Checks.list(targets, "targets");
      return this;
    }

    public Builder addTarget(Target target) {
      this.targets = Checks.append(targets, target, "targets");
      return this;
    }

    public Builder actionPlan(Optional<ActionPlanId> actionPlan) {
      this.actionPlan = actionPlan;
      return this;
    }

    public Builder actionPlan(ActionPlanId actionPlan) {
      return actionPlan(Optional.of(Checks.notNull(actionPlan, "actionPlan")));
    }

    public Measure build() {
      return new Measure(id == null ? MeasureId.random() : id, revision, council, title, description, category,
          targetProblem, responsibleOrganisations, municipalities, period, status, followUps, goals, targets,
          actionPlan);
    }
  }
}
