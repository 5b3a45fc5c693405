package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.Repositories;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.conference.ConferenceId;
import se.lokbra.core.conference.Speaker;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.model.Reference;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.person.Person;
import se.lokbra.core.person.PersonId;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;
import se.lokbra.core.repository.Sort;

/** The contract of {@link se.lokbra.core.conference.ConferenceRepository}. */
public abstract class ConferenceRepositoryContract extends RepositoryContract<Conference, ConferenceId> {

  @Override
  protected Repository<Conference, ConferenceId> repository(Repositories repositories) {
    return repositories.conferences();
  }

  @Override
  protected Conference newEntity() {
    return fixtures.conference(LocalDate.of(2019, 5, 14));
  }

  @Override
  protected Conference richEntity() {
    Council council = fixtures.savedCouncil();
    Organisation org = fixtures.savedOrganisation();
    Person person = fixtures.savedPerson();
    return fixtures.richConference(council.id(), org.id(), person.id());
  }

  @Override
  protected Conference changed(Conference entity) {
    return entity.toBuilder().title(Fixtures.unique("Renamed")).build();
  }

  private Conference save(String title, LocalDate start, LocalDate end) {
    Conference.Builder b = fixtures.conference(start).toBuilder().title(title);
    if (end != null) {
      b.end(end);
    }
    return store.conferences().save(b.build());
  }

  @Test
  public void findsConferencesOverlappingADateRangeInclusive() {
    Conference may = save("Tillsammans mot brott", LocalDate.of(2019, 5, 14), null);
    Conference june = save("Brottsförebyggande dagar", LocalDate.of(2019, 6, 3), LocalDate.of(2019, 6, 5));
    Conference autumn = save("Höstkonferens", LocalDate.of(2018, 10, 10), LocalDate.of(2018, 10, 12));

    PageRequest all = PageRequest.first(10);
    assertThat(store.conferences().findByDateOverlapping(LocalDate.of(2019, 5, 14), LocalDate.of(2019, 6, 3), all)
        .content()).containsExactly(may, june);
    assertThat(store.conferences().findByDateOverlapping(LocalDate.of(2019, 6, 5), LocalDate.of(2019, 12, 31), all)
        .content()).containsExactly(june);
    assertThat(store.conferences().findByDateOverlapping(LocalDate.of(2018, 10, 11), LocalDate.of(2018, 10, 11),
        all).content()).containsExactly(autumn);
    assertThat(store.conferences().findByDateOverlapping(LocalDate.of(2019, 5, 15), LocalDate.of(2019, 6, 2), all)
        .content()).isEmpty();
  }

  @Test
  public void upcomingListsConferencesNotYetOverSoonestFirst() {
    Conference may = save("Tillsammans mot brott", LocalDate.of(2019, 5, 14), null);
    Conference june = save("Brottsförebyggande dagar", LocalDate.of(2019, 6, 3), LocalDate.of(2019, 6, 5));
    save("Höstkonferens", LocalDate.of(2018, 10, 10), LocalDate.of(2018, 10, 12));

    assertThat(store.conferences().upcoming(LocalDate.of(2019, 1, 1), PageRequest.first(10)).content())
        .containsExactly(may, june);
    assertThat(store.conferences().upcoming(LocalDate.of(2019, 5, 14), PageRequest.first(10)).content())
        .containsExactly(may, june);
    assertThat(store.conferences().upcoming(LocalDate.of(2019, 6, 5), PageRequest.first(10)).content())
        .as("a conference is upcoming through its last day").containsExactly(june);
    assertThat(store.conferences().upcoming(LocalDate.of(2019, 6, 6), PageRequest.first(10)).totalElements())
        .isZero();
    assertThat(store.conferences().upcoming(LocalDate.of(2019, 1, 1), PageRequest.of(0, 10, Sort.by("title")))
        .content()).containsExactly(june, may);
  }

  @Test
  public void organisersAndSpeakersMustExist() {
    Conference bad = fixtures.conference(LocalDate.of(2019, 5, 14)).toBuilder()
        .organisingCouncils(List.of(CouncilId.of("no-council")))
        .addSpeaker(Speaker.of(PersonId.of("no-speaker"), "Situationell handlingsteori")).build();
    ReferentialIntegrityException e = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.conferences().save(bad));
    assertThat(e.references()).extracting(Reference::field)
        .containsExactly("organisingCouncils[0]", "speakers[0].person");
    assertThat(store.conferences().count()).isZero();

    Conference rich = store.conferences().save(richEntity());
    CouncilId organiser = rich.organisingCouncils().iterator().next();
    ReferentialIntegrityException onDelete = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.councils().deleteById(organiser));
    assertThat(onDelete.references()).singleElement().satisfies(r -> {
      assertThat(r.source()).contains(rich.id());
      assertThat(r.field()).isEqualTo("organisingCouncils[0]");
    });
  }
}
