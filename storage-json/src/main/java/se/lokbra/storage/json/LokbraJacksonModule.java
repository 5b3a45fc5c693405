package se.lokbra.storage.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;
import se.lokbra.core.DataSet;
import se.lokbra.core.ValidationException;
import se.lokbra.core.agreement.AgreementGoal;
import se.lokbra.core.agreement.CitizenPromise;
import se.lokbra.core.agreement.CooperationAgreement;
import se.lokbra.core.agreement.CooperationAgreementId;
import se.lokbra.core.agreement.Signatory;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.conference.ConferenceId;
import se.lokbra.core.conference.Speaker;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.council.Membership;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.indicator.IndicatorId;
import se.lokbra.core.indicator.Measurement;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.Goal;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.measure.Target;
import se.lokbra.core.meeting.AgendaItem;
import se.lokbra.core.meeting.Guest;
import se.lokbra.core.meeting.Meeting;
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
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.person.Person;
import se.lokbra.core.person.PersonId;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.plan.Decision;
import se.lokbra.core.problem.Cause;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.situation.SituationPicture;
import se.lokbra.core.situation.SituationPictureId;
import se.lokbra.core.situation.Source;
import se.lokbra.storage.json.internal.AggregateCodecs;
import se.lokbra.storage.json.internal.Codec;
import se.lokbra.storage.json.internal.CodecDeserializer;
import se.lokbra.storage.json.internal.CodecSerializer;
import se.lokbra.storage.json.internal.DataSetCodec;
import se.lokbra.storage.json.internal.ValueCodecs;

/**
 * The Jackson mapping of the lokbra domain: a serializer and a deserializer for every aggregate, tombstone,
 * revision, id and value object, and for a whole {@link DataSet}; key (de)serializers for ids, municipality codes
 * and organisation numbers, so they can key a {@code Map}. It is the mapping the JSON store and
 * {@link DataSetDocument} use, so JSON written with it reads back into the store and the other way round.
 *
 * <p>Register it explicitly: {@code mapper.registerModule(new LokbraJacksonModule())}, or start from
 * {@link LokbraJson#newMapper()}, which also sets lokbra's read limits and pretty printing. Deserializing goes
 * through the domain constructors, so every value is validated; a refused value is a Jackson
 * {@link com.fasterxml.jackson.databind.JsonMappingException} whose message names the rule and the JSON pointer,
 * with the {@link ValidationException} as cause. Enums are written by name, dates and instants in ISO-8601, absent
 * optional values are left out, and a {@link Revision#NEW} entity is written with {@code "version": 0} and no
 * timestamps.
 */
public final class LokbraJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  public LokbraJacksonModule() {
    super("lokbra", Version.unknownVersion());
    add(Organisation.class, AggregateCodecs.ORGANISATION);
    add(Person.class, AggregateCodecs.PERSON);
    add(Council.class, AggregateCodecs.COUNCIL);
    add(Measure.class, AggregateCodecs.MEASURE);
    add(Meeting.class, AggregateCodecs.MEETING);
    add(Conference.class, AggregateCodecs.CONFERENCE);
    add(SituationPicture.class, AggregateCodecs.SITUATION_PICTURE);
    add(Problem.class, AggregateCodecs.PROBLEM);
    add(Indicator.class, AggregateCodecs.INDICATOR);
    add(CooperationAgreement.class, AggregateCodecs.COOPERATION_AGREEMENT);
    add(ActionPlan.class, AggregateCodecs.ACTION_PLAN);
    add(Tombstone.class, AggregateCodecs.TOMBSTONE);
    add(DataSet.class, DataSetCodec.DATA_SET);
    add(Revision.class, ValueCodecs.REVISION);

    add(OrganisationId.class, ValueCodecs.ORGANISATION_ID);
    add(PersonId.class, ValueCodecs.PERSON_ID);
    add(CouncilId.class, ValueCodecs.COUNCIL_ID);
    add(MeasureId.class, ValueCodecs.MEASURE_ID);
    add(MeetingId.class, ValueCodecs.MEETING_ID);
    add(ConferenceId.class, ValueCodecs.CONFERENCE_ID);
    add(SituationPictureId.class, ValueCodecs.SITUATION_PICTURE_ID);
    add(ProblemId.class, ValueCodecs.PROBLEM_ID);
    add(IndicatorId.class, ValueCodecs.INDICATOR_ID);
    add(CooperationAgreementId.class, ValueCodecs.COOPERATION_AGREEMENT_ID);
    add(ActionPlanId.class, ValueCodecs.ACTION_PLAN_ID);

    add(MunicipalityCode.class, ValueCodecs.MUNICIPALITY_CODE);
    add(OrganisationNumber.class, ValueCodecs.ORGANISATION_NUMBER);
    add(MandatePeriod.class, ValueCodecs.MANDATE_PERIOD);
    add(PartialDate.class, ValueCodecs.PARTIAL_DATE);
    add(DateSpan.class, ValueCodecs.DATE_SPAN);
    add(EmailAddress.class, ValueCodecs.EMAIL_ADDRESS);
    add(PhoneNumber.class, ValueCodecs.PHONE_NUMBER);
    add(PostalAddress.class, ValueCodecs.POSTAL_ADDRESS);
    add(ContactDetails.class, ValueCodecs.CONTACT_DETAILS);
    add(Identifier.class, ValueCodecs.IDENTIFIER);
    add(PoliticalParty.class, ValueCodecs.POLITICAL_PARTY);
    add(Membership.class, ValueCodecs.MEMBERSHIP);
    add(FollowUp.class, ValueCodecs.FOLLOW_UP);
    add(Goal.class, ValueCodecs.GOAL);
    add(AgendaItem.class, ValueCodecs.AGENDA_ITEM);
    add(Guest.class, ValueCodecs.GUEST);
    add(Speaker.class, ValueCodecs.SPEAKER);
    add(Source.class, ValueCodecs.SOURCE);
    add(Cause.class, ValueCodecs.CAUSE);
    add(Measurement.class, ValueCodecs.MEASUREMENT);
    add(Signatory.class, ValueCodecs.SIGNATORY);
    add(AgreementGoal.class, ValueCodecs.AGREEMENT_GOAL);
    add(CitizenPromise.class, ValueCodecs.CITIZEN_PROMISE);
    add(Decision.class, ValueCodecs.DECISION);
    add(Target.class, ValueCodecs.TARGET);

    key(OrganisationId.class, OrganisationId::value, OrganisationId::of);
    key(PersonId.class, PersonId::value, PersonId::of);
    key(CouncilId.class, CouncilId::value, CouncilId::of);
    key(MeasureId.class, MeasureId::value, MeasureId::of);
    key(MeetingId.class, MeetingId::value, MeetingId::of);
    key(ConferenceId.class, ConferenceId::value, ConferenceId::of);
    key(SituationPictureId.class, SituationPictureId::value, SituationPictureId::of);
    key(ProblemId.class, ProblemId::value, ProblemId::of);
    key(IndicatorId.class, IndicatorId::value, IndicatorId::of);
    key(CooperationAgreementId.class, CooperationAgreementId::value, CooperationAgreementId::of);
    key(ActionPlanId.class, ActionPlanId::value, ActionPlanId::of);
    key(MunicipalityCode.class, MunicipalityCode::value, MunicipalityCode::of);
    key(OrganisationNumber.class, OrganisationNumber::value, OrganisationNumber::new);
  }

  private <T> void add(Class<T> type, Codec<T> codec) {
    addSerializer(type, new CodecSerializer<>(type, codec));
    addDeserializer(type, new CodecDeserializer<>(type, codec));
  }

  private <T> void key(Class<T> type, Function<T, String> format, Function<String, T> parse) {
    addKeySerializer(type, new KeySerializer<>(type, format));
    addKeyDeserializer(type, new KeyParser<>(type, parse));
  }

  /** Writes a map key in its canonical text form. */
  private static final class KeySerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Function<T, String> format;

    KeySerializer(Class<T> type, Function<T, String> format) {
      super(type);
      this.format = format;
    }

    @Override
    public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
      out.writeFieldName(format.apply(value));
    }
  }

  /** Reads a map key through the domain's factory, reporting the rule it breaks. */
  private static final class KeyParser<T> extends KeyDeserializer {
    private final Class<T> type;
    private final Function<String, T> parse;

    KeyParser(Class<T> type, Function<String, T> parse) {
      this.type = type;
      this.parse = parse;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext context) throws IOException {
      try {
        return parse.apply(key);
      } catch (ValidationException e) {
        return context.handleWeirdKey(type, key, "%s", e.getMessage());
      }
    }
  }
}
