package se.lokbra.core;

import se.lokbra.core.conference.ConferenceRepository;
import se.lokbra.core.council.CouncilRepository;
import se.lokbra.core.measure.MeasureRepository;
import se.lokbra.core.meeting.MeetingRepository;
import se.lokbra.core.model.AggregateKind;
import se.lokbra.core.organisation.OrganisationRepository;
import se.lokbra.core.person.PersonRepository;
import se.lokbra.core.repository.Repository;

/** The six repositories of a store, or of one transaction in it. */
public interface Repositories {
  CouncilRepository councils();

  OrganisationRepository organisations();

  PersonRepository people();

  MeasureRepository measures();

  MeetingRepository meetings();

  ConferenceRepository conferences();

  /** The repository for {@code kind}, for code that handles every aggregate alike. */
  default Repository<?, ?> repository(AggregateKind kind) {
    return switch (kind) {
      case COUNCIL -> councils();
      case ORGANISATION -> organisations();
      case PERSON -> people();
      case MEASURE -> measures();
      case MEETING -> meetings();
      case CONFERENCE -> conferences();
    };
  }
}
