package se.lokbra.interop;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.Repositories;
import se.lokbra.core.StoreOptions;
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
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.measure.MeasureStatus;
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
import se.lokbra.core.sample.KarlskogaDegerfors;

/**
 * Data sets for the export tests, each made in an in-memory store with a clock that ticks one second per reading, so
 * that the same call gives the same data set, timestamps included.
 */
public final class TestData {
  public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  /** Text that trips up writers: Swedish letters, an emoji outside the BMP, quotes, separators, backslashes. */
  public static final String TRICKY = "Åsa Öberg-Ñúñez 🚓 \"citat\"; semikolon, komma \\ <b>&amp;</b>";

  private static final String[] GIVEN = {"Åsa", "Östen", "Märta", "Per-Olof", "Zoë", "Ingrid", "Ülkü", "Jörgen",
      "Nils 🎓", "Li"};
  private static final String[] FAMILY = {"Öberg", "Ñúñez", "Hårsmar", "Wikström", "Borg", "Ek", "O'Brien",
      "van der Berg", "Şahin", "王"};
  private static final MunicipalityCode[] MUNICIPALITIES = {MunicipalityCode.of("1883"), MunicipalityCode.of("1862"),
      MunicipalityCode.of("1880"), MunicipalityCode.of("0180"), MunicipalityCode.of("1280"),
      MunicipalityCode.of("2480")};
  private static final PoliticalParty[] PARTIES = {PoliticalParty.MODERATERNA, PoliticalParty.SOCIALDEMOKRATERNA,
      PoliticalParty.MILJOPARTIET, PoliticalParty.of("KÖ&L", "Karlskogas Öppna & Lokala"),
      // "m" and "M" make the same file name on case-insensitive file systems: the export must keep them apart.
      PoliticalParty.of("m", "Mittenlistan")};

  private TestData() {}

  /** A clock that starts on 2024-01-01 and moves one second each time it is read. */
  public static Clock tickingClock() {
    AtomicLong seconds = new AtomicLong(Instant.parse("2024-01-01T00:00:00Z").getEpochSecond());
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return Instant.ofEpochSecond(seconds.getAndIncrement(), 123_456_000);
      }
    };
  }

  /** The Karlskoga–Degerfors sample data set. */
  public static DataSet sample() {
    try (LokbraStore store = LokbraStores.open("memory:sample", StoreOptions.defaults().withClock(tickingClock()))) {
      KarlskogaDegerfors.loadIfEmpty(store);
      return store.snapshot();
    }
  }

  /**
   * A generated data set: several councils over several municipalities, every optional field both empty and set,
   * Unicode everywhere, and tombstones of every kind.
   */
  public static DataSet generated(long seed) {
    try (LokbraStore store = LokbraStores.open("memory:generated-" + seed,
        StoreOptions.defaults().withClock(tickingClock()))) {
      store.useTransaction(tx -> new Generator(tx, new Random(seed)).run());
      return store.snapshot();
    }
  }

  /** Makes the generated data set; every choice comes from the seeded random source. */
  private static final class Generator {
    private final Repositories tx;
    private final Random random;
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Council> councils = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();
    private final List<Meeting> meetings = new ArrayList<>();
    private final Set<String> organisationNumbers = new HashSet<>();

    Generator(Repositories tx, Random random) {
      this.tx = tx;
      this.random = random;
    }

    void run() {
      for (int i = 0; i < 40; i++) {
        organisations.add(tx.organisations().save(organisation(i)));
      }
      for (int i = 0; i < 120; i++) {
        people.add(tx.people().save(person(i)));
      }
      for (int i = 0; i < 6; i++) {
        councils.add(tx.councils().save(council(i)));
      }
      for (int i = 0; i < 60; i++) {
        measures.add(tx.measures().save(measure(i)));
      }
      for (int i = 0; i < 70; i++) {
        meetings.add(tx.meetings().save(meeting(i)));
      }
      for (Measure measure : measures) {
        if (random.nextBoolean()) {
          tx.measures().save(measure.withFollowUp(new FollowUp(LocalDate.of(2024, 2, 1),
              random.nextBoolean() ? "" : "Uppföljd; \"bra\"\nnästa steg: fler vandringar " + TRICKY,
              pick(FollowUpOutcome.values()),
              random.nextBoolean() ? Optional.of(pick(meetings).id()) : Optional.empty())));
        }
      }
      for (int i = 0; i < 12; i++) {
        tx.conferences().save(conference(i));
      }
      deleteSome();
    }

    /** Entities that nothing refers to, saved and deleted, so every kind has tombstones. */
    private void deleteSome() {
      for (int i = 0; i < 3; i++) {
        Organisation o = tx.organisations().save(Organisation.builder().id("doomed-org-" + i)
            .name("Nedlagd förening " + i).kind(OrganisationKind.NON_PROFIT).build());
        tx.organisations().delete(o);
        Person p = tx.people().save(Person.builder().id("doomed-person-" + i).givenName("Avflyttad")
            .familyName("Person " + i).build());
        tx.people().delete(p);
      }
      Council c = tx.councils().save(Council.builder().id("doomed-council").name("Upplöst råd")
          .municipalities(MUNICIPALITIES[0]).build());
      tx.councils().delete(c);
      for (int i = 0; i < 2; i++) {
        Meeting m = tx.meetings().save(Meeting.builder().id("doomed-meeting-" + i).council(councils.get(0).id())
            .start(ZonedDateTime.of(2020, 1, 1 + i, 9, 0, 0, 0, STOCKHOLM)).build());
        tx.meetings().delete(m);
        Measure me = tx.measures().save(Measure.builder().id("doomed-measure-" + i).council(councils.get(0).id())
            .title("Struken insats").category(MeasureCategory.OTHER).build());
        tx.measures().delete(me);
        Conference co = tx.conferences().save(Conference.builder().id("doomed-conference-" + i)
            .title("Inställd konferens").start(LocalDate.of(2021, 3, 1)).build());
        tx.conferences().delete(co);
      }
    }

    private Organisation organisation(int i) {
      OrganisationKind kind = OrganisationKind.values()[i % OrganisationKind.values().length];
      Organisation.Builder b = Organisation.builder().id(String.format(java.util.Locale.ROOT, "org-%03d", i))
          .name((i % 4 == 0 ? TRICKY + " " : "") + "Organisation " + i + " " + pick(FAMILY)).kind(kind);
      if (kind == OrganisationKind.MUNICIPALITY) {
        // Municipality organisations name most bodies; the last municipality code is left without one.
        b.municipality(MUNICIPALITIES[(i / OrganisationKind.values().length) % (MUNICIPALITIES.length - 1)]);
      } else if (i % 3 == 0) {
        b.municipality(pick(MUNICIPALITIES));
      }
      if (i % 2 == 0) {
        b.organisationNumber(organisationNumber());
        b.identifiers(List.of(Identifier.of("wikidata", "Q" + (1000 + i)), Identifier.of("se-scb", "x" + i)));
        ContactDetails contact = ContactDetails.NONE.withEmail("org" + i + "@example.se").withPhone("0586-610 0" + (i % 10))
            .withWebsite("https://example.se/org/" + i)
            .withAddress(i % 4 == 0 ? PostalAddress.swedish("Storgatan " + i, "69183", "Karlskoga")
                : new PostalAddress("Rue d'Åland " + i, Optional.of("75001"), "Paris", "FR"));
        b.contact(contact);
      }
      if (i > 0 && i % 5 == 0) {
        b.parent(organisations.get(random.nextInt(organisations.size())).id());
      }
      return b.build();
    }

    /** A valid, unused organisation number of group 2 (municipalities and the like). */
    private String organisationNumber() {
      while (true) {
        StringBuilder digits = new StringBuilder("2").append(random.nextInt(10)).append(2 + random.nextInt(8));
        for (int k = 0; k < 6; k++) {
          digits.append(random.nextInt(10));
        }
        int sum = 0;
        for (int k = 0; k < 9; k++) {
          int d = digits.charAt(k) - '0';
          if (k % 2 == 0) {
            d *= 2;
            if (d > 9) {
              d -= 9;
            }
          }
          sum += d;
        }
        digits.append((10 - sum % 10) % 10);
        String number = digits.substring(0, 6) + "-" + digits.substring(6);
        if (organisationNumbers.add(number)) {
          return number;
        }
      }
    }

    private Person person(int i) {
      Person.Builder b = Person.builder().id(String.format(java.util.Locale.ROOT, "person-%03d", i))
          .givenName(pick(GIVEN)).familyName(pick(FAMILY) + (i % 7 == 0 ? " " + TRICKY : ""));
      if (i % 3 == 0) {
        b.title(i % 2 == 0 ? "Professor" : "Kommunpolis 🚓");
      }
      if (i % 2 == 0) {
        b.party(pick(PARTIES));
      }
      if (i % 4 != 3) {
        b.affiliation(pick(organisations).id());
      }
      if (i % 5 == 0) {
        b.contact(ContactDetails.NONE.withEmail("person" + i + "@example.se").withPhone("+46 70 123 45 " + (10 + i % 90))
            .withAddress(PostalAddress.swedish("Ängsvägen " + i, "Degerfors")));
      }
      return b.build();
    }

    private Council council(int i) {
      Set<MunicipalityCode> codes = new LinkedHashSet<>();
      codes.add(MUNICIPALITIES[i % MUNICIPALITIES.length]);
      for (int k = random.nextInt(3); k > 0; k--) {
        codes.add(pick(MUNICIPALITIES));
      }
      Council.Builder b = Council.builder().id(String.format(java.util.Locale.ROOT, "council-%02d", i))
          .name("Lokalt brottsförebyggande råd " + i + (i % 2 == 0 ? " " + TRICKY : "")).municipalities(codes);
      if (i % 2 == 0) {
        b.shortName("Lokbrå " + i).founded(1990 + i).meetingsPerYear(4);
      }
      // One chair and one vice chair per mandate period, so they never overlap; the last period is still running.
      int[] starts = {2011, 2015, 2019, 2023};
      for (int k = 0; k < starts.length; k++) {
        Optional<LocalDate> end = k == starts.length - 1 ? Optional.empty()
            : Optional.of(LocalDate.of(starts[k] + 3, 12, 31));
        b.addMembership(Membership.ofPerson(pick(people).id(), Optional.of(pick(organisations).id()), Role.CHAIR,
            LocalDate.of(starts[k], 1, 1), end));
        b.addMembership(Membership.ofPerson(pick(people).id(), Optional.empty(), Role.VICE_CHAIR,
            LocalDate.of(starts[k], 1, 1), end));
      }
      Role[] others = {Role.MEMBER, Role.DEPUTY, Role.COORDINATOR, Role.ADJUNCT, Role.EXPERT};
      for (int k = 0; k < 12; k++) {
        LocalDate start = LocalDate.of(1996 + random.nextInt(28), 1 + random.nextInt(12), 1 + random.nextInt(28));
        Optional<LocalDate> end = random.nextBoolean() ? Optional.empty()
            : Optional.of(start.plusDays(random.nextInt(2000)));
        Role role = others[k % others.length];
        Membership m = switch (k % 3) {
          case 0 -> Membership.ofOrganisation(pick(organisations).id(), role, start, end);
          case 1 -> Membership.ofPerson(pick(people).id(), Optional.empty(), role, start, end);
          default -> Membership.ofPerson(pick(people).id(), Optional.of(pick(organisations).id()), role, start, end);
        };
        b.addMembership(m);
        if (k == 0) {
          b.addMembership(m); // the same seat twice: the export must still give each its own id
        }
      }
      return b.build();
    }

    private Measure measure(int i) {
      Measure.Builder b = Measure.builder().id(String.format(java.util.Locale.ROOT, "measure-%03d", i))
          .council(pick(councils).id()).title("Insats " + i + (i % 3 == 0 ? " " + TRICKY : ""))
          .category(pick(MeasureCategory.values())).status(pick(MeasureStatus.values()));
      if (i % 2 == 0) {
        b.description("Rad ett; med \"citat\"\nRad två, med komma\r\nRad tre " + TRICKY)
            .targetProblem("Otrygghet i centrum; kvällstid")
            .responsibleOrganisations(List.of(pick(organisations).id(), pick(organisations).id()))
            .municipalities(List.of(pick(MUNICIPALITIES), pick(MUNICIPALITIES)))
            .addGoal(new Goal("Andel som känner sig trygga", new BigDecimal("80.5"), Optional.of("%")))
            .addGoal(new Goal("Antal vandringar", new BigDecimal("12"), Optional.empty()));
      }
      switch (i % 4) {
        case 0 -> b.period(DateSpan.ofYear(2015 + i % 10));
        case 1 -> b.period(DateSpan.from(PartialDate.ofMonth(2019, 1 + i % 12)));
        case 2 -> b.period(DateSpan.of(PartialDate.of(LocalDate.of(2020, 2, 29)), PartialDate.ofYear(2022)));
        default -> { } // no period
      }
      return b.build();
    }

    private Meeting meeting(int i) {
      ZoneId zone = i % 10 == 0 ? ZoneOffset.UTC : i % 10 == 1 ? ZoneId.of("Europe/Helsinki") : STOCKHOLM;
      ZonedDateTime start = ZonedDateTime.of(1996 + random.nextInt(30), 1 + random.nextInt(12),
          1 + random.nextInt(28), 8 + random.nextInt(10), 15 * random.nextInt(4), 0, 0, zone);
      Meeting.Builder b = Meeting.builder().id(String.format(java.util.Locale.ROOT, "meeting-%03d", i))
          .council(pick(councils).id()).start(start).state(pick(MeetingState.values()));
      if (i % 2 == 0) {
        b.end(start.plusMinutes(90 + random.nextInt(200)));
      }
      if (i % 3 != 2) {
        b.location(i % 3 == 0 ? "Stadshuset, sal 3; " + TRICKY : "Folkets hus, Degerfors");
      }
      for (int k = random.nextInt(5); k > 0; k--) {
        List<MeasureId> about = random.nextBoolean() ? List.of(pick(measures).id()) : List.of();
        b.addAgendaItem(AgendaItem.of("Punkt " + k + (k % 2 == 0 ? " " + TRICKY : ""), about,
            random.nextBoolean() ? Optional.of("Anteckning:\n" + TRICKY) : Optional.empty()));
      }
      List<PersonId> participants = new ArrayList<>();
      for (int k = random.nextInt(6); k > 0; k--) {
        participants.add(pick(people).id());
      }
      b.participants(new LinkedHashSet<>(participants));
      if (i % 4 == 0) {
        b.addGuest(Guest.of(pick(people).id(), "Om trygghet; " + TRICKY));
        b.addGuest(new Guest(pick(people).id(), Optional.empty()));
      }
      return b.build();
    }

    private Conference conference(int i) {
      LocalDate start = LocalDate.of(2000 + random.nextInt(26), 1 + random.nextInt(12), 1 + random.nextInt(28));
      Conference.Builder b = Conference.builder().id(String.format(java.util.Locale.ROOT, "conference-%02d", i))
          .title("Konferens " + i + (i % 2 == 0 ? " " + TRICKY : "")).start(start);
      if (i % 3 == 0) {
        b.end(start.plusDays(1 + random.nextInt(3)));
      }
      if (i % 2 == 0) {
        b.venue("Karlskoga Folkets hus; " + TRICKY).description("Dag ett\nDag två; \"avslutning\"");
      }
      List<CouncilId> organisers = new ArrayList<>();
      organisers.add(councils.get(i % councils.size()).id());
      if (i % 3 == 1) {
        organisers.add(councils.get((i + 1) % councils.size()).id());
      }
      b.organisingCouncils(organisers);
      if (i % 2 == 1) {
        b.organisingOrganisations(List.of(pick(organisations).id()));
      }
      if (i % 2 == 0) {
        b.addSpeaker(Speaker.of(pick(people).id(), "Situationell handlingsteori; " + TRICKY));
      }
      return b.build();
    }

    @SafeVarargs
    private <T> T pick(T... values) {
      return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }
  }

  /** The meeting with this id in {@code data}. */
  public static Meeting meeting(DataSet data, MeetingId id) {
    return data.meetings().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  /** The council with this id in {@code data}. */
  public static Council council(DataSet data, CouncilId id) {
    return data.councils().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  /** The organisation with this id in {@code data}. */
  public static Organisation organisation(DataSet data, OrganisationId id) {
    return data.organisations().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
  }
}
