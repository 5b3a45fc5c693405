package se.lokbra.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lokbra.core.compliance.Reason;
import se.lokbra.core.model.MandatePeriod;

/** Every reason code of core's ledger has a text in both languages, with its arguments put in. */
class ComplianceReportTest {
  @Test
  void everyReasonCodeHasASwedishAndAnEnglishText() {
    assertThat(Reason.CODES).hasSize(21);
    for (String code : Reason.CODES) {
      for (ReportText text : List.of(ReportText.SWEDISH, ReportText.ENGLISH)) {
        assertThat(text.has("compliance.reason." + code)).as("%s in %s", code, text.languageTag()).isTrue();
      }
    }
  }

  @Test
  void argumentsAreSaidInTheReportsLanguage() {
    Reason reason = new Reason("situationPicture.tooOld", ImmutableList.of(LocalDate.of(2024, 11, 20),
        LocalDate.of(2026, 11, 20)), "The newest situation picture, of 2024-11-20, is too old.");
    assertThat(ComplianceReport.describe(reason, ReportText.SWEDISH))
        .isEqualTo("Den senaste lägesbilden, från 20 november 2024, är för gammal (räknades till 20 november 2026).");
    assertThat(ComplianceReport.describe(reason, ReportText.ENGLISH))
        .isEqualTo("The newest situation picture, of November 20, 2024, is too old (it counted until November 20, "
            + "2026).");
    Reason held = new Reason("followUps.held", ImmutableList.of("Plan", 1234), "held");
    assertThat(ComplianceReport.describe(held, ReportText.SWEDISH)).contains("(1\u00a0234 hittills)");
    Reason none = new Reason("situationPicture.none", ImmutableList.of(MandatePeriod.startingIn(2023)), "none");
    assertThat(ComplianceReport.describe(none, ReportText.ENGLISH))
        .isEqualTo("No situation picture is dated within 2023–2026.");
  }

  @Test
  void jsonEscapesWhatItQuotes() {
    assertThat(ComplianceReport.q("a\"b\\c\nd\u0001\u2028")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\\u2028\"");
  }
}
