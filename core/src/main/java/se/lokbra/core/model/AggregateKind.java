package se.lokbra.core.model;

import java.util.function.Function;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.conference.ConferenceId;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.meeting.MeetingId;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.person.Person;
import se.lokbra.core.person.PersonId;
import se.lokbra.core.agreement.CooperationAgreement;
import se.lokbra.core.agreement.CooperationAgreementId;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.indicator.IndicatorId;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.situation.SituationPicture;
import se.lokbra.core.situation.SituationPictureId;

/**
 * The kinds of aggregate lokbra stores. Backends use it for generic code: one table, directory or map per kind,
 * named by {@link #plural()}. New kinds are added at the end, so the order (which sorts ids of different kinds) is
 * stable.
 */
public enum AggregateKind {
  ORGANISATION("organisation", "organisations", Organisation.class, OrganisationId::of),
  PERSON("person", "people", Person.class, PersonId::of),
  COUNCIL("council", "councils", Council.class, CouncilId::of),
  MEASURE("measure", "measures", Measure.class, MeasureId::of),
  MEETING("meeting", "meetings", Meeting.class, MeetingId::of),
  CONFERENCE("conference", "conferences", Conference.class, ConferenceId::of),
  SITUATION_PICTURE("situation picture", "situation_pictures", SituationPicture.class, SituationPictureId::of),
  PROBLEM("problem", "problems", Problem.class, ProblemId::of),
  INDICATOR("indicator", "indicators", Indicator.class, IndicatorId::of),
  COOPERATION_AGREEMENT("cooperation agreement", "cooperation_agreements", CooperationAgreement.class,
      CooperationAgreementId::of),
  ACTION_PLAN("action plan", "action_plans", ActionPlan.class, ActionPlanId::of);

  private final String singular;
  private final String plural;
  private final Class<? extends Aggregate<?, ?>> type;
  private final Function<String, ? extends EntityId> idParser;

  AggregateKind(String singular, String plural, Class<? extends Aggregate<?, ?>> type,
      Function<String, ? extends EntityId> idParser) {
    this.singular = singular;
    this.plural = plural;
    this.type = type;
    this.idParser = idParser;
  }

  /** Lower-case English name of one entity: {@code council}. */
  public String singular() {
    return singular;
  }

  /**
   * Lower-case English name of the collection, words joined by {@code _}: {@code councils}, {@code people},
   * {@code situation_pictures}.
   */
  public String plural() {
    return plural;
  }

  public Class<? extends Aggregate<?, ?>> type() {
    return type;
  }

  /** Parses an id of this kind (validating it, see {@link EntityId}). */
  public EntityId id(String value) {
    return idParser.apply(value);
  }
}
