package se.lokbra.examples.report;

import com.google.common.base.Preconditions;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.indicator.Measurement;
import se.lokbra.core.measure.MeasureStatus;

/**
 * Inline SVG charts of the HTML report ("diagram"), drawn here without scripts or fonts from elsewhere: the measures
 * of a council by status as bars, and an indicator's baseline and values over time as a line with its goal as a
 * dashed line. Each chart is an {@code <svg role="img">} with a {@code <title>} and a {@code <desc>} that say in
 * words what it shows; the report puts a table of the same data beside it.
 */
final class SvgCharts {
  private static final Escaper XML = HtmlEscapers.htmlEscaper();
  private static final String TEXT = "#1d2329";
  private static final String GRID = "#c8d0d8";
  private static final String LINE = "#005c9e";
  private static final String GOAL = "#a4161a";

  private SvgCharts() {}

  /** One bar per status, in lifecycle order, statuses without measures included. */
  static String statusBars(String id, MeasureReport.CouncilSection section, ReportText text) {
    int label = 110;
    int barMax = 250;
    int row = 30;
    int width = label + barMax + 50;
    int height = row * MeasureStatus.values().length + 10;
    int max = 1;
    for (MeasureStatus s : MeasureStatus.values()) {
      max = Math.max(max, section.count(s));
    }
    String desc = text.get("chart.status.desc", List.of(MeasureStatus.values()).stream()
        .map(s -> text.label(s) + " " + text.number(section.count(s))).collect(Collectors.joining(", ")));
    StringBuilder svg = open(id, width, height, text.get("chart.status.title"), desc);
    int y = 5;
    for (MeasureStatus s : MeasureStatus.values()) {
      int n = section.count(s);
      int w = Math.round((float) barMax * n / max);
      svg.append("<text x=\"").append(label - 8).append("\" y=\"").append(y + 19)
          .append("\" text-anchor=\"end\">").append(XML.escape(text.label(s))).append("</text>\n")
          .append("<rect class=\"bar ").append(s.name()).append("\" x=\"").append(label).append("\" y=\"")
          .append(y + 4).append("\" width=\"").append(Math.max(w, 1)).append("\" height=\"").append(row - 8)
          .append("\"/>\n")
          .append("<text x=\"").append(label + Math.max(w, 1) + 6).append("\" y=\"").append(y + 19).append("\">")
          .append(text.number(n)).append("</text>\n");
      y += row;
    }
    return svg.append("</svg>\n").toString();
  }

  /**
   * The indicator's baseline and values as a line over time, each a dot, and the goal as a dashed horizontal line
   * with a mark at its date; the y axis includes zero. The indicator must have a baseline or a value.
   */
  static String indicatorLine(String id, MeasureReport.IndicatorLine line, ReportText text) {
    Indicator indicator = line.indicator();
    List<Measurement> points = new ArrayList<>();
    indicator.baseline().ifPresent(points::add);
    points.addAll(indicator.values());
    int width = 560;
    int height = 240;
    int left = 64;
    int right = 24;
    int top = 16;
    int bottom = 36;
    Preconditions.checkArgument(!points.isEmpty(), "indicator %s has no values",
        indicator.id().value());
    LocalDate first = points.stream().map(Measurement::date).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = points.stream().map(Measurement::date).max(LocalDate::compareTo).orElseThrow();
    List<Double> values = new ArrayList<>(points.stream().map(p -> p.value().doubleValue()).toList());
    if (line.goal().isPresent()) {
      LocalDate byWhen = line.goal().get().byWhen();
      first = byWhen.isBefore(first) ? byWhen : first;
      last = byWhen.isAfter(last) ? byWhen : last;
      values.add(line.goal().get().target().doubleValue());
    }
    long from = LocalDate.of(first.getYear(), 1, 1).toEpochDay();
    long to = LocalDate.of(last.getYear() + 1, 1, 1).toEpochDay();
    double maxValue = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    double minValue = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double step = niceCeiling((Math.max(maxValue, 0) - Math.min(minValue, 0)) / 4);
    double yMin = Math.floor(Math.min(minValue, 0) / step) * step;
    double yMax = Math.max(Math.ceil(Math.max(maxValue, 0) / step) * step, yMin + step);
    int ticks = (int) Math.round((yMax - yMin) / step);
    Scale x = new Scale(from, to, left, width - right);
    Scale y = new Scale(yMin, yMax, height - bottom, top);

    StringBuilder svg = open(id, width, height, text.get("chart.indicator.title", indicator.name()),
        text.get("chart.indicator.desc", MeasureReport.describe(line, text)));
    for (int i = 0; i <= ticks; i++) {
      double v = yMin + step * i;
      String py = fmt(y.at(v));
      svg.append("<line class=\"grid\" x1=\"").append(left).append("\" x2=\"").append(width - right)
          .append("\" y1=\"").append(py).append("\" y2=\"").append(py).append("\"/>\n")
          .append("<text x=\"").append(left - 6).append("\" y=\"").append(fmt(y.at(v) + 4))
          .append("\" text-anchor=\"end\">").append(XML.escape(text.number(BigDecimal.valueOf(v)
              .setScale(6, java.math.RoundingMode.HALF_EVEN)))).append("</text>\n");
    }
    for (int year = first.getYear(); year <= last.getYear(); year++) {
      double mid = x.at((LocalDate.of(year, 1, 1).toEpochDay() + LocalDate.of(year + 1, 1, 1).toEpochDay()) / 2.0);
      String tick = fmt(x.at(LocalDate.of(year, 1, 1).toEpochDay()));
      svg.append("<line class=\"grid\" x1=\"").append(tick).append("\" x2=\"").append(tick).append("\" y1=\"")
          .append(top).append("\" y2=\"").append(height - bottom).append("\"/>\n")
          .append("<text x=\"").append(fmt(mid)).append("\" y=\"").append(height - bottom + 20)
          .append("\" text-anchor=\"middle\">").append(year).append("</text>\n");
    }
    line.goal().ifPresent(goal -> {
      String gy = fmt(y.at(goal.target().doubleValue()));
      String gx = fmt(x.at(goal.byWhen().toEpochDay()));
      svg.append("<line class=\"goal\" x1=\"").append(left).append("\" x2=\"").append(width - right)
          .append("\" y1=\"").append(gy).append("\" y2=\"").append(gy).append("\"/>\n")
          .append("<path class=\"goal-mark\" d=\"M").append(gx).append(' ').append(fmt(y.at(goal.target()
              .doubleValue()) - 6)).append(" l6 6 l-6 6 l-6 -6 z\"/>\n")
          .append("<text class=\"goal-label\" x=\"").append(left + 6).append("\" y=\"").append(fmt(
              y.at(goal.target().doubleValue()) - 6)).append("\">").append(XML.escape(text.get(
              "chart.indicator.goalLine", text.quantity(goal.target(), indicator.unit())))).append("</text>\n");
    });
    if (!points.isEmpty()) {
      svg.append("<polyline class=\"values\" points=\"").append(points.stream()
          .map(p -> fmt(x.at(p.date().toEpochDay())) + "," + fmt(y.at(p.value().doubleValue())))
          .collect(Collectors.joining(" "))).append("\"/>\n");
      for (Measurement p : points) {
        svg.append("<circle class=\"point\" cx=\"").append(fmt(x.at(p.date().toEpochDay()))).append("\" cy=\"")
            .append(fmt(y.at(p.value().doubleValue()))).append("\" r=\"4\"/>\n");
      }
    }
    svg.append("<line class=\"axis\" x1=\"").append(left).append("\" x2=\"").append(width - right)
        .append("\" y1=\"").append(height - bottom).append("\" y2=\"").append(height - bottom).append("\"/>\n");
    return svg.append("</svg>\n").toString();
  }

  /** The CSS of the charts, for the report's style sheet. */
  static String style() {
    return "svg.chart{max-width:100%;height:auto;font:12px system-ui,sans-serif}\n"
        + "svg.chart text{fill:" + TEXT + "}\n"
        + "svg.chart .grid{stroke:" + GRID + ";stroke-width:1}\n"
        + "svg.chart .axis{stroke:" + TEXT + ";stroke-width:1}\n"
        + "svg.chart .values{fill:none;stroke:" + LINE + ";stroke-width:2.5}\n"
        + "svg.chart .point{fill:" + LINE + "}\n"
        + "svg.chart .goal{stroke:" + GOAL + ";stroke-width:2;stroke-dasharray:6 4}\n"
        + "svg.chart .goal-mark{fill:" + GOAL + "}\n"
        + "svg.chart text.goal-label{fill:" + GOAL + "}\n"
        + "svg.chart .bar{fill:#5a6570}\n"
        + "svg.chart .bar.PLANNED{fill:#4a6fa5}\nsvg.chart .bar.IN_PROGRESS{fill:#b07d00}\n"
        + "svg.chart .bar.COMPLETED,svg.chart .bar.FOLLOWED_UP{fill:#2e7d32}\n"
        + "svg.chart .bar.CANCELLED{fill:#757575}\n";
  }

  private static StringBuilder open(String id, int width, int height, String title, String desc) {
    return new StringBuilder().append("<svg class=\"chart\" role=\"img\" ")
        .append("width=\"").append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" aria-labelledby=\"").append(id).append("-title ")
        .append(id).append("-desc\">\n<title id=\"").append(id).append("-title\">").append(XML.escape(title))
        .append("</title>\n<desc id=\"").append(id).append("-desc\">").append(XML.escape(desc)).append("</desc>\n");
  }

  /** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least the value; 1 for zero or less. */
  static double niceCeiling(double value) {
    if (value <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * power >= value) {
        return step * power;
      }
    }
    return 10 * power;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** A linear map from a domain to a pixel range. */
  private record Scale(double from, double to, double pixelFrom, double pixelTo) {
    double at(double v) {
      return pixelFrom + (v - from) / (to - from) * (pixelTo - pixelFrom);
    }
  }
}
