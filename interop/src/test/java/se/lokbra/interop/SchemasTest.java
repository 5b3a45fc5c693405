package se.lokbra.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The schema checks themselves: they accept the standards' own examples and reject what breaks the schemas. */
class SchemasTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @ParameterizedTest
  @ValueSource(strings = {"person", "organization", "membership", "post", "event"})
  void popolosOwnExamplesAreValid(String name) throws IOException {
    try (InputStream in = SchemasTest.class.getResourceAsStream("/standards/popolo-examples/" + name + ".json")) {
      assertThat(Schemas.POPOLO.errors(name, JSON.readTree(in))).isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "person|{\"id\": 7}",
      "person|{\"birth_date\": \"1 April 1970\"}",
      "person|{\"email\": \"not an address\"}",
      "person|{\"identifiers\": [{\"scheme\": \"x\"}]}",
      "organization|{\"founding_date\": \"1994-1\"}",
      "membership|{\"start_date\": \"2019-04-01T10:00\"}",
      "event|{\"start_date\": \"2019-04-01 10:00:00+02:00\"}",
      "event|{\"organization\": \"not an object\"}"})
  void popoloSchemasRejectBrokenObjects(String name, String json) throws IOException {
    assertThat(Schemas.POPOLO.errors(name, JSON.readTree(json))).isNotEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Meeting|{\"id\": \"https://example.org/m/1\", \"type\": \"https://schema.oparl.org/1.1/Meeting\"}",
      "Membership|{\"id\": \"https://example.org/m/1\", \"type\": \"https://schema.oparl.org/1.1/Membership\","
          + " \"startDate\": \"2019-01-01\", \"votingRight\": true}"})
  void oparlSchemasAcceptValidObjects(String name, String json) throws IOException {
    assertThat(Schemas.OPARL.errors(name, JSON.readTree(json))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Meeting|{\"type\": \"https://schema.oparl.org/1.1/Meeting\"}",
      "Meeting|{\"id\": \"meeting/1\", \"type\": \"https://schema.oparl.org/1.1/Meeting\"}",
      "Meeting|{\"id\": \"https://example.org/m/1\", \"type\": \"https://schema.oparl.org/1.1/Person\"}",
      "Meeting|{\"id\": \"https://example.org/m/1\", \"type\": \"https://schema.oparl.org/1.1/Meeting\","
          + " \"start\": \"2019-04-01T10:00\"}",
      "Meeting|{\"id\": \"https://example.org/m/1\", \"type\": \"https://schema.oparl.org/1.1/Meeting\","
          + " \"agendaItem\": [{\"id\": \"https://example.org/a/1\"}]}",
      "Meeting|{\"id\": \"https://example.org/m/1\", \"type\": \"https://schema.oparl.org/1.1/Meeting\","
          + " \"location\": {\"id\": \"https://example.org/l/1\", \"type\": \"https://schema.oparl.org/1.1/Meeting\"}}",
      "Membership|{\"id\": \"https://example.org/m/1\", \"type\": \"https://schema.oparl.org/1.1/Membership\","
          + " \"startDate\": \"2019\"}",
      "Body|{\"id\": \"https://example.org/b/1\", \"type\": \"https://schema.oparl.org/1.1/Body\", \"name\": \"B\"}",
      "System|{\"id\": \"https://example.org/s\", \"type\": \"https://schema.oparl.org/1.1/System\","
          + " \"oparlVersion\": \"https://schema.oparl.org/1.1/\", \"body\": \"ftp://example.org/b\"}"})
  void oparlSchemasRejectBrokenObjects(String name, String json) throws IOException {
    JsonNode node = JSON.readTree(json);
    assertThat(Schemas.OPARL.errors(name, node)).isNotEmpty();
  }
}
