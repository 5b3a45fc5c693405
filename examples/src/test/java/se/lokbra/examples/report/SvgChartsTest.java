package se.lokbra.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.lokbra.core.agreement.AgreementGoal;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.indicator.Measurement;

class SvgChartsTest {
  private static final Pattern POINT = Pattern.compile("<circle class=\"point\" cx=\"([0-9.-]+)\" cy=\"([0-9.-]+)\"");

  private static Indicator indicator(String... values) {
    Indicator.Builder b = Indicator.builder().id("change").problem(se.lokbra.core.problem.ProblemId.of("p"))
        .name("Förändring av anmälda brott").unit("%")
        .baseline(Measurement.of(LocalDate.of(2022, 6, 1), values[0], "BRÅ"));
    List<Measurement> later = new ArrayList<>();
    for (int i = 1; i < values.length; i++) {
      later.add(Measurement.of(LocalDate.of(2022 + i, 6, 1), values[i], "BRÅ"));
    }
    return b.values(later).build();
  }

  @Test
  void everyPointAndTheGoalLieInsideThePlotEvenBelowZero() {
    MeasureReport.IndicatorLine line = new MeasureReport.IndicatorLine(indicator("12", "-7.5", "3"),
        Optional.of(new AgreementGoal(se.lokbra.core.indicator.IndicatorId.of("change"), new BigDecimal("-10"),
            LocalDate.of(2026, 12, 31))), Optional.empty());
    String svg = SvgCharts.indicatorLine("c", line, ReportText.SWEDISH);
    Matcher m = POINT.matcher(svg);
    int points = 0;
    double previousX = 0;
    while (m.find()) {
      points++;
      double x = Double.parseDouble(m.group(1));
      double y = Double.parseDouble(m.group(2));
      assertThat(x).isBetween(64.0, 536.0).isGreaterThan(previousX);
      assertThat(y).isBetween(16.0, 204.0);
      previousX = x;
    }
    assertThat(points).isEqualTo(3);
    assertThat(svg).contains("role=\"img\"", "<title id=\"c-title\">Indikator: Förändring av anmälda brott</title>",
        "aria-labelledby=\"c-title c-desc\"", "Mål −10\u00a0%", "class=\"goal\"", ">2026</text>", ">−10</text>", ">0</text>", ">20</text>")
        .doesNotContain(">−20</text>", ">30</text>", ",5</text>");
  }

  @Test
  void theScaleEndsOnARoundNumber() {
    assertThat(SvgCharts.niceCeiling(0)).isEqualTo(1);
    assertThat(SvgCharts.niceCeiling(0.4)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(SvgCharts.niceCeiling(40)).isEqualTo(50);
    assertThat(SvgCharts.niceCeiling(50)).isEqualTo(50);
    assertThat(SvgCharts.niceCeiling(180)).isEqualTo(200);
    assertThat(SvgCharts.niceCeiling(2100)).isEqualTo(2500);
  }

  @Test
  void anIndicatorWithoutValuesIsRefusedByTheChartAndLeftOutOfTheReport() {
    Indicator empty = Indicator.builder().id("empty").problem(se.lokbra.core.problem.ProblemId.of("p"))
        .name("Ännu inte mätt").build();
    assertThatThrownBy(() -> SvgCharts.indicatorLine("c", new MeasureReport.IndicatorLine(empty, Optional.empty(),
        Optional.empty()), ReportText.SWEDISH)).hasMessageContaining("empty");
  }
}
