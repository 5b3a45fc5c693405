package se.lokbra.storage.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import se.lokbra.core.coordination.CoordinationFunction;
import se.lokbra.core.coordination.CoordinationFunctionRepository;
import se.lokbra.core.coordination.CoordinationTask;
import se.lokbra.core.coordination.Holder;
import se.lokbra.core.model.DecidingBody;
import se.lokbra.core.model.Decision;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.agreement.AgreementGoal;
import se.lokbra.core.agreement.CitizenPromise;
import se.lokbra.core.agreement.CooperationAgreement;
import se.lokbra.core.agreement.PromiseStatus;
import se.lokbra.core.agreement.Signatory;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.conference.Speaker;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.Membership;
import se.lokbra.core.council.Role;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.indicator.Measurement;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.FollowUpOutcome;
import se.lokbra.core.measure.Goal;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.measure.Target;
import se.lokbra.core.meeting.AgendaItem;
import se.lokbra.core.meeting.Guest;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.meeting.MeetingState;
import se.lokbra.core.model.ContactDetails;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.Identifier;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.model.PoliticalParty;
import se.lokbra.core.model.PostalAddress;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.person.Person;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.problem.Cause;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.situation.SituationPicture;
import se.lokbra.core.situation.Source;
import se.lokbra.core.situation.SourceKind;

/** Varied data that uses every field of every aggregate, written through a store's repositories. */
final class TestData {
  static final MunicipalityCode KARLSKOGA = MunicipalityCode.of("1883");
  static final MunicipalityCode DEGERFORS = MunicipalityCode.of("1862");

  private TestData() {}

  /**
   * Fills {@code store}: organisations, people, a council, the knowledge-based cycle (situation pictures, problems
   * with causes, indicators with values, a cooperation agreement with citizen promises, action plans), measures that
   * target problems and causes, meetings, conferences, and a tombstone of every kind but people, councils, meetings
   * and conferences.
   */
  static void fill(LokbraStore store) {
    Organisation kommun = store.organisations().save(Organisation.builder().id("karlskoga-kommun")
        .name("Karlskoga kommun").kind(OrganisationKind.MUNICIPALITY).organisationNumber("212000-1991")
        .municipality(KARLSKOGA).addIdentifier(Identifier.of("wikidata", "Q504241"))
        .contact(ContactDetails.NONE.withEmail("kommun@karlskoga.se").withPhone("0586-610 00")
            .withAddress(PostalAddress.swedish("Kyrkbacken 7", "69183", "Karlskoga"))
            .withWebsite("https://www.karlskoga.se/"))
        .build());
    Organisation forvaltning = store.organisations().save(Organisation.builder().id("socialforvaltningen")
        .name("Socialförvaltningen").kind(OrganisationKind.MUNICIPAL_ADMINISTRATION).parent(kommun.id())
        .contact(ContactDetails.NONE.withAddress(new PostalAddress("Storgatan 1", Optional.of("D-10115"), "Berlin",
            "DE")))
        .build());
    Organisation polisen = store.organisations().save(Organisation.builder().id("polisen-karlskoga")
        .name("Lokalpolisområde Karlskoga \"Bergslagen\"").kind(OrganisationKind.POLICE).build());
    Person chair = store.people().save(Person.builder().id("martin-harsmar").givenName("Martin")
        .familyName("Hårsmar").party(PoliticalParty.MODERATERNA).affiliation(kommun.id())
        .contact(ContactDetails.NONE.withEmail("martin.harsmar@karlskoga.se")).build());
    Person expert = store.people().save(Person.builder().id("per-olof-wikstrom").givenName("Per-Olof")
        .familyName("Wikström").title("Professor").party(PoliticalParty.of("Lokal-P", "Lokala partiet"))
        .identifiers(List.of(Identifier.of("orcid", "0000-0002-1825-0097"))).build());
    Person officer = store.people().save(Person.builder().id("anna-berg").givenName("Anna").familyName("Berg")
        .affiliation(polisen.id()).build());
    Council council = store.councils().save(Council.builder().id("karlskoga-degerfors")
        .name("Lokala brottsförebyggande rådet Karlskoga–Degerfors").shortName("Lokbrå KD")
        .municipalities(KARLSKOGA, DEGERFORS).founded(2008).meetingsPerYear(6)
        .addMembership(Membership.ofPerson(chair.id(), Optional.of(kommun.id()), Role.CHAIR,
            LocalDate.of(2019, 1, 1), Optional.of(LocalDate.of(2022, 12, 31))))
        .addMembership(Membership.ofOrganisation(polisen.id(), Role.MEMBER, LocalDate.of(2008, 3, 1),
            Optional.empty()))
        .addMembership(Membership.ofPerson(officer.id(), Optional.empty(), Role.COORDINATOR,
            LocalDate.of(2020, 2, 29), Optional.empty()))
        .build());
    SituationPicture picture = store.situationPictures().save(SituationPicture.builder().id("lagesbild-2023")
        .title("Lägesbild Karlskoga och Degerfors 2023").municipalities(KARLSKOGA, DEGERFORS).council(council.id())
        .date(LocalDate.of(2023, 11, 30)).period(DateSpan.of(PartialDate.ofYear(2022), PartialDate.ofMonth(2023, 10)))
        .producedBy(List.of(kommun.id(), polisen.id()))
        .addSource(new Source(SourceKind.SAFETY_SURVEY, "Trygghetsmätning 2023",
            Optional.of(LocalDate.of(2023, 5, 2))))
        .addSource(Source.of(SourceKind.STAFF_DIALOGUE, "Medarbetardialoger i skolan"))
        .summary("Otrygghet i centrum kvällstid.\nNarkotika bland unga.")
        .adoptedBy(Decision.of(LocalDate.of(2023, 12, 11), DecidingBody.MUNICIPAL_EXECUTIVE_BOARD, "Kommunstyrelsen")
            .withParagraph("§ 201"))
        .build());
    store.situationPictures().save(SituationPicture.builder().id("minimal-bild").title("Minimal lägesbild")
        .municipalities(DEGERFORS).build());
    Problem otrygghet = store.problems().save(Problem.builder().id("otrygghet-centrum").situationPicture(picture.id())
        .title("Otrygghet i centrum").description("Många känner sig otrygga i centrum kvällstid.")
        .place("Karlskoga centrum").priority(1)
        .addCause(Cause.of("dalig-belysning", "Dålig belysning i gångtunnlarna."))
        .addCause(Cause.of("folksamlingar", "Folksamlingar vid busstationen\nfredagskvällar."))
        .build());
    Problem narkotika = store.problems().save(Problem.builder().id("narkotika-unga").title("Narkotika bland unga")
        .build());
    Indicator otrygga = store.indicators().save(Indicator.builder().id("andel-otrygga").problem(otrygghet.id())
        .name("Andel som känner sig otrygga i centrum kvällstid").unit("%")
        .baseline(Measurement.of(LocalDate.of(2023, 5, 2), "41.50", "Trygghetsmätning 2023"))
        .values(List.of(Measurement.of(LocalDate.of(2024, 5, 2), "38", null),
            Measurement.of(LocalDate.of(2025, 5, 2), "-0.0000001", "Trygghetsmätning 2025")))
        .build());
    store.indicators().save(Indicator.builder().id("anmalda-narkotikabrott").problem(narkotika.id())
        .name("Anmälda narkotikabrott").build());
    store.cooperationAgreements().save(CooperationAgreement.builder().id("samverkan-2024")
        .title("Samverkansöverenskommelse 2024–2026").parties(List.of(kommun.id(), polisen.id()))
        .signatories(List.of(new Signatory(chair.id(), "Kommunstyrelsens ordförande", kommun.id(),
            Optional.of(LocalDate.of(2024, 1, 15))), new Signatory(officer.id(), "Lokalpolisområdeschef", polisen.id(),
            Optional.empty())))
        .period(DateSpan.of(PartialDate.ofYear(2024), PartialDate.ofYear(2026)))
        .problems(List.of(otrygghet.id(), narkotika.id()))
        .goals(List.of(new AgreementGoal(otrygga.id(), new BigDecimal("30.0"), LocalDate.of(2026, 12, 31))))
        .followUpDates(List.of(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 6, 30)))
        .addPromise(new CitizenPromise("Polisen är synlig i centrum fredagskvällar.", polisen.id(),
            Optional.of(DateSpan.ofYear(2024)), PromiseStatus.IN_PROGRESS))
        .addPromise(new CitizenPromise("Kommunen förbättrar belysningen i gångtunnlarna.", kommun.id(),
            Optional.empty(), PromiseStatus.PLANNED))
        .decision(Decision.of(LocalDate.of(2023, 12, 18), DecidingBody.CRIME_PREVENTION_COUNCIL,
            "Lokala brottsförebyggande rådet"))
        .build());
    ActionPlan plan = store.actionPlans().save(ActionPlan.builder().id("atgardsplan-2024").title("Åtgärdsplan 2024")
        .municipalities(KARLSKOGA).council(council.id()).decision(Decision.of(LocalDate.of(2024, 2, 12),
            DecidingBody.MUNICIPAL_COUNCIL, "Kommunfullmäktige").withParagraph("§ 12").withCaseNumber("KS 2023/456"))
        .restsOn(picture.id())
        .period(DateSpan.of(PartialDate.ofYear(2024), PartialDate.ofYear(2025)))
        .followUpDates(List.of(LocalDate.of(2024, 9, 1), LocalDate.of(2025, 3, 1))).build());
    store.actionPlans().save(ActionPlan.builder().id("minimal-plan").title("Minimal åtgärdsplan")
        .municipalities(DEGERFORS).decision(LocalDate.of(2024, 3, 4), "Kommunfullmäktige i Degerfors").build());
    store.repository(CoordinationFunctionRepository.class).save(CoordinationFunction.builder()
        .id("samordnare-karlskoga-degerfors").name("Brottsförebyggande samordnare").municipalities(List.of(KARLSKOGA,
            DEGERFORS))
        .decision(Decision.of(LocalDate.of(2023, 6, 12), DecidingBody.MUNICIPAL_EXECUTIVE_BOARD, "Kommunstyrelsen")
            .withCaseNumber("KS2023/0123"))
        .placedIn(kommun.id()).period(DateSpan.from(PartialDate.ofMonth(2023, 7)))
        .addHolder(new Holder(officer.id(), 50, DateSpan.of(PartialDate.ofMonth(2023, 7), PartialDate.ofYear(2024))))
        .addHolder(new Holder(chair.id(), 100, DateSpan.from(PartialDate.of(LocalDate.of(2025, 1, 1)))))
        .otherTasks(List.of("Sammankallar rådets arbetsgrupp"))
        .contact(ContactDetails.NONE.withEmail("samordnare@karlskoga.se")).build());
    store.repository(CoordinationFunctionRepository.class).save(CoordinationFunction.builder()
        .id("minimal-samordning").name("Samordning Degerfors").municipality("1862")
        .tasks(List.of(CoordinationTask.CONTACT_FOR_OTHER_ACTORS)).build());
    Measure andt = store.measures().save(Measure.builder().id("andt-strategi").council(council.id())
        .title("ANDT-strategi 2024–2027").description("Alkohol, narkotika, doping och tobak.\nAndra raden\t(tab).")
        .category(MeasureCategory.STRATEGY).targetProblem("Ungas bruk av narkotika")
        .responsibleOrganisations(forvaltning.id(), kommun.id()).municipalities(KARLSKOGA, DEGERFORS)
        .period(DateSpan.of(PartialDate.ofYear(2024), PartialDate.ofMonth(2027, 6)))
        .status(MeasureStatus.IN_PROGRESS)
        .addGoal(new Goal("Andel elever som känner sig trygga", new BigDecimal("80"), Optional.of("%")))
        .addGoal(new Goal("Anmälda brott per 1000 invånare", new BigDecimal("12.345"), Optional.empty()))
        .addGoal(new Goal("Mycket litet mål", new BigDecimal("0.0000001"), Optional.of("promille")))
        .addTarget(Target.problem(narkotika.id())).actionPlan(plan.id())
        .build());
    Measure trygghet = store.measures().save(Measure.builder().id("trygghetsvandring").council(council.id())
        .title("Trygghetsvandring i centrum").category(MeasureCategory.SITUATIONAL)
        .period(DateSpan.from(PartialDate.of(LocalDate.of(2023, 9, 14))))
        .addTarget(Target.cause(otrygghet.id(), "dalig-belysning")).addTarget(Target.cause(otrygghet.id(),
            "folksamlingar")).addTarget(Target.problem(otrygghet.id())).actionPlan(plan.id()).build());
    store.measures().save(Measure.builder().id("utan-period").council(council.id()).title("Föräldrastöd")
        .category(MeasureCategory.SOCIAL).status(MeasureStatus.CANCELLED).build());
    Meeting meeting = store.meetings().save(Meeting.builder().id("2024-03-lokbra").council(council.id())
        .start(ZonedDateTime.of(2024, 3, 31, 18, 0, 0, 0, ZoneId.of("Europe/Stockholm")))
        .end(ZonedDateTime.of(2024, 3, 31, 20, 30, 0, 0, ZoneId.of("Europe/Stockholm")))
        .location("Stadshuset, sal 1").state(MeetingState.HELD)
        .addAgendaItem(AgendaItem.of("Uppföljning ANDT", List.of(andt.id(), trygghet.id()),
            Optional.of("Beslut: fortsätt")))
        .addAgendaItem(AgendaItem.of("Övrigt"))
        .participants(List.of(chair.id(), officer.id()))
        .addGuest(Guest.of(expert.id(), "Situational action theory"))
        .addGuest(new Guest(officer.id(), Optional.empty()))
        .build());
    store.meetings().save(Meeting.builder().id("offset-only").council(council.id())
        .start(ZonedDateTime.of(2024, 10, 27, 2, 30, 0, 0, ZoneOffset.ofHours(1))).build());
    store.meetings().save(Meeting.builder().id("dst-overlap").council(council.id())
        .start(ZonedDateTime.ofLocal(java.time.LocalDateTime.of(2024, 10, 27, 2, 30), ZoneId.of("Europe/Stockholm"),
            ZoneOffset.ofHours(1)))
        .build());
    store.measures().save(store.measures().getById(andt.id()).withFollowUp(new FollowUp(LocalDate.of(2024, 3, 31),
        "Enkäten visar förbättring.", FollowUpOutcome.ON_TRACK, Optional.of(meeting.id()))));
    store.conferences().save(Conference.builder().id("brottsforebyggande-dagen").title("Brottsförebyggande dagen")
        .start(LocalDate.of(2024, 11, 6)).end(LocalDate.of(2024, 11, 7)).venue("Folkets hus")
        .organisingCouncils(List.of(council.id())).organisingOrganisations(List.of(kommun.id(), polisen.id()))
        .addSpeaker(Speaker.of(expert.id(), "Varför begår människor brott?"))
        .description("Två dagar om lokalt brottsförebyggande arbete.").build());
    store.conferences().save(Conference.builder().id("endagars").title("Endagarskonferens")
        .start(LocalDate.of(2025, 2, 1)).build());
    Measure removed = store.measures().save(Measure.builder().id("struken").council(council.id())
        .title("Struken insats").category(MeasureCategory.OTHER).build());
    store.measures().delete(removed);
    store.organisations().save(Organisation.builder().id("ideell-forening").name("Föreningen Trygg")
        .kind(OrganisationKind.NON_PROFIT).build());
    store.organisations().deleteById(se.lokbra.core.organisation.OrganisationId.of("ideell-forening"));
    store.situationPictures().delete(store.situationPictures().save(SituationPicture.builder().id("struken-bild")
        .title("Struken lägesbild").municipalities(KARLSKOGA).build()));
    Problem removedProblem = store.problems().save(Problem.builder().id("struket-problem").title("Struket problem")
        .build());
    store.indicators().delete(store.indicators().save(Indicator.builder().id("struken-indikator")
        .problem(removedProblem.id()).name("Struken indikator").build()));
    store.problems().delete(removedProblem);
    store.cooperationAgreements().delete(store.cooperationAgreements().save(CooperationAgreement.builder()
        .id("struken-overenskommelse").title("Struken överenskommelse").parties(List.of(polisen.id()))
        .period(DateSpan.ofYear(2020)).build()));
    store.actionPlans().delete(store.actionPlans().save(ActionPlan.builder().id("struken-plan")
        .title("Struken åtgärdsplan").municipalities(KARLSKOGA).build()));
  }

  /** A measure id that {@link #fill} writes. */
  static final MeasureId ANDT = MeasureId.of("andt-strategi");
}
