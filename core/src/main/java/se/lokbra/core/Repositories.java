package se.lokbra.core;

import se.lokbra.core.conference.ConferenceRepository;
import se.lokbra.core.council.CouncilRepository;
import se.lokbra.core.measure.MeasureRepository;
import se.lokbra.core.meeting.MeetingRepository;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.organisation.OrganisationRepository;
import se.lokbra.core.person.PersonRepository;
import se.lokbra.core.repository.Repository;
import se.lokbra.core.agreement.CooperationAgreementRepository;
import se.lokbra.core.indicator.IndicatorRepository;
import se.lokbra.core.plan.ActionPlanRepository;
import se.lokbra.core.problem.ProblemRepository;
import se.lokbra.core.situation.SituationPictureRepository;

/** The repositories of a store, or of one transaction in it: one per {@link AggregateKind}. */
public interface Repositories {
  CouncilRepository councils();

  OrganisationRepository organisations();

  PersonRepository people();

  MeasureRepository measures();

  MeetingRepository meetings();

  ConferenceRepository conferences();

  /** Situation pictures ("lägesbilder"). */
  SituationPictureRepository situationPictures();

  ProblemRepository problems();

  IndicatorRepository indicators();

  /** Cooperation agreements ("samverkansöverenskommelser") with their citizen promises. */
  CooperationAgreementRepository cooperationAgreements();

  /** Action plans ("åtgärdsplaner"). */
  ActionPlanRepository actionPlans();

  /** The repository for {@code kind}, for code that handles every aggregate alike. */
  default Repository<?, ?> repository(AggregateKind kind) {
    return switch (kind) {
      case COUNCIL -> councils();
      case ORGANISATION -> organisations();
      case PERSON -> people();
      case MEASURE -> measures();
      case MEETING -> meetings();
      case CONFERENCE -> conferences();
      case SITUATION_PICTURE -> situationPictures();
      case PROBLEM -> problems();
      case INDICATOR -> indicators();
      case COOPERATION_AGREEMENT -> cooperationAgreements();
      case ACTION_PLAN -> actionPlans();
    };
  }
}
