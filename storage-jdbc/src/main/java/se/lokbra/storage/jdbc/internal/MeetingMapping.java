package se.lokbra.storage.jdbc.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.meeting.AgendaItem;
import se.lokbra.core.meeting.Guest;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.meeting.MeetingId;
import se.lokbra.core.meeting.MeetingState;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.person.PersonId;

/**
 * {@link Meeting} ↔ table {@code meeting} and its child tables. Start and end are kept as an instant and a zone id,
 * so that they sort and filter as instants and come back with their zone.
 */
final class MeetingMapping extends AggregateMapping<Meeting, MeetingId> {
  static final Column<String> COUNCIL = Column.reference("council_id", AggregateKind.COUNCIL);
  static final Column<Instant> START_AT = Column.instant("start_at");
  static final Column<String> START_ZONE = Column.text("start_zone");
  static final Column<Instant> END_AT = Column.instant("end_at");
  static final Column<String> END_ZONE = Column.text("end_zone");
  static final Column<String> LOCATION = Column.text("location");
  static final Column<String> STATE = Column.text("state");

  static final Column<String> MEETING_ID = Column.text("meeting_id");
  static final Column<String> TITLE = Column.text("title");
  static final Column<String> NOTES = Column.text("notes");
  static final ChildTable<Meeting, AgendaItem> AGENDA = ChildTable.of("meeting_agenda_item", MEETING_ID,
      List.of(POSITION, TITLE, NOTES), Meeting::agenda,
      (e, i, row) -> row.set(POSITION, i).set(TITLE, e.title()).set(NOTES, e.notes()),
      row -> new AgendaItem(row.required(TITLE), ImmutableList.of(), row.optional(NOTES)));

  /** One measure of one agenda item. */
  record AgendaMeasure(int item, int position, String measure) {}

  static final Column<Integer> ITEM_POSITION = Column.integer("item_position");
  static final Column<String> MEASURE = Column.reference("measure_id", AggregateKind.MEASURE);
  static final ChildTable<Meeting, AgendaMeasure> AGENDA_MEASURES = new ChildTable<>("meeting_agenda_item_measure",
      MEETING_ID, List.of(ITEM_POSITION, POSITION, MEASURE), "item_position, position",
      MeetingMapping::agendaMeasures,
      (e, i, row) -> row.set(ITEM_POSITION, e.item()).set(POSITION, e.position()).set(MEASURE, e.measure()),
      row -> new AgendaMeasure(row.required(ITEM_POSITION), row.required(POSITION), row.required(MEASURE)));

  static final Column<String> PERSON = Column.reference("person_id", AggregateKind.PERSON);
  static final ChildTable<Meeting, PersonId> PARTICIPANTS = ChildTable.of("meeting_participant", MEETING_ID,
      List.of(POSITION, PERSON), Meeting::participants,
      (e, i, row) -> row.set(POSITION, i).set(PERSON, e.value()),
      row -> PersonId.of(row.required(PERSON)));

  static final Column<String> TOPIC = Column.text("topic");
  static final ChildTable<Meeting, Guest> GUESTS = ChildTable.of("meeting_guest", MEETING_ID,
      List.of(POSITION, PERSON, TOPIC), Meeting::guests,
      (e, i, row) -> row.set(POSITION, i).set(PERSON, e.person().value()).set(TOPIC, e.topic()),
      row -> new Guest(PersonId.of(row.required(PERSON)), row.optional(TOPIC)));

  MeetingMapping() {
    super(AggregateKind.MEETING, "meeting", List.of(COUNCIL, START_AT, START_ZONE, END_AT, END_ZONE, LOCATION,
        STATE), List.of(AGENDA, AGENDA_MEASURES, PARTICIPANTS, GUESTS), Map.of("start", START_AT), Set.of());
  }

  private static List<AgendaMeasure> agendaMeasures(Meeting m) {
    List<AgendaMeasure> list = new ArrayList<>();
    for (int a = 0; a < m.agenda().size(); a++) {
      ImmutableList<MeasureId> measures = m.agenda().get(a).measures();
      for (int i = 0; i < measures.size(); i++) {
        list.add(new AgendaMeasure(a, i, measures.get(i).value()));
      }
    }
    return list;
  }

  @Override
  void write(Meeting m, Values row) {
    row.set(COUNCIL, m.council().value())
        .set(START_AT, m.start().toInstant())
        .set(START_ZONE, m.start().getZone().getId())
        .set(END_AT, m.end().map(ZonedDateTime::toInstant))
        .set(END_ZONE, m.end().map(e -> e.getZone().getId()))
        .set(LOCATION, m.location())
        .set(STATE, m.state().name());
  }

  @Override
  Meeting read(Values row, Children children) {
    List<AgendaItem> items = new ArrayList<>(children.of(AGENDA));
    List<List<MeasureId>> measures = new ArrayList<>();
    items.forEach(i -> measures.add(new ArrayList<>()));
    for (AgendaMeasure am : children.of(AGENDA_MEASURES)) {
      measures.get(am.item()).add(MeasureId.of(am.measure()));
    }
    ImmutableList.Builder<AgendaItem> agenda = ImmutableList.builder();
    for (int i = 0; i < items.size(); i++) {
      AgendaItem item = items.get(i);
      agenda.add(new AgendaItem(item.title(), ImmutableList.copyOf(measures.get(i)), item.notes()));
    }
    Optional<ZonedDateTime> end = row.optional(END_AT).map(e -> ZonedDateTime.ofInstant(e,
        ZoneId.of(row.required(END_ZONE))));
    return new Meeting(id(row.required(ID)), revision(row), CouncilId.of(row.required(COUNCIL)),
        ZonedDateTime.ofInstant(row.required(START_AT), ZoneId.of(row.required(START_ZONE))), end,
        row.optional(LOCATION), MeetingState.valueOf(row.required(STATE)), agenda.build(),
        ImmutableSet.copyOf(children.of(PARTICIPANTS)), ImmutableList.copyOf(children.of(GUESTS)));
  }

  @Override
  MeetingId id(String value) {
    return MeetingId.of(value);
  }
}
