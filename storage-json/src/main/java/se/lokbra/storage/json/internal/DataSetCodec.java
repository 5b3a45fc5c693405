package se.lokbra.storage.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import se.lokbra.core.DataSet;
import se.lokbra.core.agreement.CooperationAgreement;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.council.Council;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.person.Person;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.situation.SituationPicture;

/**
 * A whole {@link DataSet} as one JSON document: {@code formatVersion}, then one array per aggregate kind (named by
 * {@link se.lokbra.core.AggregateKind#plural()}, in the order of {@link DataSet}) and {@code tombstones},
 * each entity in the same form as in a store file.
 *
 * <p>Format 2 added the arrays of the knowledge-based cycle ({@code situation_pictures}, {@code problems},
 * {@code indicators}, {@code cooperation_agreements}, {@code action_plans}) and a measure's {@code targets} and
 * {@code actionPlan}. A format-1 document is read by the same rules: it has none of these, so they are empty, which
 * is exactly what its data means.
 */
public final class DataSetCodec {
  /** The document format this code writes and the newest it reads. */
  public static final int FORMAT_VERSION = 2;

  private DataSetCodec() {}

  public static final Codec<DataSet> DATA_SET = Codec.of(DataSetCodec::write, DataSetCodec::read);

  private static void write(JsonGenerator out, DataSet data) throws IOException {
    out.writeStartObject();
    out.writeNumberField("formatVersion", FORMAT_VERSION);
    ValueCodecs.array(out, "organisations", data.organisations(), AggregateCodecs.ORGANISATION);
    ValueCodecs.array(out, "people", data.people(), AggregateCodecs.PERSON);
    ValueCodecs.array(out, "councils", data.councils(), AggregateCodecs.COUNCIL);
    ValueCodecs.array(out, "measures", data.measures(), AggregateCodecs.MEASURE);
    ValueCodecs.array(out, "meetings", data.meetings(), AggregateCodecs.MEETING);
    ValueCodecs.array(out, "conferences", data.conferences(), AggregateCodecs.CONFERENCE);
    ValueCodecs.array(out, "situation_pictures", data.situationPictures(), AggregateCodecs.SITUATION_PICTURE);
    ValueCodecs.array(out, "problems", data.problems(), AggregateCodecs.PROBLEM);
    ValueCodecs.array(out, "indicators", data.indicators(), AggregateCodecs.INDICATOR);
    ValueCodecs.array(out, "cooperation_agreements", data.cooperationAgreements(),
        AggregateCodecs.COOPERATION_AGREEMENT);
    ValueCodecs.array(out, "action_plans", data.actionPlans(), AggregateCodecs.ACTION_PLAN);
    ValueCodecs.array(out, "tombstones", data.tombstones(), AggregateCodecs.TOMBSTONE);
    out.writeEndObject();
  }

  private static DataSet read(JsonInput in) throws IOException {
    JsonLocation start = in.startObject();
    Integer version = null;
    ImmutableList<Organisation> organisations = ImmutableList.of();
    ImmutableList<Person> people = ImmutableList.of();
    ImmutableList<Council> councils = ImmutableList.of();
    ImmutableList<Measure> measures = ImmutableList.of();
    ImmutableList<Meeting> meetings = ImmutableList.of();
    ImmutableList<Conference> conferences = ImmutableList.of();
    ImmutableList<SituationPicture> situationPictures = ImmutableList.of();
    ImmutableList<Problem> problems = ImmutableList.of();
    ImmutableList<Indicator> indicators = ImmutableList.of();
    ImmutableList<CooperationAgreement> agreements = ImmutableList.of();
    ImmutableList<ActionPlan> actionPlans = ImmutableList.of();
    ImmutableList<Tombstone> tombstones = ImmutableList.of();
    for (String field; (field = in.nextField()) != null; ) {
      switch (field) {
        case "formatVersion" -> version = formatVersion(in);
        case "organisations" -> organisations = in.list(AggregateCodecs.ORGANISATION);
        case "people" -> people = in.list(AggregateCodecs.PERSON);
        case "councils" -> councils = in.list(AggregateCodecs.COUNCIL);
        case "measures" -> measures = in.list(AggregateCodecs.MEASURE);
        case "meetings" -> meetings = in.list(AggregateCodecs.MEETING);
        case "conferences" -> conferences = in.list(AggregateCodecs.CONFERENCE);
        case "situation_pictures" -> situationPictures = in.list(AggregateCodecs.SITUATION_PICTURE);
        case "problems" -> problems = in.list(AggregateCodecs.PROBLEM);
        case "indicators" -> indicators = in.list(AggregateCodecs.INDICATOR);
        case "cooperation_agreements" -> agreements = in.list(AggregateCodecs.COOPERATION_AGREEMENT);
        case "action_plans" -> actionPlans = in.list(AggregateCodecs.ACTION_PLAN);
        case "tombstones" -> tombstones = in.list(AggregateCodecs.TOMBSTONE);
        default -> throw in.unknownField(field, "formatVersion, organisations, people, councils, measures, "
            + "meetings, conferences, situation_pictures, problems, indicators, cooperation_agreements, "
            + "action_plans, tombstones");
      }
    }
    in.require(version, "formatVersion", start);
    return new DataSet(organisations, people, councils, measures, meetings, conferences, situationPictures,
        problems, indicators, agreements, actionPlans, tombstones);
  }

  /** Checked as soon as it is read, so that a newer document is refused before its unknown parts confuse. */
  private static int formatVersion(JsonInput in) throws IOException {
    int version = in.intValue();
    if (version > FORMAT_VERSION) {
      throw in.error("this data set was written in format version " + version + " by a newer lokbra; this "
          + "version reads format version " + FORMAT_VERSION + " and older");
    }
    if (version < 1) {
      throw in.error("invalid formatVersion '" + version + "': must be 1 or more");
    }
    return version;
  }
}
