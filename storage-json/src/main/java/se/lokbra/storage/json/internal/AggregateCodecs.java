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
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import se.lokbra.core.ValidationException;
import se.lokbra.core.agreement.CooperationAgreement;
import se.lokbra.core.agreement.CooperationAgreementId;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.conference.ConferenceId;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.indicator.IndicatorId;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.meeting.MeetingId;
import se.lokbra.core.meeting.MeetingState;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.person.Person;
import se.lokbra.core.person.PersonId;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.situation.SituationPicture;
import se.lokbra.core.situation.SituationPictureId;

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
    array(out, "targets", m.targets(), ValueCodecs.TARGET);
    optional(out, "actionPlan", m.actionPlan(), ValueCodecs.ACTION_PLAN_ID);
    out.writeEndObject();
  }, AggregateCodecs::readMeasure);

  private static final String MEASURE_FIELDS = "id, version, created, modified, council, title, description, "
      + "category, targetProblem, responsibleOrganisations, municipalities, period, status, followUps, goals, "
      + "targets, actionPlan";

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
          case "targets" -> b.targets(in.set(ValueCodecs.TARGET));
          case "actionPlan" -> b.actionPlan(Optional.of(ValueCodecs.ACTION_PLAN_ID.read(in)));
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

  // ---------------------------------------------------------------- situation picture

  public static final Codec<SituationPicture> SITUATION_PICTURE = Codec.of((out, s) -> {
    out.writeStartObject();
    head(out, s);
    string(out, "title", s.title());
    array(out, "municipalities", s.municipalities(), ValueCodecs.MUNICIPALITY_CODE);
    optional(out, "council", s.council(), ValueCodecs.COUNCIL_ID);
    optional(out, "date", s.date(), ValueCodecs.DATE);
    optional(out, "period", s.period(), ValueCodecs.DATE_SPAN);
    array(out, "producedBy", s.producedBy(), ValueCodecs.ORGANISATION_ID);
    array(out, "sources", s.sources(), ValueCodecs.SOURCE);
    string(out, "summary", s.summary());
    out.writeEndObject();
  }, AggregateCodecs::readSituationPicture);

  private static final String SITUATION_PICTURE_FIELDS = "id, version, created, modified, title, municipalities, "
      + "council, date, period, producedBy, sources, summary";

  private static SituationPicture readSituationPicture(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    SituationPicture.Builder b = SituationPicture.builder();
    ValueCodecs.RevisionFields revision = new ValueCodecs.RevisionFields();
    SituationPictureId id = null;
    try {
      for (String field; (field = in.nextField()) != null; ) {
        if (revision.read(field, in)) {
          continue;
        }
        switch (field) {
          case "id" -> b.id(id = ValueCodecs.SITUATION_PICTURE_ID.read(in));
          case "title" -> b.title(in.string());
          case "municipalities" -> b.municipalities(in.set(ValueCodecs.MUNICIPALITY_CODE));
          case "council" -> b.council(Optional.of(ValueCodecs.COUNCIL_ID.read(in)));
          case "date" -> b.date(Optional.of(in.date()));
          case "period" -> b.period(Optional.of(ValueCodecs.DATE_SPAN.read(in)));
          case "producedBy" -> b.producedBy(in.set(ValueCodecs.ORGANISATION_ID));
          case "sources" -> b.sources(in.list(ValueCodecs.SOURCE));
          case "summary" -> b.summary(in.string());
          default -> throw in.unknownField(field, SITUATION_PICTURE_FIELDS);
        }
      }
      in.require(id, "id", start);
      b.revision(revision.revision(in, start));
      return in.construct(start, b::build);
    } catch (JsonInputException e) {
      throw inEntity(e, AggregateKind.SITUATION_PICTURE, id);
    }
  }

  // ---------------------------------------------------------------- problem

  public static final Codec<Problem> PROBLEM = Codec.of((out, p) -> {
    out.writeStartObject();
    head(out, p);
    optional(out, "situationPicture", p.situationPicture(), ValueCodecs.SITUATION_PICTURE_ID);
    string(out, "title", p.title());
    string(out, "description", p.description());
    optionalString(out, "place", p.place());
    if (p.priority().isPresent()) {
      out.writeNumberField("priority", p.priority().getAsInt());
    }
    array(out, "causes", p.causes(), ValueCodecs.CAUSE);
    out.writeEndObject();
  }, AggregateCodecs::readProblem);

  private static final String PROBLEM_FIELDS = "id, version, created, modified, situationPicture, title, "
      + "description, place, priority, causes";

  private static Problem readProblem(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    Problem.Builder b = Problem.builder();
    ValueCodecs.RevisionFields revision = new ValueCodecs.RevisionFields();
    ProblemId id = null;
    try {
      for (String field; (field = in.nextField()) != null; ) {
        if (revision.read(field, in)) {
          continue;
        }
        switch (field) {
          case "id" -> b.id(id = ValueCodecs.PROBLEM_ID.read(in));
          case "situationPicture" -> b.situationPicture(Optional.of(ValueCodecs.SITUATION_PICTURE_ID.read(in)));
          case "title" -> b.title(in.string());
          case "description" -> b.description(in.string());
          case "place" -> b.place(Optional.of(in.string()));
          case "priority" -> b.priority(OptionalInt.of(in.intValue()));
          case "causes" -> b.causes(in.list(ValueCodecs.CAUSE));
          default -> throw in.unknownField(field, PROBLEM_FIELDS);
        }
      }
      in.require(id, "id", start);
      b.revision(revision.revision(in, start));
      return in.construct(start, b::build);
    } catch (JsonInputException e) {
      throw inEntity(e, AggregateKind.PROBLEM, id);
    }
  }

  // ---------------------------------------------------------------- indicator

  public static final Codec<Indicator> INDICATOR = Codec.of((out, i) -> {
    out.writeStartObject();
    head(out, i);
    field(out, "problem", i.problem(), ValueCodecs.PROBLEM_ID);
    string(out, "name", i.name());
    optionalString(out, "unit", i.unit());
    optional(out, "baseline", i.baseline(), ValueCodecs.MEASUREMENT);
    array(out, "values", i.values(), ValueCodecs.MEASUREMENT);
    out.writeEndObject();
  }, AggregateCodecs::readIndicator);

  private static final String INDICATOR_FIELDS = "id, version, created, modified, problem, name, unit, baseline, "
      + "values";

  private static Indicator readIndicator(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    Indicator.Builder b = Indicator.builder();
    ValueCodecs.RevisionFields revision = new ValueCodecs.RevisionFields();
    IndicatorId id = null;
    try {
      for (String field; (field = in.nextField()) != null; ) {
        if (revision.read(field, in)) {
          continue;
        }
        switch (field) {
          case "id" -> b.id(id = ValueCodecs.INDICATOR_ID.read(in));
          case "problem" -> b.problem(ValueCodecs.PROBLEM_ID.read(in));
          case "name" -> b.name(in.string());
          case "unit" -> b.unit(Optional.of(in.string()));
          case "baseline" -> b.baseline(Optional.of(ValueCodecs.MEASUREMENT.read(in)));
          case "values" -> b.values(in.list(ValueCodecs.MEASUREMENT));
          default -> throw in.unknownField(field, INDICATOR_FIELDS);
        }
      }
      in.require(id, "id", start);
      b.revision(revision.revision(in, start));
      return in.construct(start, b::build);
    } catch (JsonInputException e) {
      throw inEntity(e, AggregateKind.INDICATOR, id);
    }
  }

  // ---------------------------------------------------------------- cooperation agreement

  public static final Codec<CooperationAgreement> COOPERATION_AGREEMENT = Codec.of((out, a) -> {
    out.writeStartObject();
    head(out, a);
    string(out, "title", a.title());
    array(out, "parties", a.parties(), ValueCodecs.ORGANISATION_ID);
    array(out, "signatories", a.signatories(), ValueCodecs.SIGNATORY);
    field(out, "period", a.period(), ValueCodecs.DATE_SPAN);
    array(out, "problems", a.problems(), ValueCodecs.PROBLEM_ID);
    array(out, "goals", a.goals(), ValueCodecs.AGREEMENT_GOAL);
    array(out, "followUpDates", a.followUpDates(), ValueCodecs.DATE);
    array(out, "promises", a.promises(), ValueCodecs.CITIZEN_PROMISE);
    out.writeEndObject();
  }, AggregateCodecs::readCooperationAgreement);

  private static final String COOPERATION_AGREEMENT_FIELDS = "id, version, created, modified, title, parties, "
      + "signatories, period, problems, goals, followUpDates, promises";

  private static CooperationAgreement readCooperationAgreement(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    CooperationAgreement.Builder b = CooperationAgreement.builder();
    ValueCodecs.RevisionFields revision = new ValueCodecs.RevisionFields();
    CooperationAgreementId id = null;
    try {
      for (String field; (field = in.nextField()) != null; ) {
        if (revision.read(field, in)) {
          continue;
        }
        switch (field) {
          case "id" -> b.id(id = ValueCodecs.COOPERATION_AGREEMENT_ID.read(in));
          case "title" -> b.title(in.string());
          case "parties" -> b.parties(in.set(ValueCodecs.ORGANISATION_ID));
          case "signatories" -> b.signatories(in.list(ValueCodecs.SIGNATORY));
          case "period" -> b.period(ValueCodecs.DATE_SPAN.read(in));
          case "problems" -> b.problems(in.set(ValueCodecs.PROBLEM_ID));
          case "goals" -> b.goals(in.list(ValueCodecs.AGREEMENT_GOAL));
          case "followUpDates" -> b.followUpDates(in.list(ValueCodecs.DATE));
          case "promises" -> b.promises(in.list(ValueCodecs.CITIZEN_PROMISE));
          default -> throw in.unknownField(field, COOPERATION_AGREEMENT_FIELDS);
        }
      }
      in.require(id, "id", start);
      b.revision(revision.revision(in, start));
      return in.construct(start, b::build);
    } catch (JsonInputException e) {
      throw inEntity(e, AggregateKind.COOPERATION_AGREEMENT, id);
    }
  }

  // ---------------------------------------------------------------- action plan

  public static final Codec<ActionPlan> ACTION_PLAN = Codec.of((out, p) -> {
    out.writeStartObject();
    head(out, p);
    string(out, "title", p.title());
    array(out, "municipalities", p.municipalities(), ValueCodecs.MUNICIPALITY_CODE);
    optional(out, "council", p.council(), ValueCodecs.COUNCIL_ID);
    optional(out, "decision", p.decision(), ValueCodecs.DECISION);
    optional(out, "period", p.period(), ValueCodecs.DATE_SPAN);
    array(out, "followUpDates", p.followUpDates(), ValueCodecs.DATE);
    out.writeEndObject();
  }, AggregateCodecs::readActionPlan);

  private static final String ACTION_PLAN_FIELDS = "id, version, created, modified, title, municipalities, council, "
      + "decision, period, followUpDates";

  private static ActionPlan readActionPlan(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    ActionPlan.Builder b = ActionPlan.builder();
    ValueCodecs.RevisionFields revision = new ValueCodecs.RevisionFields();
    ActionPlanId id = null;
    try {
      for (String field; (field = in.nextField()) != null; ) {
        if (revision.read(field, in)) {
          continue;
        }
        switch (field) {
          case "id" -> b.id(id = ValueCodecs.ACTION_PLAN_ID.read(in));
          case "title" -> b.title(in.string());
          case "municipalities" -> b.municipalities(in.set(ValueCodecs.MUNICIPALITY_CODE));
          case "council" -> b.council(Optional.of(ValueCodecs.COUNCIL_ID.read(in)));
          case "decision" -> b.decision(Optional.of(ValueCodecs.DECISION.read(in)));
          case "period" -> b.period(Optional.of(ValueCodecs.DATE_SPAN.read(in)));
          case "followUpDates" -> b.followUpDates(in.list(ValueCodecs.DATE));
          default -> throw in.unknownField(field, ACTION_PLAN_FIELDS);
        }
      }
      in.require(id, "id", start);
      b.revision(revision.revision(in, start));
      return in.construct(start, b::build);
    } catch (JsonInputException e) {
      throw inEntity(e, AggregateKind.ACTION_PLAN, id);
    }
  }

  // ---------------------------------------------------------------- tombstone

  /**
   * {@code {"kind": "measure", "id": …, "version": …, "created": …, "deleted": …}}; the kind is written as
   * {@link #kindName}.
   */
  public static final Codec<Tombstone> TOMBSTONE = Codec.of((out, t) -> {
    out.writeStartObject();
    string(out, "kind", kindName(t.id().kind()));
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

  /**
   * A kind as a tombstone names it: {@link AggregateKind#singular()} with {@code _} for a space
   * ({@code situation_picture}), so that it is one token like the directory names.
   */
  public static String kindName(AggregateKind kind) {
    return kind.singular().replace(' ', '_');
  }

  private static final String KIND_NAMES = Arrays.stream(AggregateKind.values()).map(AggregateCodecs::kindName)
      .collect(Collectors.joining(", "));

  private static AggregateKind kind(JsonInput in) throws IOException {
    String text = in.string();
    for (AggregateKind kind : AggregateKind.values()) {
      if (kindName(kind).equals(text)) {
        return kind;
      }
    }
    throw in.error("'" + text + "' is not a kind of entity (" + KIND_NAMES + ")",
        new ValidationException("kind", text, "is not a kind of entity"));
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
      case SITUATION_PICTURE -> SITUATION_PICTURE;
      case PROBLEM -> PROBLEM;
      case INDICATOR -> INDICATOR;
      case COOPERATION_AGREEMENT -> COOPERATION_AGREEMENT;
      case ACTION_PLAN -> ACTION_PLAN;
    };
  }
}
