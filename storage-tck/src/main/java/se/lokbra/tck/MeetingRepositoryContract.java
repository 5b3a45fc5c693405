package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.Repositories;
import se.lokbra.core.council.Council;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.meeting.AgendaItem;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.meeting.MeetingId;
import se.lokbra.core.meeting.MeetingQuery;
import se.lokbra.core.meeting.MeetingState;
import se.lokbra.core.model.Reference;
import se.lokbra.core.person.PersonId;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;
import se.lokbra.core.repository.Sort;

/** The contract of {@link se.lokbra.core.meeting.MeetingRepository}. */
public abstract class MeetingRepositoryContract extends RepositoryContract<Meeting, MeetingId> {
  protected Council council;

  @BeforeEach
  public void saveCouncil() {
    council = fixtures.savedCouncil();
  }

  @Override
  protected Repository<Meeting, MeetingId> repository(Repositories repositories) {
    return repositories.meetings();
  }

  @Override
  protected Meeting newEntity() {
    return fixtures.meeting(council.id(), ZonedDateTime.of(2019, 3, 28, 13, 30, 0, 0, Fixtures.STOCKHOLM));
  }

  @Override
  protected Meeting richEntity() {
    Measure measure = fixtures.savedMeasure(council.id());
    PersonId person = fixtures.savedPerson().id();
    return fixtures.richMeeting(council.id(), measure.id(), person);
  }

  @Override
  protected Meeting changed(Meeting entity) {
    return entity.toBuilder().location(Fixtures.unique("Room")).build();
  }

  private Meeting at(ZonedDateTime start) {
    return store.meetings().save(fixtures.meeting(council.id(), start));
  }

  @Test
  public void zonesAndOffsetsRoundTrip() {
    Meeting winter = at(ZonedDateTime.of(2019, 1, 15, 9, 0, 0, 0, Fixtures.STOCKHOLM));
    Meeting summer = at(ZonedDateTime.of(2019, 7, 15, 9, 0, 0, 0, Fixtures.STOCKHOLM));
    Meeting offset = at(ZonedDateTime.of(2019, 7, 15, 9, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)));
    Meeting utc = at(ZonedDateTime.of(2019, 7, 15, 9, 0, 0, 0, ZoneId.of("UTC")));
    for (Meeting m : List.of(winter, summer, offset, utc)) {
      Meeting read = store.meetings().getById(m.id());
      assertThat(read).isEqualTo(m);
      assertThat(read.start().getZone()).isEqualTo(m.start().getZone());
    }
  }

  @Test
  public void findsByCouncilAndByHalfOpenTimeRange() {
    Council other = fixtures.savedCouncil();
    Meeting first = at(ZonedDateTime.of(2019, 3, 28, 13, 30, 0, 0, Fixtures.STOCKHOLM));
    Meeting second = at(ZonedDateTime.of(2019, 6, 10, 13, 30, 0, 0, Fixtures.STOCKHOLM));
    Meeting third = at(ZonedDateTime.of(2019, 11, 20, 13, 30, 0, 0, Fixtures.STOCKHOLM));
    Meeting elsewhere = store.meetings().save(fixtures.meeting(other.id(),
        ZonedDateTime.of(2019, 6, 10, 9, 0, 0, 0, Fixtures.STOCKHOLM)));

    PageRequest all = PageRequest.first(10);
    assertThat(store.meetings().findByCouncil(council.id(), all).content()).containsExactly(first, second, third);
    assertThat(store.meetings().findByCouncil(other.id(), all).content()).containsExactly(elsewhere);
    assertThat(store.meetings().findByStartBetween(elsewhere.start().toInstant(), third.start().toInstant(), all)
        .content()).as("from inclusive, to exclusive").containsExactly(elsewhere, second);
    assertThat(store.meetings().find(MeetingQuery.all().withCouncil(council.id())
        .startingBetween(first.start().toInstant(), third.start().toInstant().plusSeconds(1)), PageRequest.of(1, 1))
        .content()).containsExactly(second);
    assertThat(store.meetings().find(MeetingQuery.all().withCouncil(council.id())
        .startingBetween(first.start().toInstant(), third.start().toInstant().plusSeconds(1)), all)
        .totalElements()).isEqualTo(3);
  }

  @Test
  public void timeRangeBoundsAreExactToTheNanosecond() {
    Meeting m = at(ZonedDateTime.of(2019, 3, 28, 13, 30, 0, 0, Fixtures.STOCKHOLM));
    java.time.Instant start = m.start().toInstant();
    PageRequest all = PageRequest.first(10);
    assertThat(store.meetings().findByStartBetween(start, start.plusNanos(1), all).content()).containsExactly(m);
    assertThat(store.meetings().findByStartBetween(start.plusNanos(1), start.plusSeconds(60), all).content())
        .isEmpty();
    assertThat(store.meetings().findByStartBetween(start.minusNanos(1), start, all).content()).isEmpty();
    assertThat(store.meetings().findByStartBetween(java.time.Instant.MIN, java.time.Instant.MAX, all).content())
        .containsExactly(m);
    assertThat(store.meetings().findByStartBetween(java.time.Instant.EPOCH, java.time.Instant.EPOCH, all)
        .totalElements()).isZero();
  }

  @Test
  public void startSortsByInstantAcrossZones() {
    Meeting stockholmNine = at(ZonedDateTime.of(2019, 7, 15, 9, 0, 0, 0, Fixtures.STOCKHOLM)); // 07:00 UTC
    Meeting utcEight = at(ZonedDateTime.of(2019, 7, 15, 8, 0, 0, 0, ZoneOffset.UTC));
    Meeting kolkataTen = at(ZonedDateTime.of(2019, 7, 15, 10, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)));
    assertThat(store.meetings().findAll(PageRequest.first(10)).content())
        .containsExactly(kolkataTen, stockholmNine, utcEight);
    assertThat(store.meetings().findAll(PageRequest.of(0, 10, Sort.by(Sort.Order.desc("start")))).content())
        .containsExactly(utcEight, stockholmNine, kolkataTen);
  }

  @Test
  public void agendaItemsKeepTheirOrderAndStateChangesRoundTrip() {
    Meeting rich = store.meetings().save(richEntity());
    Meeting cancelled = store.meetings().save(rich.toBuilder().state(MeetingState.CANCELLED)
        .agenda(List.of(AgendaItem.of("Ö"), AgendaItem.of("A"), AgendaItem.of("M"))).build());
    assertThat(store.meetings().getById(rich.id()).agenda()).extracting(AgendaItem::title)
        .containsExactly("Ö", "A", "M");
    assertThat(store.meetings().getById(rich.id())).isEqualTo(cancelled);
  }

  @Test
  public void referencedMeasuresAndPeopleMustExistAndStayWhileReferenced() {
    Meeting bad = fixtures.meeting(council.id(), ZonedDateTime.of(2019, 3, 28, 13, 30, 0, 0, Fixtures.STOCKHOLM))
        .toBuilder().addAgendaItem(AgendaItem.of("Avstämning", List.of(se.lokbra.core.measure.MeasureId.of("nope")),
            java.util.Optional.empty()))
        .participants(List.of(PersonId.of("nobody"))).build();
    ReferentialIntegrityException e = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.meetings().save(bad));
    assertThat(e.references()).extracting(Reference::field)
        .containsExactly("agenda[0].measures[0]", "participants[0]");
    assertThat(store.meetings().count()).isZero();

    Meeting rich = store.meetings().save(richEntity());
    se.lokbra.core.measure.MeasureId measure = rich.agenda().get(1).measures().get(0);
    ReferentialIntegrityException onDelete = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.measures().deleteById(measure));
    assertThat(onDelete.references()).singleElement().satisfies(r -> {
      assertThat(r.source()).contains(rich.id());
      assertThat(r.field()).isEqualTo("agenda[1].measures[0]");
    });
    ReferentialIntegrityException personDelete = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.people().deleteById(rich.participants().iterator().next()));
    assertThat(personDelete.references()).extracting(Reference::field)
        .containsExactlyInAnyOrder("participants[0]", "guests[0].person");
  }
}
