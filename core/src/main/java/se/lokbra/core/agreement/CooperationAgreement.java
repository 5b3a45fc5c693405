package se.lokbra.core.agreement;

import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.Types;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.Decision;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Revision;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.problem.ProblemId;

/**
 * A cooperation agreement ("samverkansöverenskommelse") between the police and one or more municipalities: the
 * parties, who signed it, the period it is in force, the prioritised problems it addresses, its measurable goals,
 * when it is followed up, its citizen promises ("medborgarlöften"), the part made public to residents, and the
 * decision by which the municipality entered it, if recorded.
 */
public record CooperationAgreement(CooperationAgreementId id, Revision revision, String title,
    ImmutableSet<OrganisationId> parties, ImmutableList<Signatory> signatories, DateSpan period,
    ImmutableSet<ProblemId> problems, ImmutableList<AgreementGoal> goals, ImmutableList<LocalDate> followUpDates,
    ImmutableList<CitizenPromise> promises, Optional<Decision> decision) implements Aggregate<CooperationAgreementId, CooperationAgreement> {
  /** The description of this aggregate that every backend, codec and schema derives from. */
  public static final AggregateType<CooperationAgreement, CooperationAgreementId> TYPE = AggregateType.builder(CooperationAgreement.class, CooperationAgreementId.TYPE,
      "cooperation agreement", "cooperation_agreements")
      .repository(CooperationAgreementRepository.class)
      .field(Field.one("title", CooperationAgreement::title, Types.TEXT))
      .field(Field.set("parties", CooperationAgreement::parties, OrganisationId.TYPE))
      .field(Field.list("signatories", CooperationAgreement::signatories, Signatory.TYPE))
      .field(Field.one("period", CooperationAgreement::period, Types.DATE_SPAN))
      .field(Field.set("problems", CooperationAgreement::problems, ProblemId.TYPE))
      .field(Field.list("goals", CooperationAgreement::goals, AgreementGoal.TYPE))
      .field(Field.list("followUpDates", CooperationAgreement::followUpDates, Types.DATE))
      .field(Field.list("promises", CooperationAgreement::promises, CitizenPromise.TYPE))
      .field(Field.optional("decision", CooperationAgreement::decision, Types.DECISION))
      .sortBy("start", a -> a.period().firstDay())
      .sortBy("title")
      .defaultSort("start")
      .build();


  public CooperationAgreement {
    Checks.notNull(id, "id");
    Checks.notNull(revision, "revision");
    Checks.name(title, "title");
    Checks.notNull(parties, "parties");
    Checks.check(!parties.isEmpty(), "parties", parties, "must name at least one party");
    Checks.notNull(signatories, "signatories");
    Checks.notNull(period, "period");
    Checks.notNull(problems, "problems");
    Checks.notNull(goals, "goals");
    followUpDates = Checks.dates(followUpDates, "followUpDates");
    Checks.notNull(promises, "promises");
    Checks.notNull(decision, "decision");
    for (int i = 0; i < signatories.size(); i++) {
      Checks.check(parties.contains(signatories.get(i).onBehalfOf()), "signatories[" + i + "].onBehalfOf",
          signatories.get(i).onBehalfOf(), "must be one of the parties");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** True if the agreement is in force on {@code date} (its period includes the day). */
  public boolean isInForceOn(LocalDate date) {
    return period.overlaps(date, date);
  }

  @Override
  public CooperationAgreement withRevision(Revision revision) {
    return new CooperationAgreement(id, revision, title, parties, signatories, period, problems, goals,
        followUpDates, promises, decision);
  }

  @Override
  public ImmutableList<Reference> references() {
    return TYPE.references(this);
  }

  /** Builds a {@link CooperationAgreement}; the id defaults to a random one. */
  public static final class Builder {
    private @Nullable CooperationAgreementId id;
    private Revision revision = Revision.NEW;
    private @Nullable String title;
    private ImmutableSet<OrganisationId> parties = ImmutableSet.of();
    private ImmutableList<Signatory> signatories = ImmutableList.of();
    private @Nullable DateSpan period;
    private ImmutableSet<ProblemId> problems = ImmutableSet.of();
    private ImmutableList<AgreementGoal> goals = ImmutableList.of();
    private ImmutableList<LocalDate> followUpDates = ImmutableList.of();
    private ImmutableList<CitizenPromise> promises = ImmutableList.of();
    private Optional<Decision> decision = Optional.empty();

    private Builder() {}

    private Builder(CooperationAgreement a) {
      id = a.id;
      revision = a.revision;
      title = a.title;
      parties = a.parties;
      signatories = a.signatories;
      period = a.period;
      problems = a.problems;
      goals = a.goals;
      followUpDates = a.followUpDates;
      promises = a.promises;
      decision = a.decision;
    }

    public Builder id(CooperationAgreementId id) {
      this.id = id;
      return this;
    }

    public Builder id(String id) {
      return id(CooperationAgreementId.of(id));
    }

    public Builder revision(Revision revision) {
      this.revision = revision;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder parties(Iterable<OrganisationId> parties) {
      this.parties = Checks.set(parties, "parties");
      return this;
    }

    public Builder signatories(Iterable<Signatory> signatories) {
      this.signatories = Checks.list(signatories, "signatories");
      return this;
    }

    public Builder period(DateSpan period) {
      this.period = period;
      return this;
    }

    public Builder problems(Iterable<ProblemId> problems) {
      this.problems = Checks.set(problems, "problems");
      return this;
    }

    public Builder goals(Iterable<AgreementGoal> goals) {
      this.goals = Checks.list(goals, "goals");
      return this;
    }

    public Builder followUpDates(Iterable<LocalDate> dates) {
      this.followUpDates = Checks.list(dates, "followUpDates");
      return this;
    }

    public Builder promises(Iterable<CitizenPromise> promises) {
      this.promises = Checks.list(promises, "promises");
      return this;
    }

    public Builder addPromise(CitizenPromise promise) {
      this.promises = Checks.append(promises, promise, "promises");
      return this;
    }

    public Builder decision(Optional<Decision> decision) {
      this.decision = decision;
      return this;
    }

    /** The decision by which the municipality entered the agreement. */
    public Builder decision(Decision decision) {
      return decision(Optional.of(Checks.notNull(decision, "decision")));
    }

    public CooperationAgreement build() {
      return new CooperationAgreement(id == null ? CooperationAgreementId.random() : id, revision, title, parties,
          signatories, period, problems, goals, followUpDates, promises, decision);
    }
  }
}
