package se.lokbra.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.lokbra.core.ValidationException;

class DecisionTest {
  private static final LocalDate DAY = LocalDate.of(2024, 2, 12);

  @ParameterizedTest
  @ValueSource(strings = {"KS 2024/123", "KS2024/0123", "BUN 2023.456", "2024/17", "2024/17-1", "SBN-2022:8",
      "Dnr 2021/5"})
  void caseNumbersOfTheUsualShapesAreKeptAsGiven(String text) {
    assertThat(CaseNumber.of(text).value()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "KS", "123", "KS 24/123", "KS 2024", "KS 2024/", "2024 123", "KS 2024/123 extra",
      "K$ 2024/1", "1899/1"})
  void aCaseNumberOfAnotherShapeIsRefusedNamingTheFieldAndTheRule(String text) {
    assertThatThrownBy(() -> CaseNumber.of(text)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("caseNumber").hasMessageContaining("must be a case number such as 'KS 2024/123'");
  }

  @Test
  void aDecisionKeepsBodyKindParagraphAndCaseNumber() {
    Decision d = Decision.of(DAY, DecidingBody.MUNICIPAL_COUNCIL, "Kommunfullmäktige").withParagraph("§ 45")
        .withCaseNumber("KS 2024/123");

    assertThat(d.bodyKind()).isEqualTo(DecidingBody.MUNICIPAL_COUNCIL);
    assertThat(d.paragraph()).contains("§ 45");
    assertThat(d.caseNumber()).contains(CaseNumber.of("KS 2024/123"));
    assertThat(new Decision(DAY, "Kommunstyrelsen").bodyKind()).as("decisions known by name only")
        .isEqualTo(DecidingBody.OTHER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"paragraf 45", "§§ 45", "", "45-46", "§ 12345"})
  void aParagraphOfAnotherShapeIsRefused(String paragraph) {
    Decision d = Decision.of(DAY, DecidingBody.COMMITTEE, "Socialnämnden");
    assertThatThrownBy(() -> d.withParagraph(paragraph)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("decision.paragraph").hasMessageContaining("§ 45");
  }
}
