package se.lokbra.core;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.stream.Stream;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.council.Council;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.person.Person;
import se.lokbra.core.agreement.CooperationAgreement;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.situation.SituationPicture;

/**
 * Everything in a store at one moment: every live entity with its revision, and the tombstones of deleted ones.
 * {@link LokbraStore#snapshot()} makes one; {@link LokbraStore#restore(DataSet)} writes one into a store, keeping ids,
 * versions and timestamps, which is how stores are copied between backends. Each list is sorted by id.
 */
public record DataSet(ImmutableList<Organisation> organisations, ImmutableList<Person> people,
    ImmutableList<Council> councils, ImmutableList<Measure> measures, ImmutableList<Meeting> meetings,
    ImmutableList<Conference> conferences, ImmutableList<SituationPicture> situationPictures,
    ImmutableList<Problem> problems, ImmutableList<Indicator> indicators,
    ImmutableList<CooperationAgreement> cooperationAgreements, ImmutableList<ActionPlan> actionPlans,
    ImmutableList<Tombstone> tombstones) {

  public DataSet {
    organisations = sorted(organisations, "organisations");
    people = sorted(people, "people");
    councils = sorted(councils, "councils");
    measures = sorted(measures, "measures");
    meetings = sorted(meetings, "meetings");
    conferences = sorted(conferences, "conferences");
    situationPictures = sorted(situationPictures, "situationPictures");
    problems = sorted(problems, "problems");
    indicators = sorted(indicators, "indicators");
    cooperationAgreements = sorted(cooperationAgreements, "cooperationAgreements");
    actionPlans = sorted(actionPlans, "actionPlans");
    Checks.notNull(tombstones, "tombstones");
    tombstones = tombstones.stream().sorted(Comparator.comparing(Tombstone::id))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * A data set of the aggregates of lokbra's first version (without the knowledge-based cycle: no situation
   * pictures, problems, indicators, cooperation agreements or action plans).
   */
  public DataSet(ImmutableList<Organisation> organisations, ImmutableList<Person> people,
      ImmutableList<Council> councils, ImmutableList<Measure> measures, ImmutableList<Meeting> meetings,
      ImmutableList<Conference> conferences, ImmutableList<Tombstone> tombstones) {
    this(organisations, people, councils, measures, meetings, conferences, ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), tombstones);
  }

  public static DataSet empty() {
    return new DataSet(ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
  }

  /** The live entities of one kind. */
  public ImmutableList<? extends Aggregate<?, ?>> entities(AggregateKind kind) {
    return switch (kind) {
      case ORGANISATION -> organisations;
      case PERSON -> people;
      case COUNCIL -> councils;
      case MEASURE -> measures;
      case MEETING -> meetings;
      case CONFERENCE -> conferences;
      case SITUATION_PICTURE -> situationPictures;
      case PROBLEM -> problems;
      case INDICATOR -> indicators;
      case COOPERATION_AGREEMENT -> cooperationAgreements;
      case ACTION_PLAN -> actionPlans;
    };
  }

  /** Every live entity, kind by kind in the order of {@link AggregateKind}. */
  public Stream<Aggregate<?, ?>> entities() {
    return java.util.Arrays.stream(AggregateKind.values())
        .flatMap(kind -> entities(kind).stream().map(a -> (Aggregate<?, ?>) a));
  }

  /** The number of live entities. */
  public int size() {
    return java.util.Arrays.stream(AggregateKind.values()).mapToInt(kind -> entities(kind).size()).sum();
  }

  private static <T extends Aggregate<?, ?>> ImmutableList<T> sorted(ImmutableList<T> list, String field) {
    Checks.notNull(list, field);
    return list.stream().sorted(Comparator.comparing(a -> a.id().value())).collect(ImmutableList.toImmutableList());
  }
}
