package se.lokbra.core;

import se.lokbra.core.conference.ConferenceRepository;
import se.lokbra.core.council.CouncilRepository;
import se.lokbra.core.measure.MeasureRepository;
import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.meeting.MeetingRepository;
import se.lokbra.core.organisation.OrganisationRepository;
import se.lokbra.core.person.PersonRepository;
import se.lokbra.core.repository.Repository;
import se.lokbra.core.agreement.CooperationAgreementRepository;
import se.lokbra.core.indicator.IndicatorRepository;
import se.lokbra.core.plan.ActionPlanRepository;
import se.lokbra.core.problem.ProblemRepository;
import se.lokbra.core.situation.SituationPictureRepository;

/**
 * The repositories of a store, or of one transaction in it: one per {@link AggregateKind}. A backend implements
 * {@link #repository(AggregateKind)}; everything else derives from it, so a new kind needs no method here: it is
 * reached with {@code repository(Venue.TYPE)} (the generic operations) or {@code repository(VenueRepository.class)}
 * (its own queries). The named accessors are conveniences for the kinds of lokbra's first versions.
 */
public interface Repositories {
  /**
   * The repository of {@code kind}: an instance of the kind's {@linkplain AggregateType#repositoryType repository
   * interface}.
   */
  Repository<?, ?> repository(AggregateKind kind);

  /**
   * The repository of the aggregate {@code type} describes, typed: for generic code that holds descriptions
   * ({@code repositories.repository(Council.TYPE).save(council)}).
   */
  @SuppressWarnings("unchecked")
  default <T extends Aggregate<I, T>, I extends EntityId> Repository<T, I> repository(AggregateType<T, I> type) {
    return (Repository<T, I>) repository(type.kind());
  }

  /**
   * The repository whose interface is {@code repositoryType}, for its own queries
   * ({@code repositories.repository(MeasureRepository.class).findByCouncil(…)}).
   *
   * @throws IllegalArgumentException if no kind has that repository interface
   */
  default <R extends Repository<?, ?>> R repository(Class<R> repositoryType) {
    return repositoryType.cast(repository(AggregateKind.ofRepository(repositoryType)));
  }

  default CouncilRepository councils() {
    return repository(CouncilRepository.class);
  }

  default OrganisationRepository organisations() {
    return repository(OrganisationRepository.class);
  }

  default PersonRepository people() {
    return repository(PersonRepository.class);
  }

  default MeasureRepository measures() {
    return repository(MeasureRepository.class);
  }

  default MeetingRepository meetings() {
    return repository(MeetingRepository.class);
  }

  default ConferenceRepository conferences() {
    return repository(ConferenceRepository.class);
  }

  /** Situation pictures ("lägesbilder"). */
  default SituationPictureRepository situationPictures() {
    return repository(SituationPictureRepository.class);
  }

  default ProblemRepository problems() {
    return repository(ProblemRepository.class);
  }

  default IndicatorRepository indicators() {
    return repository(IndicatorRepository.class);
  }

  /** Cooperation agreements ("samverkansöverenskommelser") with their citizen promises. */
  default CooperationAgreementRepository cooperationAgreements() {
    return repository(CooperationAgreementRepository.class);
  }

  /** Action plans ("åtgärdsplaner"). */
  default ActionPlanRepository actionPlans() {
    return repository(ActionPlanRepository.class);
  }
}
