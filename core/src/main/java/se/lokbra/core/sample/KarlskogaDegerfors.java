package se.lokbra.core.sample;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.Repositories;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.conference.ConferenceId;
import se.lokbra.core.conference.Speaker;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.council.Membership;
import se.lokbra.core.council.Role;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.FollowUpOutcome;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.measure.Target;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.meeting.AgendaItem;
import se.lokbra.core.meeting.Guest;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.meeting.MeetingId;
import se.lokbra.core.meeting.MeetingState;
import se.lokbra.core.model.ContactDetails;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.MandatePeriod;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.model.PoliticalParty;
import se.lokbra.core.model.PostalAddress;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.person.Person;
import se.lokbra.core.person.PersonId;

/**
 * The sample data set: the Karlskoga–Degerfors crime-prevention council as a news item of Karlskoga municipality
 * describes it (1 April 2019, with a follow-up of 16 May 2019). It holds only what those sources state; what they
 * leave open stays empty. Where the model needs a value the sources do not give, this class says which value it
 * chose and why:
 * <ul>
 *   <li>memberships are recorded per mandate period (2019–2022), the period of the meeting the news reports;</li>
 *   <li>the meeting's date is the date of the news item (which reports it as just held); its time is unknown and
 *       set to 00:00 Europe/Stockholm, its location is unknown;</li>
 *   <li>measures "of 2018" have the year 2018 as period; the training, "started" in 2018, runs on from 2018;</li>
 *   <li>statuses follow the news item's words: the ANDT strategy "produced" and the graduation "carried out" are
 *       completed, the training "started" is in progress; the safety walks, listed among the measures carried out
 *       during 2018, are completed;</li>
 *   <li>the knowledge-based cycle: the ANDT strategy belongs to an action plan of the two municipalities, and the
 *       safety walks target the problem of perceived insecurity ("upplevd otrygghet"), which safety walks address
 *       by their nature. The sources name neither the plan nor a situation picture, so the plan's title is a plain
 *       description, its decision and period are unknown, and the problem has no situation picture, priority or
 *       causes.</li>
 * </ul>
 * Load it into any store with {@link #loadInto(Repositories)}; every id is fixed, so loading twice is a conflict,
 * and {@link #loadIfEmpty(LokbraStore)} loads only into a store without councils.
 */
public final class KarlskogaDegerfors {
  public static final MunicipalityCode KARLSKOGA = MunicipalityCode.of("1883");
  public static final MunicipalityCode DEGERFORS = MunicipalityCode.of("1862");
  public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  public static final MandatePeriod MANDATE_PERIOD = MandatePeriod.startingIn(2019);

  public static final OrganisationId KARLSKOGA_KOMMUN = OrganisationId.of("karlskoga-kommun");
  public static final OrganisationId DEGERFORS_KOMMUN = OrganisationId.of("degerfors-kommun");
  public static final OrganisationId POLICE = OrganisationId.of("polisen");
  public static final OrganisationId COUNTY_ADMINISTRATIVE_BOARD = OrganisationId.of("lansstyrelsen-orebro-lan");
  public static final OrganisationId MUNICIPAL_COMPANIES = OrganisationId.of("kommunala-bolagen");
  public static final OrganisationId UNIVERSITY_OF_CAMBRIDGE = OrganisationId.of("university-of-cambridge");

  public static final PersonId MARTIN_HARSMAR = PersonId.of("martin-harsmar");
  public static final PersonId ANNIKA_BORG = PersonId.of("annika-borg");
  public static final PersonId PER_OLOF_WIKSTROM = PersonId.of("per-olof-wikstrom");

  public static final CouncilId COUNCIL = CouncilId.of("karlskoga-degerfors");

  public static final MeasureId ANDT_STRATEGY = MeasureId.of("andt-strategi-2018");
  public static final MeasureId SAFETY_WALKS = MeasureId.of("trygghetsvandringar-2018");
  public static final MeasureId DRUG_FREE_GRADUATION = MeasureId.of("drogfri-skolavslutning-2018");
  public static final MeasureId TRAINING = MeasureId.of("utbildning-kunskapsbaserat-2018");

  public static final ActionPlanId ACTION_PLAN = ActionPlanId.of("atgardsplan-karlskoga-degerfors");
  public static final ProblemId PERCEIVED_INSECURITY = ProblemId.of("upplevd-otrygghet");

  public static final MeetingId FIRST_MEETING_2019 = MeetingId.of("lokbra-2019-1");
  public static final ConferenceId CONFERENCE = ConferenceId.of("tillsammans-mot-brott-2019");

  private KarlskogaDegerfors() {}

  public static ImmutableList<Organisation> organisations() {
    return ImmutableList.of(
        Organisation.builder().id(KARLSKOGA_KOMMUN).name("Karlskoga kommun").kind(OrganisationKind.MUNICIPALITY)
            .organisationNumber("212000-1991").municipality(KARLSKOGA)
            .contact(ContactDetails.NONE.withEmail("kommun@karlskoga.se").withPhone("0586-610 00")
                .withAddress(PostalAddress.swedish("Katrinedalsgatan 4", "Karlskoga")))
            .build(),
        Organisation.builder().id(DEGERFORS_KOMMUN).name("Degerfors kommun").kind(OrganisationKind.MUNICIPALITY)
            .municipality(DEGERFORS).build(),
        Organisation.builder().id(POLICE).name("Polisen").kind(OrganisationKind.POLICE).build(),
        Organisation.builder().id(COUNTY_ADMINISTRATIVE_BOARD).name("Länsstyrelsen i Örebro län")
            .kind(OrganisationKind.COUNTY_ADMINISTRATIVE_BOARD).build(),
        Organisation.builder().id(MUNICIPAL_COMPANIES).name("De kommunala bolagen")
            .kind(OrganisationKind.MUNICIPAL_COMPANY).build(),
        Organisation.builder().id(UNIVERSITY_OF_CAMBRIDGE).name("University of Cambridge")
            .kind(OrganisationKind.UNIVERSITY).build());
  }

  public static ImmutableList<Person> people() {
    return ImmutableList.of(
        Person.builder().id(MARTIN_HARSMAR).givenName("Martin").familyName("Hårsmar")
            .party(PoliticalParty.MODERATERNA).build(),
        Person.builder().id(ANNIKA_BORG).givenName("Annika").familyName("Borg")
            .affiliation(COUNTY_ADMINISTRATIVE_BOARD).build(),
        Person.builder().id(PER_OLOF_WIKSTROM).givenName("Per-Olof").familyName("Wikström").title("Professor")
            .affiliation(UNIVERSITY_OF_CAMBRIDGE).build());
  }

  public static Council council() {
    Optional<LocalDate> periodEnd = Optional.of(MANDATE_PERIOD.end());
    return Council.builder().id(COUNCIL).name("Lokala brottsförebyggande rådet i Karlskoga och Degerfors")
        .shortName("Lokbrå").municipalities(KARLSKOGA, DEGERFORS).founded(1994).meetingsPerYear(3)
        .addMembership(Membership.ofOrganisation(KARLSKOGA_KOMMUN, Role.MEMBER, MANDATE_PERIOD.start(), periodEnd))
        .addMembership(Membership.ofOrganisation(DEGERFORS_KOMMUN, Role.MEMBER, MANDATE_PERIOD.start(), periodEnd))
        .addMembership(Membership.ofOrganisation(POLICE, Role.MEMBER, MANDATE_PERIOD.start(), periodEnd))
        .addMembership(Membership.ofPerson(MARTIN_HARSMAR, Optional.empty(), Role.CHAIR, MANDATE_PERIOD.start(),
            periodEnd))
        .build();
  }

  /** The action plan that the ANDT strategy belongs to (everything but its municipalities is unknown). */
  public static ActionPlan actionPlan() {
    return ActionPlan.builder().id(ACTION_PLAN).title("Åtgärdsplan för Karlskoga och Degerfors")
        .municipalities(KARLSKOGA, DEGERFORS).council(COUNCIL).build();
  }

  /** The problem the safety walks target. */
  public static Problem perceivedInsecurity() {
    return Problem.builder().id(PERCEIVED_INSECURITY).title("Upplevd otrygghet").build();
  }

  /** The four measures of 2018, without their follow-ups (see {@link #followedUp}). */
  public static ImmutableList<Measure> measures() {
    List<se.lokbra.core.model.MunicipalityCode> both = List.of(KARLSKOGA, DEGERFORS);
    DateSpan year2018 = DateSpan.ofYear(2018);
    return ImmutableList.of(
        Measure.builder().id(ANDT_STRATEGY).council(COUNCIL).title("ANDT-strategi för Karlskoga och Degerfors")
            .description("En strategi för arbetet mot alkohol, narkotika, doping och tobak (ANDT) togs fram för "
                + "Karlskoga och Degerfors.")
            .category(MeasureCategory.STRATEGY).municipalities(both).period(year2018)
            .status(MeasureStatus.COMPLETED).actionPlan(ACTION_PLAN).build(),
        Measure.builder().id(SAFETY_WALKS).council(COUNCIL).title("Trygghetsvandringar")
            .category(MeasureCategory.SITUATIONAL).municipalities(both).period(year2018)
            .status(MeasureStatus.COMPLETED).addTarget(Target.problem(PERCEIVED_INSECURITY)).build(),
        Measure.builder().id(DRUG_FREE_GRADUATION).council(COUNCIL).title("Drogfri skolavslutning")
            .description("En drogfri skolavslutning genomfördes.")
            .category(MeasureCategory.SOCIAL).municipalities(both).period(year2018)
            .status(MeasureStatus.COMPLETED).build(),
        Measure.builder().id(TRAINING).council(COUNCIL)
            .title("Utbildning i kunskapsbaserat brottsförebyggande arbete")
            .description("Utbildningen inleddes under 2018.")
            .category(MeasureCategory.TRAINING).municipalities(both).period(DateSpan.from(PartialDate.ofYear(2018)))
            .status(MeasureStatus.IN_PROGRESS).build());
  }

  /** {@code measure} with the follow-up ("avstämning") it got at the first meeting of 2019. */
  public static Measure followedUp(Measure measure) {
    return measure.withFollowUp(new FollowUp(LocalDate.of(2019, 4, 1),
        "Avstämd vid rådets första möte för mandatperioden.", FollowUpOutcome.NOT_ASSESSED,
        Optional.of(FIRST_MEETING_2019)));
  }

  public static Meeting firstMeeting2019() {
    return Meeting.builder().id(FIRST_MEETING_2019).council(COUNCIL)
        .start(ZonedDateTime.of(2019, 4, 1, 0, 0, 0, 0, STOCKHOLM)).state(MeetingState.HELD)
        .addAgendaItem(AgendaItem.of("Introduktion till brottsförebyggande arbete", List.of(),
            Optional.of("Den nya mandatperioden har gett rådet många nya ledamöter.")))
        .addAgendaItem(AgendaItem.of("Avstämning av viktiga insatser under 2018",
            List.of(ANDT_STRATEGY, SAFETY_WALKS, DRUG_FREE_GRADUATION, TRAINING), Optional.empty()))
        .addAgendaItem(AgendaItem.of("Regionalt brottsförebyggande arbete", List.of(),
            Optional.of("Annika Borg från länsstyrelsen berättade om sitt arbete.")))
        .participants(List.of(MARTIN_HARSMAR, ANNIKA_BORG))
        .addGuest(Guest.of(ANNIKA_BORG, "Regionalt brottsförebyggande arbete"))
        .build();
  }

  public static Conference conference() {
    return Conference.builder().id(CONFERENCE).title("Tillsammans mot brott").start(LocalDate.of(2019, 5, 14))
        .organisingCouncils(List.of(COUNCIL)).organisingOrganisations(List.of(MUNICIPAL_COMPANIES))
        .addSpeaker(Speaker.of(PER_OLOF_WIKSTROM, "Metoder för att stärka användarkompetensen och förståelsen "
            + "kring varför människor begår brottshandlingar, och situationell handlingsteori"))
        .description("Konferens i samarbete med de kommunala bolagen. Den öppnades av landshövdingen och "
            + "regionpolischefen; även Brottsförebyggande rådet (Brå) talade.")
        .build();
  }

  /**
   * Saves the whole data set through {@code repositories} (call it inside a transaction to make it all or
   * nothing). Measures are saved twice: before the meeting that follows them up, and with the follow-up after it,
   * so they end at version 2.
   */
  public static void loadInto(Repositories repositories) {
    repositories.organisations().saveAll(organisations());
    repositories.people().saveAll(people());
    repositories.councils().save(council());
    repositories.actionPlans().save(actionPlan());
    repositories.problems().save(perceivedInsecurity());
    ImmutableList<Measure> saved = repositories.measures().saveAll(measures());
    repositories.meetings().save(firstMeeting2019());
    repositories.measures().saveAll(saved.stream().map(KarlskogaDegerfors::followedUp).toList());
    repositories.conferences().save(conference());
  }

  /** Loads the data set in one transaction if the store has no council yet; returns whether it did. */
  public static boolean loadIfEmpty(LokbraStore store) {
    return store.inTransaction(tx -> {
      if (tx.councils().count() > 0) {
        return false;
      }
      loadInto(tx);
      return true;
    });
  }
}
