package se.lokbra.interop.oparl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.ValidationException;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.Membership;
import se.lokbra.core.council.Role;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.PoliticalParty;
import se.lokbra.core.model.Revision;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.person.Person;
import se.lokbra.core.sample.KarlskogaDegerfors;
import se.lokbra.interop.SchemaAssertions;
import se.lokbra.interop.TestData;

class OParlExportTest {
  private static final String BASE = "https://example.org/oparl/v1";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final DataSet sample = TestData.sample();
  private final OParlExport export = OParlExport.of(sample, OParlOptions.of(BASE + "/"));

  @Test
  void everySampleObjectValidatesAgainstTheOParlSchemas() {
    assertThat(SchemaAssertions.oparlErrors(export)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void everyGeneratedObjectValidatesAgainstTheOParlSchemas(long seed) {
    OParlExport generated = OParlExport.of(TestData.generated(seed), OParlOptions.of(BASE).withPageSize(7)
        .withLicense("https://creativecommons.org/licenses/by/4.0/").withContact("lokbra@example.org", "Lokbrå"));
    assertThat(generated.paths()).hasSizeGreaterThan(500);
    assertThat(SchemaAssertions.oparlErrors(generated)).isEmpty();
    assertThat(read(generated, "body/2480").get("name").asText())
        .as("no municipality organisation with this code to name the body").isEqualTo("Kommun 2480");
    assertThat(read(generated, "body/2480").get("license").asText())
        .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
  }

  @Test
  void theChairsMembershipHasRoleDatesAndTheCouncil() {
    JsonNode chair = read(export, "membership/karlskoga-degerfors.chair.2019-01-01.p.martin-harsmar");
    Council council = TestData.council(sample, KarlskogaDegerfors.COUNCIL);
    assertThat(chair.get("id").asText())
        .isEqualTo(BASE + "/membership/karlskoga-degerfors.chair.2019-01-01.p.martin-harsmar");
    assertThat(chair.get("type").asText()).isEqualTo("https://schema.oparl.org/1.1/Membership");
    assertThat(chair.get("person").asText()).isEqualTo(BASE + "/person/martin-harsmar");
    assertThat(chair.get("organization").asText()).isEqualTo(BASE + "/council/karlskoga-degerfors");
    assertThat(chair.get("role").asText()).isEqualTo("ordförande");
    assertThat(chair.get("startDate").asText()).isEqualTo("2019-01-01");
    assertThat(chair.get("endDate").asText()).isEqualTo("2022-12-31");
    assertThat(chair.has("onBehalfOf")).isFalse();
    assertThat(chair.get("created").asText()).isEqualTo(council.revision().created().orElseThrow().toString());
    assertThat(chair.get("modified").asText()).isEqualTo(council.revision().modified().orElseThrow().toString());

    JsonNode person = read(export, "person/martin-harsmar");
    assertThat(person.get("name").asText()).isEqualTo("Martin Hårsmar");
    assertThat(person.get("body").asText()).as("the first municipality of the council").isEqualTo(BASE + "/body/1883");
    List<String> memberships = StreamSupport.stream(person.get("membership").spliterator(), false)
        .map(m -> m.get("id").asText()).toList();
    assertThat(memberships).containsExactly(
        BASE + "/membership/karlskoga-degerfors.chair.2019-01-01.p.martin-harsmar",
        BASE + "/membership/martin-harsmar.party");
    assertThat(person.get("membership").get(0).has("person")).as("embedded: no back-reference").isFalse();
    assertThat(read(export, "membership/martin-harsmar.party").get("organization").asText())
        .isEqualTo(BASE + "/party/m");
    JsonNode party = read(export, "party/m");
    assertThat(party.get("name").asText()).isEqualTo("Moderaterna");
    assertThat(party.get("organizationType").asText()).isEqualTo("Partei");
  }

  @Test
  void anOrganisationsSeatIsHeldOnItsBehalf() {
    JsonNode seat = read(export, "membership/karlskoga-degerfors.member.2019-01-01.o.karlskoga-kommun");
    assertThat(seat.has("person")).isFalse();
    assertThat(seat.get("onBehalfOf").asText()).isEqualTo(BASE + "/organization/karlskoga-kommun");
    assertThat(seat.get("role").asText()).isEqualTo("ledamot");
    JsonNode council = read(export, "council/karlskoga-degerfors");
    assertThat(council.get("name").asText()).isEqualTo("Lokala brottsförebyggande rådet i Karlskoga och Degerfors");
    assertThat(council.get("shortName").asText()).isEqualTo("Lokbrå");
    assertThat(council.get("organizationType").asText()).isEqualTo("Gremium");
    assertThat(council.get("body").asText()).isEqualTo(BASE + "/body/1883");
    assertThat(council.get("membership")).hasSize(4);
  }

  @Test
  void thereIsABodyPerMunicipalityNamedAfterItsOrganisation() {
    JsonNode bodies = read(export, "list/body/1");
    assertThat(ids(bodies.get("data"))).containsExactly(BASE + "/body/1862", BASE + "/body/1883");
    JsonNode karlskoga = read(export, "body/1883");
    assertThat(karlskoga.get("name").asText()).isEqualTo("Karlskoga kommun");
    assertThat(karlskoga.get("system").asText()).isEqualTo(BASE + "/system");
    assertThat(karlskoga.get("contactEmail").asText()).isEqualTo("kommun@karlskoga.se");
    assertThat(karlskoga.get("location").get("description").asText()).isEqualTo("Katrinedalsgatan 4, Karlskoga");
    assertThat(karlskoga.get("legislativeTerm")).hasSize(1);
    JsonNode term = karlskoga.get("legislativeTerm").get(0);
    assertThat(term.get("name").asText()).isEqualTo("Mandatperiod 2019–2022");
    assertThat(term.get("startDate").asText()).isEqualTo("2019-01-01");
    assertThat(term.get("endDate").asText()).isEqualTo("2022-12-31");
    assertThat(karlskoga.get("meeting").asText()).isEqualTo(BASE + "/list/1883/meeting/1");
    assertThat(ids(read(export, "list/1883/meeting/1").get("data")))
        .containsExactly(BASE + "/meeting/lokbra-2019-1");
    assertThat(ids(read(export, "list/1862/meeting/1").get("data")))
        .as("a joint council's meeting is in both municipalities' bodies")
        .containsExactly(BASE + "/meeting/lokbra-2019-1");
    assertThat(ids(read(export, "list/1883/organization/1").get("data"))).containsExactly(
        BASE + "/council/karlskoga-degerfors", BASE + "/organization/degerfors-kommun",
        BASE + "/organization/karlskoga-kommun", BASE + "/organization/lansstyrelsen-orebro-lan",
        BASE + "/organization/polisen", BASE + "/party/m");
    assertThat(ids(read(export, "list/1883/person/1").get("data")))
        .containsExactly(BASE + "/person/annika-borg", BASE + "/person/martin-harsmar");
    JsonNode system = read(export, "system");
    assertThat(system.get("oparlVersion").asText()).isEqualTo("https://schema.oparl.org/1.1/");
    assertThat(system.get("body").asText()).isEqualTo(BASE + "/list/body/1");
    assertThat(export.systemUrl()).isEqualTo(BASE + "/system");
  }

  @Test
  void theMeetingHasItsAgendaParticipantsAndTimes() {
    Meeting meeting = TestData.meeting(sample, KarlskogaDegerfors.FIRST_MEETING_2019);
    JsonNode node = read(export, "meeting/lokbra-2019-1");
    assertThat(node.get("id").asText()).isEqualTo("https://example.org/oparl/v1/meeting/lokbra-2019-1");
    assertThat(node.get("name").asText())
        .isEqualTo("Lokala brottsförebyggande rådet i Karlskoga och Degerfors, sammanträde 2019-04-01");
    assertThat(node.get("start").asText()).isEqualTo("2019-04-01T00:00:00+02:00");
    assertThat(node.has("end")).isFalse();
    assertThat(node.get("meetingState").asText()).isEqualTo("genomfört");
    assertThat(node.get("cancelled").asBoolean()).isFalse();
    assertThat(node.get("organization").get(0).asText()).isEqualTo(BASE + "/council/karlskoga-degerfors");
    assertThat(StreamSupport.stream(node.get("participant").spliterator(), false).map(JsonNode::asText))
        .containsExactly(BASE + "/person/martin-harsmar", BASE + "/person/annika-borg");
    JsonNode agenda = node.get("agendaItem");
    assertThat(agenda).hasSize(3);
    assertThat(agenda.get(1).get("id").asText()).isEqualTo(BASE + "/agendaitem/lokbra-2019-1.2");
    assertThat(agenda.get(1).get("number").asText()).isEqualTo("2");
    assertThat(agenda.get(1).get("order").asInt()).isEqualTo(2);
    assertThat(agenda.get(1).get("name").asText()).isEqualTo("Avstämning av viktiga insatser under 2018");
    assertThat(agenda.get(1).has("meeting")).as("embedded: no back-reference").isFalse();
    assertThat(read(export, "agendaitem/lokbra-2019-1.2").get("meeting").asText())
        .isEqualTo(BASE + "/meeting/lokbra-2019-1");
    assertThat(node.get("created").asText()).isEqualTo(meeting.revision().created().orElseThrow().toString());
    assertThat(node.get("modified").asText()).isEqualTo(meeting.revision().modified().orElseThrow().toString());
  }

  @Test
  void aMeetingsLocationIsEmbeddedAndCancelledMeetingsSaySo() {
    DataSet data = withStore(store -> {
      KarlskogaDegerfors.loadIfEmpty(store);
      store.meetings().save(Meeting.builder().id("installt-2020").council(KarlskogaDegerfors.COUNCIL)
          .start(ZonedDateTime.of(2020, 1, 15, 13, 0, 0, 0, TestData.STOCKHOLM))
          .end(ZonedDateTime.of(2020, 1, 15, 15, 30, 0, 0, TestData.STOCKHOLM))
          .location("Stadshuset, sal 3").state(se.lokbra.core.meeting.MeetingState.CANCELLED).build());
    });
    OParlExport cancelled = OParlExport.of(data, OParlOptions.of(BASE));
    JsonNode node = read(cancelled, "meeting/installt-2020");
    assertThat(node.get("cancelled").asBoolean()).isTrue();
    assertThat(node.get("meetingState").asText()).isEqualTo("inställt");
    assertThat(node.get("start").asText()).isEqualTo("2020-01-15T13:00:00+01:00");
    assertThat(node.get("end").asText()).isEqualTo("2020-01-15T15:30:00+01:00");
    assertThat(node.get("location").get("id").asText()).isEqualTo(BASE + "/location/meeting.installt-2020");
    assertThat(node.get("location").get("description").asText()).isEqualTo("Stadshuset, sal 3");
    assertThat(read(cancelled, "location/meeting.installt-2020").get("meetings").get(0).asText())
        .isEqualTo(BASE + "/meeting/installt-2020");
    assertThat(SchemaAssertions.oparlErrors(cancelled)).isEmpty();
  }

  @Test
  void deletedEntitiesAppearAsDeletedObjectsInEveryBody() {
    DataSet data = TestData.generated(3);
    OParlExport generated = OParlExport.of(data, OParlOptions.of(BASE).withPageSize(5));
    List<String> bodies = ids(read(generated, "list/body/1").get("data"));
    assertThat(data.tombstones()).extracting(t -> t.id().kind()).contains(AggregateKind.ORGANISATION,
        AggregateKind.COUNCIL, AggregateKind.PERSON, AggregateKind.MEETING, AggregateKind.MEASURE,
        AggregateKind.CONFERENCE);
    for (Tombstone tombstone : data.tombstones()) {
      String path = switch (tombstone.id().kind()) {
        case ORGANISATION -> "organization/";
        case COUNCIL -> "council/";
        case PERSON -> "person/";
        case MEETING -> "meeting/";
        case MEASURE, CONFERENCE, SITUATION_PICTURE, PROBLEM, INDICATOR, COOPERATION_AGREEMENT, ACTION_PLAN,
            COORDINATION_FUNCTION -> null;
      };
      if (path == null) {
        assertThat(generated.paths()).noneMatch(p -> p.endsWith("/" + tombstone.id().value()));
        continue;
      }
      JsonNode node = read(generated, path + tombstone.id().value());
      assertThat(node.get("deleted").asBoolean()).isTrue();
      assertThat(node.get("modified").asText()).isEqualTo(tombstone.deleted().toString());
      assertThat(node.get("created").asText()).isEqualTo(tombstone.created().toString());
      String list = path.equals("council/") ? "organization" : path.substring(0, path.length() - 1);
      for (String body : bodies) {
        String code = body.substring(body.lastIndexOf('/') + 1);
        assertThat(allListed(generated, "list/" + code + "/" + list)).contains(BASE + "/" + path
            + tombstone.id().value());
      }
    }
  }

  @Test
  void listsArePagedInStableOrderAndEveryUrlResolves() {
    OParlExport generated = OParlExport.of(TestData.generated(4), OParlOptions.of(BASE).withPageSize(3));
    Set<String> urls = generated.paths().stream().map(generated::url).collect(Collectors.toSet());
    for (String path : generated.paths()) {
      JsonNode node = read(generated, path);
      List<String> referenced = new ArrayList<>();
      collectUrls(node, referenced);
      assertThat(urls).as("URLs referenced from %s", path).containsAll(referenced);
      if (path.startsWith("list/") && path.endsWith("/1")) {
        String list = path.substring(0, path.length() - 2);
        List<String> listed = allListed(generated, list);
        assertThat(listed).as(list).isSorted().doesNotHaveDuplicates()
            .hasSize(node.get("pagination").get("totalElements").asInt());
      }
    }
    JsonNode second = read(generated, "list/1883/person/2");
    assertThat(second.get("pagination").get("currentPage").asInt()).isEqualTo(2);
    assertThat(second.get("pagination").get("elementsPerPage").asInt()).isEqualTo(3);
    assertThat(second.get("data")).hasSize(3);
    assertThat(second.get("links").get("prev").asText()).isEqualTo(BASE + "/list/1883/person/1");
    assertThat(second.get("links").get("next").asText()).isEqualTo(BASE + "/list/1883/person/3");
    assertThat(second.get("links").get("first").asText()).isEqualTo(BASE + "/list/1883/person/1");
  }

  @Test
  void theSameDataGivesTheSameBytes() {
    OParlOptions options = OParlOptions.of(BASE).withPageSize(4);
    OParlExport first = OParlExport.of(TestData.generated(5), options);
    OParlExport second = OParlExport.of(TestData.generated(5), options);
    assertThat(second.paths()).isEqualTo(first.paths());
    for (String path : first.paths()) {
      assertThat(second.file(path)).as(path).isEqualTo(first.file(path));
    }
    assertThat(new String(export.file("system"), java.nio.charset.StandardCharsets.UTF_8)).endsWith("}\n")
        .doesNotContain("\r");
  }

  @Test
  void partiesWithAbbreviationsThatDifferOnlyInCaseGetTheirOwnFiles() {
    DataSet data = withStore(store -> {
      KarlskogaDegerfors.loadIfEmpty(store);
      Person mitten = store.people().save(Person.builder().id("mia").givenName("Mia").familyName("Ek")
          .party(PoliticalParty.of("m", "Mittenlistan")).build());
      Person local = store.people().save(Person.builder().id("ola").givenName("Ola").familyName("Öst")
          .party(PoliticalParty.of("KÖ&L", "Karlskogas Öppna & Lokala")).build());
      Council council = store.councils().getById(KarlskogaDegerfors.COUNCIL);
      store.councils().save(council.withMembership(Membership.ofPerson(mitten.id(), Optional.empty(), Role.DEPUTY,
          LocalDate.of(2019, 1, 1), Optional.empty())).withMembership(Membership.ofPerson(local.id(),
          Optional.empty(), Role.ADJUNCT, LocalDate.of(2019, 1, 1), Optional.empty())));
    });
    OParlExport parties = OParlExport.of(data, OParlOptions.of(BASE));
    assertThat(read(parties, "party/m").get("name").asText()).isEqualTo("Moderaterna");
    assertThat(read(parties, "party/m-2").get("name").asText()).isEqualTo("Mittenlistan");
    assertThat(read(parties, "party/k_f6_26l").get("shortName").asText()).isEqualTo("KÖ&L");
    JsonNode adjunct = read(parties, "membership/karlskoga-degerfors.adjunct.2019-01-01.p.ola");
    assertThat(adjunct.get("votingRight").asBoolean()).isFalse();
    assertThat(adjunct.has("endDate")).isFalse();
    assertThat(SchemaAssertions.oparlErrors(parties)).isEmpty();
  }

  @Test
  void anEmptyDataSetIsAValidSystemWithoutBodies() {
    OParlExport empty = OParlExport.of(DataSet.empty(), OParlOptions.of(BASE));
    assertThat(empty.paths()).containsExactly("list/body/1", "system");
    JsonNode list = read(empty, "list/body/1");
    assertThat(list.get("data")).isEmpty();
    assertThat(list.get("pagination").get("totalPages").asInt()).isEqualTo(1);
    assertThat(list.get("links").has("next")).isFalse();
    assertThat(SchemaAssertions.oparlErrors(empty)).isEmpty();
  }

  @Test
  void writesEveryFileUnderTheDirectory(@TempDir Path directory) throws IOException {
    export.writeTo(directory);
    for (String path : export.paths()) {
      assertThat(Files.readAllBytes(directory.resolve(path))).as(path).isEqualTo(export.file(path));
    }
    try (var files = Files.walk(directory)) {
      assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(export.paths().size());
    }
  }

  @Test
  void optionsAreChecked() {
    assertThat(OParlOptions.of("https://example.org/x/").baseUrl()).hasToString("https://example.org/x");
    assertThatThrownBy(() -> OParlOptions.of("example.org/oparl")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> OParlOptions.of("ftp://example.org/")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> OParlOptions.of("https://example.org/?page=1")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> OParlOptions.of(BASE).withPageSize(0)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> export.file("nope")).isInstanceOf(ValidationException.class);
  }

  @Test
  void revisionsOfNewEntitiesAreLeftOut() {
    Council council = KarlskogaDegerfors.council();
    assertThat(council.revision()).isEqualTo(Revision.NEW);
    DataSet data = DataSet.builder().addAll(KarlskogaDegerfors.organisations())
        .addAll(KarlskogaDegerfors.people()).add(council).build();
    OParlExport unsaved = OParlExport.of(data, OParlOptions.of(BASE));
    assertThat(read(unsaved, "council/karlskoga-degerfors").has("created")).isFalse();
    assertThat(read(unsaved, "system").has("modified")).isFalse();
    assertThat(SchemaAssertions.oparlErrors(unsaved)).isEmpty();
    assertThat(ids(read(unsaved, "list/body/1").get("data"))).hasSize(2);
  }

  // ---- helpers ----

  private static DataSet withStore(java.util.function.Consumer<LokbraStore> work) {
    try (LokbraStore store = LokbraStores.open("memory:oparl", StoreOptions.defaults()
        .withClock(TestData.tickingClock()))) {
      work.accept(store);
      return store.snapshot();
    }
  }

  static JsonNode read(OParlExport export, String path) {
    try {
      return JSON.readTree(export.file(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> ids(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("id").asText()).toList();
  }

  /** Every object id of a list, following {@code links.next} from the first page. */
  private static List<String> allListed(OParlExport export, String list) {
    List<String> ids = new ArrayList<>();
    Set<String> visited = new HashSet<>();
    String page = list + "/1";
    while (page != null) {
      assertThat(visited.add(page)).as("page visited once: %s", page).isTrue();
      JsonNode node = read(export, page);
      ids.addAll(ids(node.get("data")));
      JsonNode next = node.get("links").get("next");
      page = next == null ? null : next.asText().substring(BASE.length() + 1);
    }
    return ids;
  }

  /** Every string in the tree that is a URL under the base URL. */
  private static void collectUrls(JsonNode node, List<String> urls) {
    if (node.isTextual() && node.asText().startsWith(BASE + "/")) {
      urls.add(node.asText());
    }
    node.forEach(child -> collectUrls(child, urls));
  }
}
