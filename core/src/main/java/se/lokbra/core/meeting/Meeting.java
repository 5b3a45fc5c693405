package se.lokbra.core.meeting;

import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.ScalarType;
import se.lokbra.core.meta.Types;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Revision;
import se.lokbra.core.person.PersonId;

/**
 * A council meeting ("sammanträde"): when and where, whether it was held, its ordered agenda, who took part and who
 * came as a guest. Start and end keep their time zone (Swedish meetings: {@code Europe/Stockholm}) and are kept to
 * the second; the end, if given, is not before the start.
 */
public record Meeting(MeetingId id, Revision revision, CouncilId council, ZonedDateTime start,
    Optional<ZonedDateTime> end, Optional<String> location, MeetingState state, ImmutableList<AgendaItem> agenda,
    ImmutableSet<PersonId> participants, ImmutableList<Guest> guests) implements Aggregate<MeetingId, Meeting> {
  /** The description of this aggregate that every backend, codec and schema derives from. */
  public static final AggregateType<Meeting, MeetingId> TYPE = AggregateType.builder(Meeting.class, MeetingId.TYPE,
      "meeting", "meetings")
      .repository(MeetingRepository.class)
      .field(Field.one("council", Meeting::council, CouncilId.TYPE))
      .field(Field.one("start", Meeting::start, Types.ZONED_DATE_TIME))
      .field(Field.optional("end", Meeting::end, Types.ZONED_DATE_TIME))
      .field(Field.optional("location", Meeting::location, Types.TEXT))
      .field(Field.one("state", Meeting::state, ScalarType.enumType(MeetingState.class)).orDefault(MeetingState.PLANNED))
      .field(Field.list("agenda", Meeting::agenda, AgendaItem.TYPE))
      .field(Field.set("participants", Meeting::participants, PersonId.TYPE))
      .field(Field.list("guests", Meeting::guests, Guest.TYPE))
      .sortBy("start", m -> m.start().toInstant())
      .defaultSort("start")
      .build();


  public Meeting {
    Checks.notNull(id, "id");
    Checks.notNull(revision, "revision");
    Checks.notNull(council, "council");
    Checks.notNull(start, "start");
    start = start.truncatedTo(ChronoUnit.SECONDS);
    Checks.notNull(end, "end");
    end = end.map(e -> e.truncatedTo(ChronoUnit.SECONDS));
    ZonedDateTime from = start;
    end.ifPresent(e -> Checks.check(!e.toInstant().isBefore(from.toInstant()), "end", e,
        "must not be before the start (%s)", from));
    Checks.check(start.getYear() >= 1000 && start.getYear() <= 9999, "start", start, "must have a four-digit year");
    Checks.instant(start.toInstant(), "start");
    end.ifPresent(e -> Checks.instant(e.toInstant(), "end"));
    Checks.optionalName(location, "location");
    Checks.notNull(state, "state");
    Checks.notNull(agenda, "agenda");
    Checks.notNull(participants, "participants");
    Checks.notNull(guests, "guests");
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public Meeting withRevision(Revision revision) {
    return new Meeting(id, revision, council, start, end, location, state, agenda, participants, guests);
  }

  @Override
  public ImmutableList<Reference> references() {
    return TYPE.references(this);
  }

  /** Builds a {@link Meeting}; the id defaults to a random one, the state to {@code PLANNED}. */
  public static final class Builder {
    private @Nullable MeetingId id;
    private Revision revision = Revision.NEW;
    private @Nullable CouncilId council;
    private @Nullable ZonedDateTime start;
    private Optional<ZonedDateTime> end = Optional.empty();
    private Optional<String> location = Optional.empty();
    private MeetingState state = MeetingState.PLANNED;
    private ImmutableList<AgendaItem> agenda = ImmutableList.of();
    private ImmutableSet<PersonId> participants = ImmutableSet.of();
    private ImmutableList<Guest> guests = ImmutableList.of();

    private Builder() {}

    private Builder(Meeting m) {
      id = m.id;
      revision = m.revision;
      council = m.council;
      start = m.start;
      end = m.end;
      location = m.location;
      state = m.state;
      agenda = m.agenda;
      participants = m.participants;
      guests = m.guests;
    }

    public Builder id(MeetingId id) {
      this.id = id;
      return this;
    }

    public Builder id(String id) {
      return id(MeetingId.of(id));
    }

    public Builder revision(Revision revision) {
      this.revision = revision;
      return this;
    }

    public Builder council(CouncilId council) {
      this.council = council;
      return this;
    }

    public Builder start(ZonedDateTime start) {
      this.start = start;
      return this;
    }

    public Builder end(Optional<ZonedDateTime> end) {
      this.end = end;
      return this;
    }

    public Builder end(ZonedDateTime end) {
      return end(Optional.of(Checks.notNull(end, "end")));
    }

    public Builder location(Optional<String> location) {
      this.location = location;
      return this;
    }

    public Builder location(String location) {
      return location(Optional.of(Checks.notNull(location, "location")));
    }

    public Builder state(MeetingState state) {
      this.state = state;
      return this;
    }

    public Builder agenda(Iterable<AgendaItem> agenda) {
      this.agenda = Checks.list(agenda, "agenda");
      return this;
    }

    public Builder addAgendaItem(AgendaItem item) {
      this.agenda = Checks.append(agenda, item, "agenda");
      return this;
    }

    public Builder participants(Iterable<PersonId> participants) {
      this.participants = Checks.set(participants, "participants");
      return this;
    }

    public Builder guests(Iterable<Guest> guests) {
      this.guests = Checks.list(guests, "guests");
      return this;
    }

    public Builder addGuest(Guest guest) {
      this.guests = Checks.append(guests, guest, "guests");
      return this;
    }

    public Meeting build() {
      return new Meeting(id == null ? MeetingId.random() : id, revision, council, start, end, location, state,
          agenda, participants, guests);
    }
  }
}
