package se.lokbra.interop.popolo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lokbra.core.DataSet;
import se.lokbra.core.ValidationException;
import se.lokbra.core.council.Council;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.sample.KarlskogaDegerfors;
import se.lokbra.interop.ExportException;
import se.lokbra.interop.SchemaAssertions;
import se.lokbra.interop.TestData;

class PopoloExportTest {
  private static final Map<String, String> SCHEMAS = Map.of("persons", "person", "organizations", "organization",
      "memberships", "membership", "events", "event", "areas", "area");

  private final DataSet sample = TestData.sample();
  private final JsonNode document = SchemaAssertions.parse(PopoloExport.toBytes(sample, PopoloOptions.defaults()));

  @Test
  void everySampleObjectValidatesAgainstThePopoloSchemas() {
    assertThat(errors(document)).isEmpty();
    assertThat(fieldNames(document)).containsExactly("persons", "organizations", "memberships", "events", "areas");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void everyGeneratedObjectValidatesAndEveryReferenceResolves(long seed) {
    DataSet data = TestData.generated(seed);
    JsonNode generated = SchemaAssertions.parse(PopoloExport.toBytes(data, PopoloOptions.defaults()));
    assertThat(errors(generated)).isEmpty();
    assertThat(generated.get("persons")).hasSize(data.people().size());
    assertThat(generated.get("events")).hasSize(data.meetings().size() + data.conferences().size());
    assertReferencesResolve(generated);
    Set<String> ids = allIds(generated);
    for (Tombstone tombstone : data.tombstones()) {
      assertThat(ids).noneMatch(id -> id.endsWith("/" + tombstone.id().value()));
    }
  }

  @Test
  void theChairsMembershipHasRoleAndDates() {
    JsonNode chair = byId(document.get("memberships"), "membership/karlskoga-degerfors.chair.2019-01-01.p.martin-harsmar");
    Council council = TestData.council(sample, KarlskogaDegerfors.COUNCIL);
    assertThat(chair.get("role").asText()).isEqualTo("ordförande");
    assertThat(chair.get("person_id").asText()).isEqualTo("person/martin-harsmar");
    assertThat(chair.get("organization_id").asText()).isEqualTo("council/karlskoga-degerfors");
    assertThat(chair.get("start_date").asText()).isEqualTo("2019-01-01");
    assertThat(chair.get("end_date").asText()).isEqualTo("2022-12-31");
    assertThat(chair.get("updated_at").asText()).isEqualTo(council.revision().modified().orElseThrow().toString());
    JsonNode seat = byId(document.get("memberships"), "membership/karlskoga-degerfors.member.2019-01-01.o.polisen");
    assertThat(seat.has("person_id")).isFalse();
    assertThat(seat.get("member").get("id").asText()).isEqualTo("organization/polisen");
    assertThat(seat.get("member").get("@type").asText()).isEqualTo("Organization");
    JsonNode party = byId(document.get("memberships"), "membership/martin-harsmar.party");
    assertThat(party.get("organization_id").asText()).isEqualTo("party/m");
    assertThat(byId(document.get("organizations"), "party/m").get("name").asText()).isEqualTo("Moderaterna");
    JsonNode affiliation = byId(document.get("memberships"), "membership/annika-borg.affiliation");
    assertThat(affiliation.get("organization_id").asText()).isEqualTo("organization/lansstyrelsen-orebro-lan");
  }

  @Test
  void organisationsCarryTheirOrganisationNumberAndMunicipalityCode() {
    JsonNode karlskoga = byId(document.get("organizations"), "organization/karlskoga-kommun");
    assertThat(karlskoga.get("identifiers").toString()).isEqualTo("[{\"identifier\":\"212000-1991\",\"scheme\":"
        + "\"se-organisationsnummer\"},{\"identifier\":\"1883\",\"scheme\":\"se-kommunkod\"}]");
    assertThat(karlskoga.get("area_id").asText()).isEqualTo("area/1883");
    assertThat(karlskoga.get("classification").asText()).isEqualTo("kommun");
    assertThat(karlskoga.get("contact_details").toString()).isEqualTo("[{\"type\":\"email\",\"value\":"
        + "\"kommun@karlskoga.se\"},{\"type\":\"voice\",\"value\":\"0586-610 00\"},{\"type\":\"address\","
        + "\"value\":\"Katrinedalsgatan 4, Karlskoga\"}]");
    JsonNode degerfors = byId(document.get("organizations"), "organization/degerfors-kommun");
    assertThat(degerfors.get("identifiers").toString())
        .isEqualTo("[{\"identifier\":\"1862\",\"scheme\":\"se-kommunkod\"}]");
    JsonNode council = byId(document.get("organizations"), "council/karlskoga-degerfors");
    assertThat(council.get("founding_date").asText()).isEqualTo("1994");
    assertThat(council.get("other_names").get(0).get("name").asText()).isEqualTo("Lokbrå");
    assertThat(council.has("area_id")).as("a council of two municipalities has no single area").isFalse();
    assertThat(document.get("areas").toString()).isEqualTo("[{\"id\":\"area/1862\",\"name\":\"Degerfors kommun\","
        + "\"identifier\":\"1862\",\"classification\":\"kommun\"},{\"id\":\"area/1883\",\"name\":"
        + "\"Karlskoga kommun\",\"identifier\":\"1883\",\"classification\":\"kommun\"}]");
    JsonNode professor = byId(document.get("persons"), "person/per-olof-wikstrom");
    assertThat(professor.get("name").asText()).isEqualTo("Per-Olof Wikström");
    assertThat(professor.get("honorific_prefix").asText()).isEqualTo("Professor");
  }

  @Test
  void meetingsAndConferencesAreEvents() {
    JsonNode meeting = byId(document.get("events"), "meeting/lokbra-2019-1");
    assertThat(meeting.get("start_date").asText()).isEqualTo("2019-04-01T00:00:00+02:00");
    assertThat(meeting.get("status").asText()).isEqualTo("passed");
    assertThat(meeting.get("classification").asText()).isEqualTo("sammanträde");
    assertThat(meeting.get("organization_id").asText()).isEqualTo("council/karlskoga-degerfors");
    assertThat(meeting.get("description").asText()).isEqualTo("""
        Dagordning:
        1. Introduktion till brottsförebyggande arbete
           Den nya mandatperioden har gett rådet många nya ledamöter.
        2. Avstämning av viktiga insatser under 2018
        3. Regionalt brottsförebyggande arbete
           Annika Borg från länsstyrelsen berättade om sitt arbete.
        Gäster:
        - Annika Borg: Regionalt brottsförebyggande arbete""");
    assertThat(ids(meeting.get("attendees"))).containsExactly("person/martin-harsmar", "person/annika-borg");
    JsonNode conference = byId(document.get("events"), "conference/tillsammans-mot-brott-2019");
    assertThat(conference.get("name").asText()).isEqualTo("Tillsammans mot brott");
    assertThat(conference.get("start_date").asText()).isEqualTo("2019-05-14");
    assertThat(conference.has("end_date")).isFalse();
    assertThat(conference.get("classification").asText()).isEqualTo("konferens");
    assertThat(conference.get("organization_id").asText()).isEqualTo("council/karlskoga-degerfors");
    assertThat(ids(conference.get("attendees"))).containsExactly("person/per-olof-wikstrom");
    assertThat(conference.get("description").asText()).startsWith("Konferens i samarbete med de kommunala bolagen.")
        .contains("\nTalare:\n- Professor Per-Olof Wikström: Metoder för att stärka");
  }

  @Test
  void anIdPrefixMakesTheIdsTheOParlUrls() {
    JsonNode prefixed = SchemaAssertions.parse(PopoloExport.toBytes(sample,
        PopoloOptions.defaults().withIdPrefix("https://example.org/oparl/v1/")));
    JsonNode chair = byId(prefixed.get("memberships"),
        "https://example.org/oparl/v1/membership/karlskoga-degerfors.chair.2019-01-01.p.martin-harsmar");
    assertThat(chair.get("person_id").asText()).isEqualTo("https://example.org/oparl/v1/person/martin-harsmar");
    assertReferencesResolve(prefixed);
    assertThatThrownBy(() -> PopoloOptions.defaults().withIdPrefix("a b")).isInstanceOf(ValidationException.class);
  }

  @Test
  void theSameDataGivesTheSameBytes() {
    byte[] first = PopoloExport.toBytes(TestData.generated(7), PopoloOptions.defaults());
    byte[] second = PopoloExport.toBytes(TestData.generated(7), PopoloOptions.defaults());
    assertThat(second).isEqualTo(first);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PopoloExport.write(TestData.generated(7), PopoloOptions.defaults(), out);
    assertThat(out.toByteArray()).isEqualTo(first);
  }

  @Test
  void aFailingStreamIsAnExportException() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk full");
      }
    };
    assertThatThrownBy(() -> PopoloExport.write(sample, PopoloOptions.defaults(), broken))
        .isInstanceOf(ExportException.class).hasMessageContaining("disk full").hasCauseInstanceOf(IOException.class);
  }

  // ---- helpers ----

  private static List<String> errors(JsonNode document) {
    List<String> errors = new ArrayList<>();
    SCHEMAS.forEach((array, schema) -> document.get(array).forEach(object -> SchemaAssertions
        .popoloErrors(schema, object).forEach(e -> errors.add(object.get("id").asText() + ": " + e))));
    return errors;
  }

  /** Every {@code …_id}, {@code member.id} and attendee id names an object of the document. */
  private static void assertReferencesResolve(JsonNode document) {
    Set<String> ids = allIds(document);
    List<String> references = new ArrayList<>();
    for (String array : SCHEMAS.keySet()) {
      for (JsonNode object : document.get(array)) {
        object.properties().forEach(field -> {
          if (field.getKey().endsWith("_id")) {
            references.add(field.getValue().asText());
          }
        });
        if (object.has("member")) {
          references.add(object.get("member").get("id").asText());
        }
        if (object.has("attendees")) {
          references.addAll(ids(object.get("attendees")));
        }
      }
    }
    assertThat(ids).containsAll(references);
  }

  private static Set<String> allIds(JsonNode document) {
    Set<String> ids = new HashSet<>();
    for (String array : SCHEMAS.keySet()) {
      document.get(array).forEach(o -> assertThat(ids.add(o.get("id").asText())).as("unique id").isTrue());
    }
    return ids;
  }

  private static JsonNode byId(JsonNode array, String id) {
    return StreamSupport.stream(array.spliterator(), false).filter(n -> n.get("id").asText().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no object " + id));
  }

  private static List<String> ids(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("id").asText()).toList();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
