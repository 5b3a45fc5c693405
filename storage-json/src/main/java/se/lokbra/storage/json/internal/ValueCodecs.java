package se.lokbra.storage.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import se.lokbra.core.ValidationException;
import se.lokbra.core.agreement.AgreementGoal;
import se.lokbra.core.agreement.CitizenPromise;
import se.lokbra.core.agreement.CooperationAgreementId;
import se.lokbra.core.agreement.PromiseStatus;
import se.lokbra.core.agreement.Signatory;
import se.lokbra.core.conference.ConferenceId;
import se.lokbra.core.conference.Speaker;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.council.Membership;
import se.lokbra.core.council.Role;
import se.lokbra.core.indicator.IndicatorId;
import se.lokbra.core.indicator.Measurement;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.FollowUpOutcome;
import se.lokbra.core.measure.Goal;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.measure.Target;
import se.lokbra.core.meeting.AgendaItem;
import se.lokbra.core.meeting.Guest;
import se.lokbra.core.meeting.MeetingId;
import se.lokbra.core.model.ContactDetails;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.EmailAddress;
import se.lokbra.core.model.Identifier;
import se.lokbra.core.model.MandatePeriod;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.OrganisationNumber;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.model.PhoneNumber;
import se.lokbra.core.model.PoliticalParty;
import se.lokbra.core.model.PostalAddress;
import se.lokbra.core.model.Revision;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.person.PersonId;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.plan.Decision;
import se.lokbra.core.problem.Cause;
import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.situation.SituationPictureId;
import se.lokbra.core.situation.Source;
import se.lokbra.core.situation.SourceKind;

/**
 * The JSON form of lokbra's value objects. Simple values are strings in their canonical text form (ids, codes,
 * numbers, partial dates); composite values are objects whose keys follow the record components. An absent
 * {@link Optional} is left out; a list or set is always written, {@code []} when empty, and may be left out when
 * read (it is then empty).
 */
public final class ValueCodecs {
  /** Instants always with six fractional digits, so that a timestamp has one spelling and a fixed width. */
  static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder().appendInstant(6).toFormatter(Locale.ROOT);

  private ValueCodecs() {}

  // ---------------------------------------------------------------- text values

  static <T> Codec<T> text(Function<T, String> format, Function<String, T> parse) {
    return Codec.of((out, value) -> out.writeString(format.apply(value)), in -> in.parse(parse));
  }

  public static final Codec<CouncilId> COUNCIL_ID = text(CouncilId::value, CouncilId::of);
  public static final Codec<OrganisationId> ORGANISATION_ID = text(OrganisationId::value, OrganisationId::of);
  public static final Codec<PersonId> PERSON_ID = text(PersonId::value, PersonId::of);
  public static final Codec<MeasureId> MEASURE_ID = text(MeasureId::value, MeasureId::of);
  public static final Codec<MeetingId> MEETING_ID = text(MeetingId::value, MeetingId::of);
  public static final Codec<ConferenceId> CONFERENCE_ID = text(ConferenceId::value, ConferenceId::of);
  public static final Codec<SituationPictureId> SITUATION_PICTURE_ID =
      text(SituationPictureId::value, SituationPictureId::of);
  public static final Codec<ProblemId> PROBLEM_ID = text(ProblemId::value, ProblemId::of);
  public static final Codec<IndicatorId> INDICATOR_ID = text(IndicatorId::value, IndicatorId::of);
  public static final Codec<CooperationAgreementId> COOPERATION_AGREEMENT_ID =
      text(CooperationAgreementId::value, CooperationAgreementId::of);
  public static final Codec<ActionPlanId> ACTION_PLAN_ID = text(ActionPlanId::value, ActionPlanId::of);

  public static final Codec<MunicipalityCode> MUNICIPALITY_CODE = text(MunicipalityCode::value, MunicipalityCode::of);
  /** Always {@code NNNNNN-NNNN}, the form the domain prints. */
  public static final Codec<OrganisationNumber> ORGANISATION_NUMBER =
      text(OrganisationNumber::value, OrganisationNumber::new);
  /** {@code 2019-2022}: ASCII, accepted by {@link MandatePeriod#parse}. */
  public static final Codec<MandatePeriod> MANDATE_PERIOD =
      text(p -> p.startYear() + "-" + p.endYear(), MandatePeriod::parse);
  /** {@code 2018}, {@code 2018-05} or {@code 2018-05-14}. */
  public static final Codec<PartialDate> PARTIAL_DATE = text(PartialDate::toString, PartialDate::parse);
  public static final Codec<EmailAddress> EMAIL_ADDRESS = text(EmailAddress::value, EmailAddress::of);
  public static final Codec<PhoneNumber> PHONE_NUMBER = text(PhoneNumber::value, PhoneNumber::of);

  static final Codec<LocalDate> DATE = Codec.of((out, d) -> out.writeString(d.toString()), JsonInput::date);
  static final Codec<Instant> INSTANT_CODEC =
      Codec.of((out, i) -> out.writeString(INSTANT.format(i)), JsonInput::instant);
  /** With the offset and, for a region, the zone id in brackets, so that the value round-trips with its zone. */
  static final Codec<ZonedDateTime> ZONED_DATE_TIME = Codec.of(
      (out, t) -> out.writeString(DateTimeFormatter.ISO_ZONED_DATE_TIME.format(t)), JsonInput::zonedDateTime);

  private static URI website(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new ValidationException("contact.website", text, "must be a URL: " + e.getReason());
    }
  }

  // ---------------------------------------------------------------- writing helpers

  static void string(JsonGenerator out, String name, String value) throws IOException {
    out.writeStringField(name, value);
  }

  static void optionalString(JsonGenerator out, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      out.writeStringField(name, value.get());
    }
  }

  static <T> void field(JsonGenerator out, String name, T value, Codec<T> codec) throws IOException {
    out.writeFieldName(name);
    codec.write(out, value);
  }

  static <T> void optional(JsonGenerator out, String name, Optional<T> value, Codec<T> codec) throws IOException {
    if (value.isPresent()) {
      field(out, name, value.get(), codec);
    }
  }

  static <T> void array(JsonGenerator out, String name, Iterable<T> values, Codec<T> codec) throws IOException {
    out.writeArrayFieldStart(name);
    for (T value : values) {
      codec.write(out, value);
    }
    out.writeEndArray();
  }

  static void enumField(JsonGenerator out, String name, Enum<?> value) throws IOException {
    out.writeStringField(name, value.name());
  }

  /** An exact decimal as a JSON number in plain notation (never {@code 1E+3}), with the digits the value keeps. */
  static void decimal(JsonGenerator out, String name, BigDecimal value) throws IOException {
    out.writeFieldName(name);
    out.writeNumber(value.toPlainString());
  }

  // ---------------------------------------------------------------- composite values

  public static final Codec<DateSpan> DATE_SPAN = Codec.of((out, span) -> {
    out.writeStartObject();
    field(out, "start", span.start(), PARTIAL_DATE);
    optional(out, "end", span.end(), PARTIAL_DATE);
    out.writeEndObject();
  }, ValueCodecs::readDateSpan);

  private static DateSpan readDateSpan(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    PartialDate first = null;
    Optional<PartialDate> end = Optional.empty();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "start" -> first = PARTIAL_DATE.read(in);
        case "end" -> end = Optional.of(PARTIAL_DATE.read(in));
        default -> throw in.unknownField(field, "start, end");
      }
    }
    in.require(first, "start", start);
    PartialDate s = first;
    Optional<PartialDate> e = end;
    return in.construct(start, () -> new DateSpan(s, e));
  }

  public static final Codec<Identifier> IDENTIFIER = Codec.of((out, id) -> {
    out.writeStartObject();
    string(out, "scheme", id.scheme());
    string(out, "value", id.value());
    out.writeEndObject();
  }, ValueCodecs::readIdentifier);

  private static Identifier readIdentifier(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    String scheme = null;
    String value = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "scheme" -> scheme = in.string();
        case "value" -> value = in.string();
        default -> throw in.unknownField(field, "scheme, value");
      }
    }
    String s = scheme;
    String v = value;
    return in.construct(start, () -> new Identifier(s, v));
  }

  public static final Codec<PoliticalParty> POLITICAL_PARTY = Codec.of((out, party) -> {
    out.writeStartObject();
    string(out, "abbreviation", party.abbreviation());
    string(out, "name", party.name());
    out.writeEndObject();
  }, ValueCodecs::readParty);

  private static PoliticalParty readParty(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    String abbreviation = null;
    String name = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "abbreviation" -> abbreviation = in.string();
        case "name" -> name = in.string();
        default -> throw in.unknownField(field, "abbreviation, name");
      }
    }
    String a = abbreviation;
    String n = name;
    return in.construct(start, () -> new PoliticalParty(a, n));
  }

  public static final Codec<PostalAddress> POSTAL_ADDRESS = Codec.of((out, address) -> {
    out.writeStartObject();
    string(out, "street", address.street());
    optionalString(out, "postalCode", address.postalCode());
    string(out, "locality", address.locality());
    string(out, "countryCode", address.countryCode());
    out.writeEndObject();
  }, ValueCodecs::readAddress);

  private static PostalAddress readAddress(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    String street = null;
    Optional<String> postalCode = Optional.empty();
    String locality = null;
    String countryCode = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "street" -> street = in.string();
        case "postalCode" -> postalCode = Optional.of(in.string());
        case "locality" -> locality = in.string();
        case "countryCode" -> countryCode = in.string();
        default -> throw in.unknownField(field, "street, postalCode, locality, countryCode");
      }
    }
    String s = street;
    Optional<String> p = postalCode;
    String l = locality;
    String c = countryCode;
    return in.construct(start, () -> new PostalAddress(s, p, l, c));
  }

  /** Contact details; every part is optional, and {@link ContactDetails#NONE} is the empty object. */
  public static final Codec<ContactDetails> CONTACT_DETAILS = Codec.of((out, contact) -> {
    out.writeStartObject();
    optional(out, "email", contact.email(), EMAIL_ADDRESS);
    optional(out, "phone", contact.phone(), PHONE_NUMBER);
    optional(out, "address", contact.address(), POSTAL_ADDRESS);
    if (contact.website().isPresent()) {
      string(out, "website", contact.website().get().toString());
    }
    out.writeEndObject();
  }, ValueCodecs::readContact);

  private static ContactDetails readContact(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    Optional<EmailAddress> email = Optional.empty();
    Optional<PhoneNumber> phone = Optional.empty();
    Optional<PostalAddress> address = Optional.empty();
    Optional<URI> website = Optional.empty();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "email" -> email = Optional.of(EMAIL_ADDRESS.read(in));
        case "phone" -> phone = Optional.of(PHONE_NUMBER.read(in));
        case "address" -> address = Optional.of(POSTAL_ADDRESS.read(in));
        case "website" -> website = Optional.of(in.parse(ValueCodecs::website));
        default -> throw in.unknownField(field, "email, phone, address, website");
      }
    }
    Optional<EmailAddress> e = email;
    Optional<PhoneNumber> p = phone;
    Optional<PostalAddress> a = address;
    Optional<URI> w = website;
    return in.construct(start, () -> new ContactDetails(e, p, a, w));
  }

  public static final Codec<Membership> MEMBERSHIP = Codec.of((out, m) -> {
    out.writeStartObject();
    optional(out, "organisation", m.organisation(), ORGANISATION_ID);
    optional(out, "person", m.person(), PERSON_ID);
    enumField(out, "role", m.role());
    field(out, "start", m.start(), DATE);
    optional(out, "end", m.end(), DATE);
    out.writeEndObject();
  }, ValueCodecs::readMembership);

  private static Membership readMembership(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    Optional<OrganisationId> organisation = Optional.empty();
    Optional<PersonId> person = Optional.empty();
    Role role = null;
    LocalDate first = null;
    Optional<LocalDate> end = Optional.empty();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "organisation" -> organisation = Optional.of(ORGANISATION_ID.read(in));
        case "person" -> person = Optional.of(PERSON_ID.read(in));
        case "role" -> role = in.enumValue(Role.class);
        case "start" -> first = in.date();
        case "end" -> end = Optional.of(in.date());
        default -> throw in.unknownField(field, "organisation, person, role, start, end");
      }
    }
    in.require(role, "role", start);
    in.require(first, "start", start);
    Optional<OrganisationId> o = organisation;
    Optional<PersonId> p = person;
    Role r = role;
    LocalDate s = first;
    Optional<LocalDate> e = end;
    return in.construct(start, () -> new Membership(o, p, r, s, e));
  }

  public static final Codec<FollowUp> FOLLOW_UP = Codec.of((out, f) -> {
    out.writeStartObject();
    field(out, "date", f.date(), DATE);
    string(out, "note", f.note());
    enumField(out, "outcome", f.outcome());
    optional(out, "meeting", f.meeting(), MEETING_ID);
    out.writeEndObject();
  }, ValueCodecs::readFollowUp);

  private static FollowUp readFollowUp(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    LocalDate date = null;
    String note = "";
    FollowUpOutcome outcome = null;
    Optional<MeetingId> meeting = Optional.empty();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "date" -> date = in.date();
        case "note" -> note = in.string();
        case "outcome" -> outcome = in.enumValue(FollowUpOutcome.class);
        case "meeting" -> meeting = Optional.of(MEETING_ID.read(in));
        default -> throw in.unknownField(field, "date, note, outcome, meeting");
      }
    }
    in.require(date, "date", start);
    in.require(outcome, "outcome", start);
    LocalDate d = date;
    String n = note;
    FollowUpOutcome o = outcome;
    Optional<MeetingId> m = meeting;
    return in.construct(start, () -> new FollowUp(d, n, o, m));
  }

  /** The target is a JSON number written in plain notation with exactly the digits the goal keeps. */
  public static final Codec<Goal> GOAL = Codec.of((out, g) -> {
    out.writeStartObject();
    string(out, "indicator", g.indicator());
    decimal(out, "target", g.target());
    optionalString(out, "unit", g.unit());
    out.writeEndObject();
  }, ValueCodecs::readGoal);

  private static Goal readGoal(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    String indicator = null;
    BigDecimal target = null;
    Optional<String> unit = Optional.empty();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "indicator" -> indicator = in.string();
        case "target" -> target = in.decimal();
        case "unit" -> unit = Optional.of(in.string());
        default -> throw in.unknownField(field, "indicator, target, unit");
      }
    }
    in.require(indicator, "indicator", start);
    in.require(target, "target", start);
    String i = indicator;
    BigDecimal t = target;
    Optional<String> u = unit;
    return in.construct(start, () -> new Goal(i, t, u));
  }

  // ---------------------------------------------------------------- the knowledge-based cycle

  public static final Codec<Source> SOURCE = Codec.of((out, s) -> {
    out.writeStartObject();
    enumField(out, "kind", s.kind());
    string(out, "description", s.description());
    optional(out, "date", s.date(), DATE);
    out.writeEndObject();
  }, ValueCodecs::readSource);

  private static Source readSource(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    SourceKind kind = null;
    String description = null;
    Optional<LocalDate> date = Optional.empty();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "kind" -> kind = in.enumValue(SourceKind.class);
        case "description" -> description = in.string();
        case "date" -> date = Optional.of(in.date());
        default -> throw in.unknownField(field, "kind, description, date");
      }
    }
    in.require(kind, "kind", start);
    in.require(description, "description", start);
    SourceKind k = kind;
    String d = description;
    Optional<LocalDate> t = date;
    return in.construct(start, () -> new Source(k, d, t));
  }

  public static final Codec<Cause> CAUSE = Codec.of((out, c) -> {
    out.writeStartObject();
    string(out, "key", c.key());
    string(out, "description", c.description());
    out.writeEndObject();
  }, ValueCodecs::readCause);

  private static Cause readCause(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    String key = null;
    String description = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "key" -> key = in.string();
        case "description" -> description = in.string();
        default -> throw in.unknownField(field, "key, description");
      }
    }
    in.require(key, "key", start);
    in.require(description, "description", start);
    String k = key;
    String d = description;
    return in.construct(start, () -> new Cause(k, d));
  }

  /** The value is a JSON number in plain notation, with exactly the digits the measurement keeps. */
  public static final Codec<Measurement> MEASUREMENT = Codec.of((out, m) -> {
    out.writeStartObject();
    field(out, "date", m.date(), DATE);
    decimal(out, "value", m.value());
    optionalString(out, "source", m.source());
    out.writeEndObject();
  }, ValueCodecs::readMeasurement);

  private static Measurement readMeasurement(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    LocalDate date = null;
    BigDecimal value = null;
    Optional<String> source = Optional.empty();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "date" -> date = in.date();
        case "value" -> value = in.decimal();
        case "source" -> source = Optional.of(in.string());
        default -> throw in.unknownField(field, "date, value, source");
      }
    }
    in.require(date, "date", start);
    in.require(value, "value", start);
    LocalDate d = date;
    BigDecimal v = value;
    Optional<String> s = source;
    return in.construct(start, () -> new Measurement(d, v, s));
  }

  public static final Codec<Signatory> SIGNATORY = Codec.of((out, s) -> {
    out.writeStartObject();
    field(out, "person", s.person(), PERSON_ID);
    string(out, "role", s.role());
    field(out, "onBehalfOf", s.onBehalfOf(), ORGANISATION_ID);
    optional(out, "signedOn", s.signedOn(), DATE);
    out.writeEndObject();
  }, ValueCodecs::readSignatory);

  private static Signatory readSignatory(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    PersonId person = null;
    String role = null;
    OrganisationId onBehalfOf = null;
    Optional<LocalDate> signedOn = Optional.empty();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "person" -> person = PERSON_ID.read(in);
        case "role" -> role = in.string();
        case "onBehalfOf" -> onBehalfOf = ORGANISATION_ID.read(in);
        case "signedOn" -> signedOn = Optional.of(in.date());
        default -> throw in.unknownField(field, "person, role, onBehalfOf, signedOn");
      }
    }
    in.require(person, "person", start);
    in.require(role, "role", start);
    in.require(onBehalfOf, "onBehalfOf", start);
    PersonId p = person;
    String r = role;
    OrganisationId o = onBehalfOf;
    Optional<LocalDate> s = signedOn;
    return in.construct(start, () -> new Signatory(p, r, o, s));
  }

  /** The target is a JSON number in plain notation, with exactly the digits the goal keeps. */
  public static final Codec<AgreementGoal> AGREEMENT_GOAL = Codec.of((out, g) -> {
    out.writeStartObject();
    field(out, "indicator", g.indicator(), INDICATOR_ID);
    decimal(out, "target", g.target());
    field(out, "byWhen", g.byWhen(), DATE);
    out.writeEndObject();
  }, ValueCodecs::readAgreementGoal);

  private static AgreementGoal readAgreementGoal(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    IndicatorId indicator = null;
    BigDecimal target = null;
    LocalDate byWhen = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "indicator" -> indicator = INDICATOR_ID.read(in);
        case "target" -> target = in.decimal();
        case "byWhen" -> byWhen = in.date();
        default -> throw in.unknownField(field, "indicator, target, byWhen");
      }
    }
    in.require(indicator, "indicator", start);
    in.require(target, "target", start);
    in.require(byWhen, "byWhen", start);
    IndicatorId i = indicator;
    BigDecimal t = target;
    LocalDate b = byWhen;
    return in.construct(start, () -> new AgreementGoal(i, t, b));
  }

  public static final Codec<CitizenPromise> CITIZEN_PROMISE = Codec.of((out, p) -> {
    out.writeStartObject();
    string(out, "text", p.text());
    field(out, "responsible", p.responsible(), ORGANISATION_ID);
    optional(out, "period", p.period(), DATE_SPAN);
    enumField(out, "status", p.status());
    out.writeEndObject();
  }, ValueCodecs::readCitizenPromise);

  private static CitizenPromise readCitizenPromise(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    String text = null;
    OrganisationId responsible = null;
    Optional<DateSpan> period = Optional.empty();
    PromiseStatus status = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "text" -> text = in.string();
        case "responsible" -> responsible = ORGANISATION_ID.read(in);
        case "period" -> period = Optional.of(DATE_SPAN.read(in));
        case "status" -> status = in.enumValue(PromiseStatus.class);
        default -> throw in.unknownField(field, "text, responsible, period, status");
      }
    }
    in.require(text, "text", start);
    in.require(responsible, "responsible", start);
    in.require(status, "status", start);
    String t = text;
    OrganisationId r = responsible;
    Optional<DateSpan> p = period;
    PromiseStatus s = status;
    return in.construct(start, () -> new CitizenPromise(t, r, p, s));
  }

  public static final Codec<Decision> DECISION = Codec.of((out, d) -> {
    out.writeStartObject();
    field(out, "date", d.date(), DATE);
    string(out, "body", d.body());
    out.writeEndObject();
  }, ValueCodecs::readDecision);

  private static Decision readDecision(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    LocalDate date = null;
    String body = null;
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "date" -> date = in.date();
        case "body" -> body = in.string();
        default -> throw in.unknownField(field, "date, body");
      }
    }
    in.require(date, "date", start);
    in.require(body, "body", start);
    LocalDate d = date;
    String b = body;
    return in.construct(start, () -> new Decision(d, b));
  }

  /** A problem, and the key of one of its causes when the target is that cause. */
  public static final Codec<Target> TARGET = Codec.of((out, t) -> {
    out.writeStartObject();
    field(out, "problem", t.problem(), PROBLEM_ID);
    optionalString(out, "cause", t.cause());
    out.writeEndObject();
  }, ValueCodecs::readTarget);

  private static Target readTarget(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    ProblemId problem = null;
    Optional<String> cause = Optional.empty();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "problem" -> problem = PROBLEM_ID.read(in);
        case "cause" -> cause = Optional.of(in.string());
        default -> throw in.unknownField(field, "problem, cause");
      }
    }
    in.require(problem, "problem", start);
    ProblemId p = problem;
    Optional<String> c = cause;
    return in.construct(start, () -> new Target(p, c));
  }

  public static final Codec<AgendaItem> AGENDA_ITEM = Codec.of((out, item) -> {
    out.writeStartObject();
    string(out, "title", item.title());
    array(out, "measures", item.measures(), MEASURE_ID);
    optionalString(out, "notes", item.notes());
    out.writeEndObject();
  }, ValueCodecs::readAgendaItem);

  private static AgendaItem readAgendaItem(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    String title = null;
    ImmutableList<MeasureId> measures = ImmutableList.of();
    Optional<String> notes = Optional.empty();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "title" -> title = in.string();
        case "measures" -> measures = in.list(MEASURE_ID);
        case "notes" -> notes = Optional.of(in.string());
        default -> throw in.unknownField(field, "title, measures, notes");
      }
    }
    in.require(title, "title", start);
    String t = title;
    ImmutableList<MeasureId> m = measures;
    Optional<String> n = notes;
    return in.construct(start, () -> new AgendaItem(t, m, n));
  }

  public static final Codec<Guest> GUEST = Codec.of((out, guest) -> {
    out.writeStartObject();
    field(out, "person", guest.person(), PERSON_ID);
    optionalString(out, "topic", guest.topic());
    out.writeEndObject();
  }, in -> {
    PersonAndTopic pt = readPersonAndTopic(in);
    return in.construct(pt.start, () -> new Guest(pt.person, pt.topic));
  });

  public static final Codec<Speaker> SPEAKER = Codec.of((out, speaker) -> {
    out.writeStartObject();
    field(out, "person", speaker.person(), PERSON_ID);
    optionalString(out, "topic", speaker.topic());
    out.writeEndObject();
  }, in -> {
    PersonAndTopic pt = readPersonAndTopic(in);
    return in.construct(pt.start, () -> new Speaker(pt.person, pt.topic));
  });

  /** Guests and speakers have the same form. */
  private record PersonAndTopic(JsonLocation start, PersonId person, Optional<String> topic) {}

  private static PersonAndTopic readPersonAndTopic(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    PersonId person = null;
    Optional<String> topic = Optional.empty();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "person" -> person = PERSON_ID.read(in);
        case "topic" -> topic = Optional.of(in.string());
        default -> throw in.unknownField(field, "person, topic");
      }
    }
    in.require(person, "person", start);
    return new PersonAndTopic(start, person, topic);
  }

  /**
   * A revision on its own: {@code {"version": 3, "created": …, "modified": …}}, or {@code {"version": 0}} for
   * {@link Revision#NEW}. Inside an entity the same three fields stand at the entity's top level.
   */
  public static final Codec<Revision> REVISION = Codec.of((out, revision) -> {
    out.writeStartObject();
    writeRevisionFields(out, revision);
    out.writeEndObject();
  }, ValueCodecs::readRevision);

  static void writeRevisionFields(JsonGenerator out, Revision revision) throws IOException {
    out.writeNumberField("version", revision.version());
    if (!revision.isNew()) {
      field(out, "created", revision.created().orElseThrow(), INSTANT_CODEC);
      field(out, "modified", revision.modified().orElseThrow(), INSTANT_CODEC);
    }
  }

  private static Revision readRevision(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    RevisionFields fields = new RevisionFields();
    for (String field; (field = in.nextField()) != null; ) {
      if (!fields.read(field, in)) {
        throw in.unknownField(field, "version, created, modified");
      }
    }
    return fields.revision(in, start);
  }

  /** Collects the revision fields of an object that has them among others. */
  static final class RevisionFields {
    private Long version;
    private Instant created;
    private Instant modified;

    /** Reads {@code field} if it is a revision field; false if it is not. */
    boolean read(String field, JsonInput in) throws IOException {
      switch (field) {
        case "version" -> version = in.longValue();
        case "created" -> created = in.instant();
        case "modified" -> modified = in.instant();
        default -> {
          return false;
        }
      }
      return true;
    }

    /** {@link Revision#NEW} if no field (or only {@code "version": 0}) was given, else a stored revision. */
    Revision revision(JsonInput in, JsonLocation start) throws JsonInputException {
      if (created == null && modified == null && (version == null || version == 0)) {
        return Revision.NEW;
      }
      in.require(version, "version", start);
      in.require(created, "created", start);
      in.require(modified, "modified", start);
      return in.construct(start, () -> Revision.of(version, created, modified));
    }
  }
}
