package se.lokbra.storage.json.internal;

import static se.lokbra.storage.json.internal.ValueCodecs.array;
import static se.lokbra.storage.json.internal.ValueCodecs.enumField;
import static se.lokbra.storage.json.internal.ValueCodecs.field;
import static se.lokbra.storage.json.internal.ValueCodecs.optional;
import static se.lokbra.storage.json.internal.ValueCodecs.optionalString;
import static se.lokbra.storage.json.internal.ValueCodecs.string;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.time.Instant;
import java.time.Year;
import java.util.Optional;
import java.util.OptionalInt;
import se.lokbra.core.ValidationException;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.conference.ConferenceId;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.meeting.MeetingId;
import se.lokbra.core.meeting.MeetingState;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.AggregateKind;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.person.Person;
import se.lokbra.core.person.PersonId;

/**
 * The JSON form of the aggregates and of tombstones. An entity is one object: {@code id}, then its revision
 * ({@code version}, {@code created}, {@code modified}), then its fields in the order of the record's components.
 * An error met while reading an entity names the entity once its id has been read.
 */
public final class AggregateCodecs {
  private AggregateCodecs() {}

  private static void head(JsonGenerator out, Aggregate<?, ?> entity) throws IOException {
    string(out, "id", entity.id().value());
    ValueCodecs.writeRevisionFields(out, entity.revision());
  }

  private static JsonInputException inEntity(JsonInputException e, AggregateKind kind, EntityId id) {
    return id == null ? e : e.inEntity(kind.singular() + " '" + id.value() + "'");
  }

  // ---------------------------------------------------------------- organisation

  public static final Codec<Organisation> ORGANISATION = Codec.of((out, o) -> {
    out.writeStartObject();
    head(out, o);
    string(out, "name", o.name());
    enumField(out, "kind", o.kind());
    optional(out, "organisationNumber", o.organisationNumber(), ValueCodecs.ORGANISATION_NUMBER);
    optional(out, "municipality", o.municipality(), ValueCodecs.MUNICIPALITY_CODE);
    optional(out, "parent", o.parent(), ValueCodecs.ORGANISATION_ID);
    array(out, "identifiers", o.identifiers(), ValueCodecs.IDENTIFIER);
    if (!o.contact().isEmpty()) {
      field(out, "contact", o.contact(), ValueCodecs.CONTACT_DETAILS);
    }
    out.writeEndObject();
  }, AggregateCodecs::readOrganisation);

  private static final String ORGANISATION_FIELDS = "id, version, created, modified, name, kind, "
      + "organisationNumber, municipality, parent, identifiers, contact";

  private static Organisation readOrganisation(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    Organisation.Builder b = Organisation.builder();
    ValueCodecs.RevisionFields revision = new ValueCodecs.RevisionFields();
    OrganisationId id = null;
    try {
      for (String field; (field = in.nextField()) != null; ) {
        if (revision.read(field, in)) {
          continue;
        }
        switch (field) {
          case "id" -> b.id(id = ValueCodecs.ORGANISATION_ID.read(in));
          case "name" -> b.name(in.string());
          case "kind" -> b.kind(in.enumValue(OrganisationKind.class));
          case "organisationNumber" -> b.organisationNumber(Optional.of(ValueCodecs.ORGANISATION_NUMBER.read(in)));
          case "municipality" -> b.municipality(Optional.of(ValueCodecs.MUNICIPALITY_CODE.read(in)));
          case "parent" -> b.parent(Optional.of(ValueCodecs.ORGANISATION_ID.read(in)));
          case "identifiers" -> b.identifiers(in.list(ValueCodecs.IDENTIFIER));
          case "contact" -> b.contact(ValueCodecs.CONTACT_DETAILS.read(in));
          default -> throw in.unknownField(field, ORGANISATION_FIELDS);
        }
      }
      in.require(id, "id", start);
      b.revision(revision.revision(in, start));
      return in.construct(start, b::build);
    } catch (JsonInputException e) {
      throw inEntity(e, AggregateKind.ORGANISATION, id);
    }
  }

  // ---------------------------------------------------------------- person

  public static final Codec<Person> PERSON = Codec.of((out, p) -> {
    out.writeStartObject();
    head(out, p);
    string(out, "givenName", p.givenName());
    string(out, "familyName", p.familyName());
    optionalString(out, "title", p.title());
    optional(out, "party", p.party(), ValueCodecs.POLITICAL_PARTY);
    optional(out, "affiliation", p.affiliation(), ValueCodecs.ORGANISATION_ID);
    array(out, "identifiers", p.identifiers(), ValueCodecs.IDENTIFIER);
    if (!p.contact().isEmpty()) {
      field(out, "contact", p.contact(), ValueCodecs.CONTACT_DETAILS);
    }
    out.writeEndObject();
  }, AggregateCodecs::readPerson);

  private static final String PERSON_FIELDS = "id, version, created, modified, givenName, familyName, title, "
      + "party, affiliation, identifiers, contact";

  private static Person readPerson(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    Person.Builder b = Person.builder();
    ValueCodecs.RevisionFields revision = new ValueCodecs.RevisionFields();
    PersonId id = null;
    try {
      for (String field; (field = in.nextField()) != null; ) {
        if (revision.read(field, in)) {
          continue;
        }
        switch (field) {
          case "id" -> b.id(id = ValueCodecs.PERSON_ID.read(in));
          case "givenName" -> b.givenName(in.string());
          case "familyName" -> b.familyName(in.string());
          case "title" -> b.title(Optional.of(in.string()));
          case "party" -> b.party(Optional.of(ValueCodecs.POLITICAL_PARTY.read(in)));
          case "affiliation" -> b.affiliation(Optional.of(ValueCodecs.ORGANISATION_ID.read(in)));
          case "identifiers" -> b.identifiers(in.list(ValueCodecs.IDENTIFIER));
          case "contact" -> b.contact(ValueCodecs.CONTACT_DETAILS.read(in));
          default -> throw in.unknownField(field, PERSON_FIELDS);
        }
      }
      in.require(id, "id", start);
      b.revision(revision.revision(in, start));
      return in.construct(start, b::build);
    } catch (JsonInputException e) {
      throw inEntity(e, AggregateKind.PERSON, id);
    }
  }

  // ---------------------------------------------------------------- council

  public static final Codec<Council> COUNCIL = Codec.of((out, c) -> {
    out.writeStartObject();
    head(out, c);
    string(out, "name", c.name());
    optionalString(out, "shortName", c.shortName());
    array(out, "municipalities", c.municipalities(), ValueCodecs.MUNICIPALITY_CODE);
    if (c.founded().isPresent()) {
      out.writeNumberField("founded", c.founded().get().getValue());
    }
    if (c.meetingsPerYear().isPresent()) {
      out.writeNumberField("meetingsPerYear", c.meetingsPerYear().getAsInt());
    }
    array(out, "memberships", c.memberships(), ValueCodecs.MEMBERSHIP);
    out.writeEndObject();
  }, AggregateCodecs::readCouncil);

  private static final String COUNCIL_FIELDS = "id, version, created, modified, name, shortName, municipalities, "
      + "founded, meetingsPerYear, memberships";

  private static Council readCouncil(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    Council.Builder b = Council.builder();
    ValueCodecs.RevisionFields revision = new ValueCodecs.RevisionFields();
    CouncilId id = null;
    try {
      for (String field; (field = in.nextField()) != null; ) {
        if (revision.read(field, in)) {
          continue;
        }
        switch (field) {
          case "id" -> b.id(id = ValueCodecs.COUNCIL_ID.read(in));
          case "name" -> b.name(in.string());
          case "shortName" -> b.shortName(Optional.of(in.string()));
          case "municipalities" -> b.municipalities(in.set(ValueCodecs.MUNICIPALITY_CODE));
          case "founded" -> b.founded(Optional.of(year(in)));
          case "meetingsPerYear" -> b.meetingsPerYear(OptionalInt.of(in.intValue()));
          case "memberships" -> b.memberships(in.list(ValueCodecs.MEMBERSHIP));
          default -> throw in.unknownField(field, COUNCIL_FIELDS);
        }
      }
      in.require(id, "id", start);
      b.revision(revision.revision(in, start));
      return in.construct(start, b::build);
    } catch (JsonInputException e) {
      throw inEntity(e, AggregateKind.COUNCIL, id);
    }
  }

  private static Year year(JsonInput in) throws IOException {
    int value = in.intValue();
    if (value < 1000 || value > 9999) {
      throw in.error("invalid founded '" + value + "': must be a four-digit year");
    }
    return Year.of(value);
  }

  // ---------------------------------------------------------------- measure

  public static final Codec<Measure> MEASURE = Codec.of((out, m) -> {
    out.writeStartObject();
    head(out, m);
    field(out, "council", m.council(), ValueCodecs.COUNCIL_ID);
    string(out, "title", m.title());
    string(out, "description", m.description());
    enumField(out, "category", m.category());
    optionalString(out, "targetProblem", m.targetProblem());
    array(out, "responsibleOrganisations", m.responsibleOrganisations(), ValueCodecs.ORGANISATION_ID);
    array(out, "municipalities", m.municipalities(), ValueCodecs.MUNICIPALITY_CODE);
    optional(out, "period", m.period(), ValueCodecs.DATE_SPAN);
    enumField(out, "status", m.status());
    array(out, "followUps", m.followUps(), ValueCodecs.FOLLOW_UP);
    array(out, "goals", m.goals(), ValueCodecs.GOAL);
    out.writeEndObject();
  }, AggregateCodecs::readMeasure);

  private static final String MEASURE_FIELDS = "id, version, created, modified, council, title, description, "
      + "category, targetProblem, responsibleOrganisations, municipalities, period, status, followUps, goals";

  private static Measure readMeasure(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    Measure.Builder b = Measure.builder();
    ValueCodecs.RevisionFields revision = new ValueCodecs.RevisionFields();
    MeasureId id = null;
    try {
      for (String field; (field = in.nextField()) != null; ) {
        if (revision.read(field, in)) {
          continue;
        }
        switch (field) {
          case "id" -> b.id(id = ValueCodecs.MEASURE_ID.read(in));
          case "council" -> b.council(ValueCodecs.COUNCIL_ID.read(in));
          case "title" -> b.title(in.string());
          case "description" -> b.description(in.string());
          case "category" -> b.category(in.enumValue(MeasureCategory.class));
          case "targetProblem" -> b.targetProblem(Optional.of(in.string()));
          case "responsibleOrganisations" -> b.responsibleOrganisations(in.set(ValueCodecs.ORGANISATION_ID));
          case "municipalities" -> b.municipalities(in.set(ValueCodecs.MUNICIPALITY_CODE));
          case "period" -> b.period(Optional.of(ValueCodecs.DATE_SPAN.read(in)));
          case "status" -> b.status(in.enumValue(MeasureStatus.class));
          case "followUps" -> b.followUps(in.list(ValueCodecs.FOLLOW_UP));
          case "goals" -> b.goals(in.list(ValueCodecs.GOAL));
          default -> throw in.unknownField(field, MEASURE_FIELDS);
        }
      }
      in.require(id, "id", start);
      b.revision(revision.revision(in, start));
      return in.construct(start, b::build);
    } catch (JsonInputException e) {
      throw inEntity(e, AggregateKind.MEASURE, id);
    }
  }

  // ---------------------------------------------------------------- meeting

  public static final Codec<Meeting> MEETING = Codec.of((out, m) -> {
    out.writeStartObject();
    head(out, m);
    field(out, "council", m.council(), ValueCodecs.COUNCIL_ID);
    field(out, "start", m.start(), ValueCodecs.ZONED_DATE_TIME);
    optional(out, "end", m.end(), ValueCodecs.ZONED_DATE_TIME);
    optionalString(out, "location", m.location());
    enumField(out, "state", m.state());
    array(out, "agenda", m.agenda(), ValueCodecs.AGENDA_ITEM);
    array(out, "participants", m.participants(), ValueCodecs.PERSON_ID);
    array(out, "guests", m.guests(), ValueCodecs.GUEST);
    out.writeEndObject();
  }, AggregateCodecs::readMeeting);

  private static final String MEETING_FIELDS = "id, version, created, modified, council, start, end, location, "
      + "state, agenda, participants, guests";

  private static Meeting readMeeting(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    Meeting.Builder b = Meeting.builder();
    ValueCodecs.RevisionFields revision = new ValueCodecs.RevisionFields();
    MeetingId id = null;
    try {
      for (String field; (field = in.nextField()) != null; ) {
        if (revision.read(field, in)) {
          continue;
        }
        switch (field) {
          case "id" -> b.id(id = ValueCodecs.MEETING_ID.read(in));
          case "council" -> b.council(ValueCodecs.COUNCIL_ID.read(in));
          case "start" -> b.start(in.zonedDateTime());
          case "end" -> b.end(Optional.of(in.zonedDateTime()));
          case "location" -> b.location(Optional.of(in.string()));
          case "state" -> b.state(in.enumValue(MeetingState.class));
          case "agenda" -> b.agenda(in.list(ValueCodecs.AGENDA_ITEM));
          case "participants" -> b.participants(in.set(ValueCodecs.PERSON_ID));
          case "guests" -> b.guests(in.list(ValueCodecs.GUEST));
          default -> throw in.unknownField(field, MEETING_FIELDS);
        }
      }
      in.require(id, "id", start);
      b.revision(revision.revision(in, start));
      return in.construct(start, b::build);
    } catch (JsonInputException e) {
      throw inEntity(e, AggregateKind.MEETING, id);
    }
  }

  // ---------------------------------------------------------------- conference

  public static final Codec<Conference> CONFERENCE = Codec.of((out, c) -> {
    out.writeStartObject();
    head(out, c);
    string(out, "title", c.title());
    field(out, "start", c.start(), ValueCodecs.DATE);
    optional(out, "end", c.end(), ValueCodecs.DATE);
    optionalString(out, "venue", c.venue());
    array(out, "organisingCouncils", c.organisingCouncils(), ValueCodecs.COUNCIL_ID);
    array(out, "organisingOrganisations", c.organisingOrganisations(), ValueCodecs.ORGANISATION_ID);
    array(out, "speakers", c.speakers(), ValueCodecs.SPEAKER);
    string(out, "description", c.description());
    out.writeEndObject();
  }, AggregateCodecs::readConference);

  private static final String CONFERENCE_FIELDS = "id, version, created, modified, title, start, end, venue, "
      + "organisingCouncils, organisingOrganisations, speakers, description";

  private static Conference readConference(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    Conference.Builder b = Conference.builder();
    ValueCodecs.RevisionFields revision = new ValueCodecs.RevisionFields();
    ConferenceId id = null;
    try {
      for (String field; (field = in.nextField()) != null; ) {
        if (revision.read(field, in)) {
          continue;
        }
        switch (field) {
          case "id" -> b.id(id = ValueCodecs.CONFERENCE_ID.read(in));
          case "title" -> b.title(in.string());
          case "start" -> b.start(in.date());
          case "end" -> b.end(Optional.of(in.date()));
          case "venue" -> b.venue(Optional.of(in.string()));
          case "organisingCouncils" -> b.organisingCouncils(in.set(ValueCodecs.COUNCIL_ID));
          case "organisingOrganisations" -> b.organisingOrganisations(in.set(ValueCodecs.ORGANISATION_ID));
          case "speakers" -> b.speakers(in.list(ValueCodecs.SPEAKER));
          case "description" -> b.description(in.string());
          default -> throw in.unknownField(field, CONFERENCE_FIELDS);
        }
      }
      in.require(id, "id", start);
      b.revision(revision.revision(in, start));
      return in.construct(start, b::build);
    } catch (JsonInputException e) {
      throw inEntity(e, AggregateKind.CONFERENCE, id);
    }
  }

  // ---------------------------------------------------------------- tombstone

  /** {@code {"kind": "measure", "id": …, "version": …, "created": …, "deleted": …}}. */
  public static final Codec<Tombstone> TOMBSTONE = Codec.of((out, t) -> {
    out.writeStartObject();
    string(out, "kind", t.id().kind().singular());
    string(out, "id", t.id().value());
    out.writeNumberField("version", t.version());
    field(out, "created", t.created(), ValueCodecs.INSTANT_CODEC);
    field(out, "deleted", t.deleted(), ValueCodecs.INSTANT_CODEC);
    out.writeEndObject();
  }, AggregateCodecs::readTombstone);

  private static Tombstone readTombstone(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    AggregateKind kind = null;
    String id = null;
    Long version = null;
    Instant created = null;
    Instant deleted = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "kind" -> kind = kind(in);
        case "id" -> id = in.string();
        case "version" -> version = in.longValue();
        case "created" -> created = in.instant();
        case "deleted" -> deleted = in.instant();
        default -> throw in.unknownField(field, "kind, id, version, created, deleted");
      }
    }
    in.require(kind, "kind", start);
    in.require(id, "id", start);
    in.require(version, "version", start);
    in.require(created, "created", start);
    in.require(deleted, "deleted", start);
    AggregateKind k = kind;
    String i = id;
    long v = version;
    Instant c = created;
    Instant d = deleted;
    return in.construct(start, () -> new Tombstone(k.id(i), v, c, d));
  }

  private static AggregateKind kind(JsonInput in) throws IOException {
    String text = in.string();
    for (AggregateKind kind : AggregateKind.values()) {
      if (kind.singular().equals(text)) {
        return kind;
      }
    }
    throw in.error("'" + text + "' is not a kind of entity (organisation, person, council, measure, meeting, "
        + "conference)", new ValidationException("kind", text, "is not a kind of entity"));
  }

  /** The codec of {@code kind}'s aggregate type. */
  @SuppressWarnings("unchecked")
  public static <T extends Aggregate<?, ?>> Codec<T> of(AggregateKind kind) {
    return (Codec<T>) switch (kind) {
      case ORGANISATION -> ORGANISATION;
      case PERSON -> PERSON;
      case COUNCIL -> COUNCIL;
      case MEASURE -> MEASURE;
      case MEETING -> MEETING;
      case CONFERENCE -> CONFERENCE;
    };
  }
}
