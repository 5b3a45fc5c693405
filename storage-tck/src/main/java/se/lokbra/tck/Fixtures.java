package se.lokbra.tck;

import com.google.common.base.Strings;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import se.lokbra.core.coordination.CoordinationFunction;
import se.lokbra.core.coordination.CoordinationFunctionRepository;
import se.lokbra.core.coordination.CoordinationTask;
import se.lokbra.core.coordination.Holder;
import se.lokbra.core.model.DecidingBody;
import se.lokbra.core.model.Decision;
import se.lokbra.core.Repositories;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.conference.Speaker;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.council.Membership;
import se.lokbra.core.council.Role;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.FollowUpOutcome;
import se.lokbra.core.measure.Goal;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.measure.Target;
import se.lokbra.core.meeting.AgendaItem;
import se.lokbra.core.meeting.Guest;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.meeting.MeetingId;
import se.lokbra.core.meeting.MeetingState;
import se.lokbra.core.model.ContactDetails;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.Identifier;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.model.PoliticalParty;
import se.lokbra.core.model.PostalAddress;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.person.Person;
import se.lokbra.core.person.PersonId;
import se.lokbra.core.agreement.AgreementGoal;
import se.lokbra.core.agreement.CitizenPromise;
import se.lokbra.core.agreement.CooperationAgreement;
import se.lokbra.core.agreement.PromiseStatus;
import se.lokbra.core.agreement.Signatory;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.indicator.IndicatorId;
import se.lokbra.core.indicator.Measurement;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.problem.Cause;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.situation.SituationPicture;
import se.lokbra.core.situation.SituationPictureId;
import se.lokbra.core.situation.Source;
import se.lokbra.core.situation.SourceKind;

/**
 * Valid entities for the contract tests: plain ones (few fields) and rich ones (every field set, with text that
 * trips up storage: non-ASCII letters, emoji, SQL syntax, quotes, backslashes, line breaks, 10 kB). The
 * {@code saved…} methods store what they make, with anything it refers to.
 */
public final class Fixtures {
  /** Swedish letters, an emoji outside the Basic Multilingual Plane, and SQL and JSON syntax. */
  public static final String TRICKY_NAME = "Hårsmar Örebro ÅÄÖ åäö é ß 🚓 '; DROP TABLE council; -- \"q\" \\ {}";
  /** Ten kilobytes of multi-line text with non-ASCII letters and emoji. */
  public static final String LONG_TEXT = Strings.repeat("Trygghetsvandring i Karlskoga – Örebro län 🚶\n", 230);
  public static final MunicipalityCode KARLSKOGA = MunicipalityCode.of("1883");
  public static final MunicipalityCode DEGERFORS = MunicipalityCode.of("1862");
  public static final MunicipalityCode OREBRO = MunicipalityCode.of("1880");
  public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private final Repositories store;

  public Fixtures(Repositories store) {
    this.store = store;
  }

  /** A fresh id suffix, unique within the JVM. */
  public static String unique(String prefix) {
    return prefix + "-" + COUNTER.incrementAndGet();
  }

  // ------------------------------------------------------------ organisations

  public Organisation organisation() {
    return Organisation.builder().id(unique("org")).name("Organisation " + COUNTER.get())
        .kind(OrganisationKind.MUNICIPAL_ADMINISTRATION).build();
  }

  /** Every field set; the parent must exist when saved. */
  public Organisation richOrganisation(OrganisationId parent) {
    return Organisation.builder().id(unique("rich-org")).name("Kultur- och fritidsförvaltningen " + TRICKY_NAME)
        .kind(OrganisationKind.MUNICIPALITY).organisationNumber("212000-1991").municipality(KARLSKOGA)
        .parent(parent)
        .identifiers(List.of(Identifier.of("wikidata", "Q21917"), Identifier.of("se-scb", "1883")))
        .contact(ContactDetails.NONE.withEmail("kommun@karlskoga.se").withPhone("0586-610 00")
            .withAddress(PostalAddress.swedish("Katrinedalsgatan 4", "691 83", "Karlskoga"))
            .withWebsite("https://www.karlskoga.se/"))
        .build();
  }

  public Organisation savedOrganisation() {
    return store.organisations().save(organisation());
  }

  // ------------------------------------------------------------ people

  public Person person() {
    return Person.builder().id(unique("person")).givenName("Annika").familyName("Borg " + COUNTER.get()).build();
  }

  /** Every field set; the affiliation must exist when saved. */
  public Person richPerson(OrganisationId affiliation) {
    return Person.builder().id(unique("rich-person")).givenName("Per-Olof 🎓").familyName(TRICKY_NAME)
        .title("Professor").party(PoliticalParty.MODERATERNA).affiliation(affiliation)
        .identifiers(List.of(Identifier.of("orcid", "0000-0002-1825-0097")))
        .contact(ContactDetails.NONE.withEmail("p.o.w@example.ac.uk").withPhone("+44 1223 335360")
            .withAddress(new PostalAddress("Sidgwick Avenue", Optional.of("CB3 9DA"), "Cambridge", "GB"))
            .withWebsite("https://www.cam.ac.uk/"))
        .build();
  }

  public Person savedPerson() {
    return store.people().save(person());
  }

  // ------------------------------------------------------------ councils

  public Council council() {
    return Council.builder().id(unique("council")).name("Lokbrå " + COUNTER.get()).municipalities(KARLSKOGA)
        .build();
  }

  /** Every field set; the organisation and person must exist when saved. */
  public Council richCouncil(OrganisationId organisation, PersonId person) {
    return Council.builder().id(unique("rich-council")).name("Lokalt brottsförebyggande råd " + TRICKY_NAME)
        .shortName("Lokbrå").municipalities(KARLSKOGA, DEGERFORS).founded(1994).meetingsPerYear(3)
        .addMembership(Membership.ofOrganisation(organisation, Role.MEMBER, LocalDate.of(2019, 1, 1),
            Optional.empty()))
        .addMembership(Membership.ofPerson(person, Optional.of(organisation), Role.CHAIR, LocalDate.of(2019, 1, 1),
            Optional.of(LocalDate.of(2022, 12, 31))))
        .addMembership(Membership.ofPerson(person, Optional.empty(), Role.ADJUNCT, LocalDate.of(2023, 1, 1),
            Optional.empty()))
        .build();
  }

  public Council savedCouncil() {
    return store.councils().save(council());
  }

  // ------------------------------------------------------------ measures

  public Measure measure(CouncilId council) {
    return Measure.builder().id(unique("measure")).council(council).title("Insats " + COUNTER.get())
        .category(MeasureCategory.SITUATIONAL).build();
  }

  /**
   * Every field set; council, organisation, meeting, problem and action plan must exist when saved, and the
   * problem must have the cause {@code c1} (as {@link #richProblem} has).
   */
  public Measure richMeasure(CouncilId council, OrganisationId responsible, MeetingId followedUpAt,
      ProblemId targeted, ActionPlanId plan) {
    return Measure.builder().id(unique("rich-measure")).council(council).title("ANDT-strategi " + TRICKY_NAME)
        .description(LONG_TEXT).category(MeasureCategory.STRATEGY).targetProblem("Otrygghet i centrum\nkvällstid")
        .responsibleOrganisations(responsible).municipalities(KARLSKOGA, DEGERFORS)
        .period(DateSpan.of(PartialDate.ofMonth(2018, 3), PartialDate.of(LocalDate.of(2019, 6, 30))))
        .status(MeasureStatus.COMPLETED)
        .addFollowUp(new FollowUp(LocalDate.of(2019, 4, 1), "Avstämning: framtagen ✅", FollowUpOutcome.ACHIEVED,
            Optional.of(followedUpAt)))
        .addFollowUp(new FollowUp(LocalDate.of(2019, 9, 1), "", FollowUpOutcome.NOT_ASSESSED, Optional.empty()))
        .addGoal(new Goal("Andel som känner sig trygga", new BigDecimal("80.5"), Optional.of("%")))
        .addGoal(new Goal("Antal vandringar", new BigDecimal("12"), Optional.empty()))
        .addTarget(Target.cause(targeted, "c1")).addTarget(Target.problem(targeted)).actionPlan(plan)
        .build();
  }

  public Measure savedMeasure(CouncilId council) {
    return store.measures().save(measure(council));
  }

  // ------------------------------------------------------------ meetings

  public Meeting meeting(CouncilId council, ZonedDateTime start) {
    return Meeting.builder().id(unique("meeting")).council(council).start(start).build();
  }

  /** Every field set; council, measure and person must exist when saved. */
  public Meeting richMeeting(CouncilId council, se.lokbra.core.measure.MeasureId measure, PersonId person) {
    return Meeting.builder().id(unique("rich-meeting")).council(council)
        .start(ZonedDateTime.of(2019, 3, 28, 13, 30, 0, 0, STOCKHOLM))
        .end(ZonedDateTime.of(2019, 3, 28, 16, 0, 0, 0, STOCKHOLM))
        .location("Stadshuset, Karlskoga " + TRICKY_NAME).state(MeetingState.HELD)
        .addAgendaItem(AgendaItem.of("Introduktion till brottsförebyggande arbete"))
        .addAgendaItem(AgendaItem.of("Avstämning av viktiga insatser under 2018", List.of(measure),
            Optional.of(LONG_TEXT)))
        .participants(List.of(person))
        .addGuest(Guest.of(person, "Regionalt brottsförebyggande arbete 🗺"))
        .build();
  }

  public Meeting savedMeeting(CouncilId council) {
    return store.meetings().save(meeting(council, ZonedDateTime.of(2019, 3, 28, 13, 30, 0, 0, STOCKHOLM)));
  }

  // ------------------------------------------------------------ conferences

  public Conference conference(LocalDate start) {
    return Conference.builder().id(unique("conference")).title("Konferens " + COUNTER.get()).start(start).build();
  }

  /** Every field set; council, organisation and person must exist when saved. */
  public Conference richConference(CouncilId council, OrganisationId organisation, PersonId speaker) {
    return Conference.builder().id(unique("rich-conference")).title("Tillsammans mot brott " + TRICKY_NAME)
        .start(LocalDate.of(2019, 5, 14)).end(LocalDate.of(2019, 5, 15)).venue("Karlskoga 🏛")
        .organisingCouncils(List.of(council)).organisingOrganisations(List.of(organisation))
        .addSpeaker(Speaker.of(speaker, "Situationell handlingsteori"))
        .addSpeaker(new Speaker(speaker, Optional.empty()))
        .description(LONG_TEXT).build();
  }

  // ------------------------------------------------------------ the knowledge-based cycle

  public SituationPicture situationPicture() {
    return SituationPicture.builder().id(unique("picture")).title("Lägesbild " + COUNTER.get())
        .municipalities(KARLSKOGA).build();
  }

  /** Every field set; the council and organisation must exist when saved. */
  public SituationPicture richSituationPicture(CouncilId council, OrganisationId producer) {
    return SituationPicture.builder().id(unique("rich-picture")).title("Lägesbild 2023 " + TRICKY_NAME)
        .municipalities(KARLSKOGA, DEGERFORS).council(council).date(LocalDate.of(2023, 11, 30))
        .period(DateSpan.of(PartialDate.ofYear(2021), PartialDate.ofMonth(2023, 6))).producedBy(List.of(producer))
        .addSource(new Source(SourceKind.SAFETY_SURVEY, "Trygghetsmätning 2023", Optional.of(LocalDate.of(2023, 3, 1))))
        .addSource(Source.of(SourceKind.POLICE_STATISTICS, "Anmälda brott 2021–2023 🚓"))
        .summary(LONG_TEXT).adoptedBy(decision(LocalDate.of(2023, 12, 11), DecidingBody.MUNICIPAL_EXECUTIVE_BOARD,
            "Kommunstyrelsen i Karlskoga")).build();
  }

  /** A decision with every part: body kind, name, paragraph and case number. */
  public static Decision decision(LocalDate date, DecidingBody kind, String body) {
    return Decision.of(date, kind, body).withParagraph("§ 45").withCaseNumber("KS 2024/123");
  }

  public SituationPicture savedSituationPicture() {
    return store.situationPictures().save(situationPicture());
  }

  public Problem problem() {
    return Problem.builder().id(unique("problem")).title("Problem " + COUNTER.get()).build();
  }

  /** Every field set, with causes {@code c1} and {@code c2}; the situation picture must exist when saved. */
  public Problem richProblem(SituationPictureId picture) {
    return Problem.builder().id(unique("rich-problem")).situationPicture(picture)
        .title("Otrygghet i centrum kvällstid " + TRICKY_NAME).description(LONG_TEXT).place("Centrum, Karlskoga")
        .priority(1)
        .addCause(Cause.of("c1", "Dålig belysning 💡 i gångtunnlar"))
        .addCause(Cause.of("c2", "Samlingsplatser för unga\nutan vuxennärvaro"))
        .build();
  }

  public Problem savedProblem() {
    return store.problems().save(problem());
  }

  public Indicator indicator(ProblemId problem) {
    return Indicator.builder().id(unique("indicator")).problem(problem).name("Indikator " + COUNTER.get()).build();
  }

  /** Every field set; the problem must exist when saved. */
  public Indicator richIndicator(ProblemId problem) {
    return Indicator.builder().id(unique("rich-indicator")).problem(problem)
        .name("Andel som känner sig otrygga " + TRICKY_NAME).unit("%")
        .baseline(Measurement.of(LocalDate.of(2021, 3, 1), "41.5", "Trygghetsmätning 2021"))
        .values(List.of(Measurement.of(LocalDate.of(2022, 3, 1), "38", "Trygghetsmätning 2022"),
            Measurement.of(LocalDate.of(2023, 3, 1), "35.25", null)))
        .build();
  }

  public CooperationAgreement agreement(OrganisationId party) {
    return CooperationAgreement.builder().id(unique("agreement")).title("Överenskommelse " + COUNTER.get())
        .parties(List.of(party)).period(DateSpan.of(PartialDate.ofYear(2024), PartialDate.ofYear(2025))).build();
  }

  /** Every field set; everything referred to must exist when saved. */
  public CooperationAgreement richAgreement(OrganisationId municipality, OrganisationId police, PersonId signatory,
      ProblemId problem, IndicatorId indicator) {
    return CooperationAgreement.builder().id(unique("rich-agreement"))
        .title("Samverkansöverenskommelse 2024–2027 " + TRICKY_NAME).parties(List.of(municipality, police))
        .signatories(List.of(new Signatory(signatory, "Kommunstyrelsens ordförande", municipality,
            Optional.of(LocalDate.of(2024, 1, 15)))))
        .period(DateSpan.of(PartialDate.of(LocalDate.of(2024, 1, 15)), PartialDate.ofYear(2027)))
        .problems(List.of(problem))
        .goals(List.of(new AgreementGoal(indicator, new BigDecimal("30"), LocalDate.of(2027, 12, 31))))
        .followUpDates(List.of(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 6, 1)))
        .addPromise(new CitizenPromise("Polisen ska synas mer i centrum på fredagskvällar 🚓", police,
            Optional.of(DateSpan.ofYear(2024)), PromiseStatus.IN_PROGRESS))
        .addPromise(new CitizenPromise("Kommunen byter belysningen i gångtunnlarna", municipality,
            Optional.empty(), PromiseStatus.FULFILLED))
        .decision(decision(LocalDate.of(2023, 12, 18), DecidingBody.MUNICIPAL_EXECUTIVE_BOARD,
            "Kommunstyrelsen"))
        .build();
  }

  public ActionPlan actionPlan() {
    return ActionPlan.builder().id(unique("plan")).title("Åtgärdsplan " + COUNTER.get()).municipalities(KARLSKOGA)
        .build();
  }

  /** Every field set; the council must exist when saved. */
  public ActionPlan richActionPlan(CouncilId council, SituationPictureId restsOn) {
    return ActionPlan.builder().id(unique("rich-plan")).title("Åtgärdsplan 2024–2026 " + TRICKY_NAME)
        .municipalities(KARLSKOGA, DEGERFORS).council(council).decision(decision(LocalDate.of(2024, 2, 26),
            DecidingBody.MUNICIPAL_COUNCIL, "Kommunfullmäktige"))
        .restsOn(restsOn)
        .period(DateSpan.of(PartialDate.ofYear(2024), PartialDate.ofYear(2026)))
        .followUpDates(List.of(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 12, 1))).build();
  }

  public CoordinationFunction coordinationFunction() {
    return CoordinationFunction.builder().id(unique("coordination")).name("Samordningsfunktion " + COUNTER.get())
        .municipality(KARLSKOGA.value()).build();
  }

  /** Every field set; the organisation and the person must exist when saved. */
  public CoordinationFunction richCoordinationFunction(OrganisationId placedIn, PersonId holder) {
    return CoordinationFunction.builder().id(unique("rich-coordination"))
        .name("Brottsförebyggande samordnare " + TRICKY_NAME).municipality(KARLSKOGA.value())
        .municipality(DEGERFORS.value())
        .decision(decision(LocalDate.of(2023, 6, 12), DecidingBody.MUNICIPAL_EXECUTIVE_BOARD, "Kommunstyrelsen"))
        .placedIn(placedIn)
        .addHolder(new Holder(holder, 50, DateSpan.of(PartialDate.ofMonth(2023, 7), PartialDate.ofYear(2024))))
        .addHolder(new Holder(holder, 75, DateSpan.of(PartialDate.of(LocalDate.of(2025, 1, 1)),
            PartialDate.ofYear(2026))))
        .tasks(List.of(CoordinationTask.COORDINATE_AND_SUPPORT, CoordinationTask.INFORM_RESIDENTS))
        .otherTasks(List.of("Sammankallar Lokalt brottsförebyggande råd", "Söker medel hos Brå " + TRICKY_NAME))
        .contact(ContactDetails.NONE.withEmail("samordnare@karlskoga.se").withPhone("0586-610 00")
            .withAddress(new PostalAddress("Kyrkbacken 9", Optional.of("691 83"), "Karlskoga", "SE"))
            .withWebsite(website().toString()))
        .period(DateSpan.of(PartialDate.ofMonth(2023, 7), PartialDate.ofYear(2026))).build();
  }

  public CoordinationFunction savedCoordinationFunction() {
    return store.repository(CoordinationFunctionRepository.class).save(coordinationFunction());
  }

  /** A website as a URI, for tests that need one. */
  public static URI website() {
    return URI.create("https://www.karlskoga.se/");
  }
}
