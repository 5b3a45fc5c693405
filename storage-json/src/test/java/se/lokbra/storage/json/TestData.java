package se.lokbra.storage.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.conference.Speaker;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.Membership;
import se.lokbra.core.council.Role;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.FollowUpOutcome;
import se.lokbra.core.measure.Goal;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.measure.MeasureStatus;
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

/** Varied data that uses every field of every aggregate, written through a store's repositories. */
final class TestData {
  static final MunicipalityCode KARLSKOGA = MunicipalityCode.of("1883");
  static final MunicipalityCode DEGERFORS = MunicipalityCode.of("1862");

  private TestData() {}

  /** Fills {@code store}: organisations, people, a council, measures, a meeting, a conference and a tombstone. */
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
    Measure andt = store.measures().save(Measure.builder().id("andt-strategi").council(council.id())
        .title("ANDT-strategi 2024–2027").description("Alkohol, narkotika, doping och tobak.\nAndra raden\t(tab).")
        .category(MeasureCategory.STRATEGY).targetProblem("Ungas bruk av narkotika")
        .responsibleOrganisations(forvaltning.id(), kommun.id()).municipalities(KARLSKOGA, DEGERFORS)
        .period(DateSpan.of(PartialDate.ofYear(2024), PartialDate.ofMonth(2027, 6)))
        .status(MeasureStatus.IN_PROGRESS)
        .addGoal(new Goal("Andel elever som känner sig trygga", new BigDecimal("80"), Optional.of("%")))
        .addGoal(new Goal("Anmälda brott per 1000 invånare", new BigDecimal("12.345"), Optional.empty()))
        .addGoal(new Goal("Mycket litet mål", new BigDecimal("0.0000001"), Optional.of("promille")))
        .build());
    Measure trygghet = store.measures().save(Measure.builder().id("trygghetsvandring").council(council.id())
        .title("Trygghetsvandring i centrum").category(MeasureCategory.SITUATIONAL)
        .period(DateSpan.from(PartialDate.of(LocalDate.of(2023, 9, 14)))).build());
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
  }

  /** A measure id that {@link #fill} writes. */
  static final MeasureId ANDT = MeasureId.of("andt-strategi");
}
