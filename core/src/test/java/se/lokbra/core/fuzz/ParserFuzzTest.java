package se.lokbra.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.ValidationException;
import se.lokbra.core.model.MandatePeriod;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.OrganisationNumber;
import se.lokbra.core.model.PartialDate;

/**
 * Fuzz tests of the parsers of outside input in core. The property: only {@link ValidationException} comes out of a
 * refused input (never NullPointerException, NumberFormatException, DateTimeException, …), and an accepted value
 * round-trips through its printed form. In {@code mvn verify} they run over the committed inputs in
 * {@code src/test/resources/se/lokbra/core/fuzz/ParserFuzzTestInputs/}; to fuzz one for real, see the README.
 */
class ParserFuzzTest {
  /**
   * The input as text, decoded from UTF-8 as files and command lines are. The tests take bytes rather than a String:
   * Jazzer reads a String argument in a format of its own, so plain-text inputs would not reach the parser as
   * written.
   */
  private static String text(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }

  @FuzzTest
  void municipalityCode(byte[] input) {
    String text = text(input);
    try {
      MunicipalityCode code = MunicipalityCode.of(text);
      assertThat(MunicipalityCode.of(code.toString())).isEqualTo(code);
      assertThat(code.value()).matches("[0-9]{4}");
    } catch (ValidationException expected) {
      assertThat(expected.field()).isEqualTo("municipalityCode");
    }
  }

  @FuzzTest
  void organisationNumber(byte[] input) {
    String text = text(input);
    try {
      OrganisationNumber number = OrganisationNumber.parse(text);
      assertThat(number.toString()).matches("[0-9]{6}-[0-9]{4}");
      assertThat(OrganisationNumber.parse(number.toString())).isEqualTo(number);
      assertThat(OrganisationNumber.parse(number.digits())).isEqualTo(number);
    } catch (ValidationException expected) {
      assertThat(expected.field()).isEqualTo("organisationNumber");
    }
  }

  @FuzzTest
  void mandatePeriodAndPartialDate(byte[] input) {
    String text = text(input);
    try {
      MandatePeriod period = MandatePeriod.parse(text);
      assertThat(MandatePeriod.parse(period.toString())).isEqualTo(period);
    } catch (ValidationException expected) {
      assertThat(expected.field()).isEqualTo("mandatePeriod");
    }
    try {
      PartialDate date = PartialDate.parse(text);
      assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
    } catch (ValidationException expected) {
      assertThat(expected.field()).isEqualTo("date");
    }
  }

  /** Opening a store by any string either works (memory:) or is a clear lokbra error naming the URI. */
  @FuzzTest
  void storeUri(byte[] input) {
    String text = text(input);
    try (LokbraStore store = LokbraStores.open(text, StoreOptions.defaults())) {
      assertThat(store.uri().toString()).startsWith("memory:");
      assertThat(store.councils().count()).isZero();
    } catch (ValidationException expected) {
      assertThat(expected.field()).isEqualTo("uri");
    }
  }
}
