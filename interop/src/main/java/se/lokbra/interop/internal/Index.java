package se.lokbra.interop.internal;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.Optional;
import se.lokbra.core.DataSet;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.person.Person;
import se.lokbra.core.person.PersonId;

/** A data set's entities by id, and meetings and conferences by council, for the mappers. Not API. */
public final class Index {
  /** Meetings and other events in calendar order; the id breaks ties so that the order is total. */
  public static final Comparator<Meeting> MEETING_ORDER =
      Comparator.comparing((Meeting m) -> m.start().toInstant()).thenComparing(m -> m.id().value());
  public static final Comparator<Conference> CONFERENCE_ORDER =
      Comparator.comparing(Conference::start).thenComparing(c -> c.id().value());

  private final DataSet data;
  private final ImmutableMap<PersonId, Person> people;
  private final ImmutableMap<OrganisationId, Organisation> organisations;
  private final ImmutableMap<CouncilId, Council> councils;
  private final ImmutableListMultimap<CouncilId, Meeting> meetingsByCouncil;
  private final ImmutableListMultimap<CouncilId, Conference> conferencesByCouncil;

  public Index(DataSet data) {
    this.data = data;
    this.people = data.people().stream().collect(ImmutableMap.toImmutableMap(Person::id, p -> p));
    this.organisations = data.organisations().stream()
        .collect(ImmutableMap.toImmutableMap(Organisation::id, o -> o));
    this.councils = data.councils().stream().collect(ImmutableMap.toImmutableMap(Council::id, c -> c));
    ImmutableListMultimap.Builder<CouncilId, Meeting> meetings = ImmutableListMultimap.builder();
    data.meetings().stream().sorted(MEETING_ORDER).forEach(m -> meetings.put(m.council(), m));
    this.meetingsByCouncil = meetings.build();
    ImmutableListMultimap.Builder<CouncilId, Conference> conferences = ImmutableListMultimap.builder();
    data.conferences().stream().sorted(CONFERENCE_ORDER)
        .forEach(c -> c.organisingCouncils().forEach(council -> conferences.put(council, c)));
    this.conferencesByCouncil = conferences.build();
  }

  public DataSet data() {
    return data;
  }

  public ImmutableMap<PersonId, Person> people() {
    return people;
  }

  public Optional<Person> person(PersonId id) {
    return Optional.ofNullable(people.get(id));
  }

  public Optional<Organisation> organisation(OrganisationId id) {
    return Optional.ofNullable(organisations.get(id));
  }

  public Optional<Council> council(CouncilId id) {
    return Optional.ofNullable(councils.get(id));
  }

  /** The council's meetings in calendar order. */
  public java.util.List<Meeting> meetings(CouncilId council) {
    return meetingsByCouncil.get(council);
  }

  /** The conferences the council organises, in calendar order. */
  public java.util.List<Conference> conferences(CouncilId council) {
    return conferencesByCouncil.get(council);
  }
}
