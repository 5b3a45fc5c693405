package se.lokbra.storage.jdbc.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.conference.ConferenceId;
import se.lokbra.core.conference.Speaker;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.person.PersonId;

/**
 * {@link Conference} ↔ table {@code conference} and its child tables. The last day (end, or start for a one-day
 * conference) is kept as a column for the date queries.
 */
final class ConferenceMapping extends AggregateMapping<Conference, ConferenceId> {
  static final Column<String> TITLE = Column.text("title");
  static final Column<LocalDate> START = Column.date("start_date");
  static final Column<LocalDate> END = Column.date("end_date");
  static final Column<LocalDate> LAST_DAY = Column.date("last_day");
  static final Column<String> VENUE = Column.text("venue");
  static final Column<String> DESCRIPTION = Column.text("description");

  static final Column<String> CONFERENCE_ID = Column.text("conference_id");
  static final Column<String> COUNCIL = Column.reference("council_id", AggregateKind.COUNCIL);
  static final ChildTable<Conference, CouncilId> COUNCILS = ChildTable.of("conference_organising_council",
      CONFERENCE_ID, List.of(POSITION, COUNCIL), Conference::organisingCouncils,
      (e, i, row) -> row.set(POSITION, i).set(COUNCIL, e.value()), row -> CouncilId.of(row.required(COUNCIL)));

  static final Column<String> ORGANISATION = Column.reference("organisation_id", AggregateKind.ORGANISATION);
  static final ChildTable<Conference, OrganisationId> ORGANISATIONS = ChildTable.of(
      "conference_organising_organisation", CONFERENCE_ID, List.of(POSITION, ORGANISATION),
      Conference::organisingOrganisations, (e, i, row) -> row.set(POSITION, i).set(ORGANISATION, e.value()),
      row -> OrganisationId.of(row.required(ORGANISATION)));

  static final Column<String> PERSON = Column.reference("person_id", AggregateKind.PERSON);
  static final Column<String> TOPIC = Column.text("topic");
  static final ChildTable<Conference, Speaker> SPEAKERS = ChildTable.of("conference_speaker", CONFERENCE_ID,
      List.of(POSITION, PERSON, TOPIC), Conference::speakers,
      (e, i, row) -> row.set(POSITION, i).set(PERSON, e.person().value()).set(TOPIC, e.topic()),
      row -> new Speaker(PersonId.of(row.required(PERSON)), row.optional(TOPIC)));

  ConferenceMapping() {
    super(AggregateKind.CONFERENCE, "conference", List.of(TITLE, START, END, LAST_DAY, VENUE, DESCRIPTION),
        List.of(COUNCILS, ORGANISATIONS, SPEAKERS), Map.of("start", START, "title", TITLE), Set.of());
  }

  @Override
  void write(Conference c, Values row) {
    row.set(TITLE, c.title())
        .set(START, c.start())
        .set(END, c.end())
        .set(LAST_DAY, c.lastDay())
        .set(VENUE, c.venue())
        .set(DESCRIPTION, c.description());
  }

  @Override
  Conference read(Values row, Children children) {
    return new Conference(id(row.required(ID)), revision(row), row.required(TITLE), row.required(START),
        row.optional(END), row.optional(VENUE), ImmutableSet.copyOf(children.of(COUNCILS)),
        ImmutableSet.copyOf(children.of(ORGANISATIONS)), ImmutableList.copyOf(children.of(SPEAKERS)),
        row.required(DESCRIPTION));
  }

  @Override
  ConferenceId id(String value) {
    return ConferenceId.of(value);
  }
}
