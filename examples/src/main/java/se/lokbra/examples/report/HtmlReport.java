package se.lokbra.examples.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.Arrays;
import java.util.stream.Collectors;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.indicator.Measurement;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.Goal;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureStatus;

/**
 * Renders a {@link MeasureReport} as one self-contained HTML page in a language: inline styles and SVG charts, no
 * scripts, no external assets, every text escaped. A table of contents links to each council; each council has an
 * overview (key figures, measures by status as a bar chart, the knowledge-based chain, what is overdue), the
 * compliance ledger (law 2023:196) of each of its municipalities, then the
 * chain of each problem with a line chart per indicator, then its measures in detail. Each chart has a table of its
 * data beside it. Printed (A4), each council starts on a new page and no table or chart is split across pages.
 */
public final class HtmlReport {
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();
  static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:56rem;margin:2rem auto;\
      padding:0 1rem;line-height:1.5;color:#1d2329;background:#fff}
      h1{font-size:1.8rem;border-bottom:3px solid #005c9e;padding-bottom:.3rem}
      h2{margin-top:2.5rem;color:#005c9e}
      h3{margin-top:1.8rem}
      a{color:#004b80}
      table{border-collapse:collapse;margin:1rem 0}
      caption{text-align:left;font-weight:600;padding-bottom:.3rem}
      th,td{border:1px solid #c8d0d8;padding:.3rem .8rem;text-align:left;vertical-align:top}
      th[scope=row]{font-weight:normal}
      td.n{text-align:right;white-space:nowrap}
      .compliance th[scope=row]{white-space:nowrap}
      tr.total{font-weight:bold}
      figure{margin:1rem 0;display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:flex-start}
      figure table{margin:0}
      article{border-left:4px solid #c8d0d8;padding:.2rem 1rem;margin:1rem 0}
      article.COMPLETED,article.FOLLOWED_UP{border-color:#2e7d32}
      article.IN_PROGRESS{border-color:#b07d00}
      article.CANCELLED{border-color:#757575}
      article.chain{border-color:#005c9e}
      h4{margin:1.2rem 0 .4rem}
      h5{font-size:1rem;margin:.4rem 0}
      dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem;margin:.4rem 0}
      dt{font-weight:600}
      dd{margin:0}
      ol.steps{padding-left:1.5rem}
      ol.steps li{margin:.2rem 0}
      .meta{color:#4f5964;font-size:.9rem}
      @page{size:A4;margin:16mm 14mm}
      @media print{
      body{max-width:none;margin:0;padding:0;font-size:10.5pt}
      a{color:inherit;text-decoration:none}
      section.council{break-before:page;page-break-before:always}
      h2,h3,h4,h5{break-after:avoid;page-break-after:avoid}
      table,tr,figure,svg,article,dl,ol.steps{break-inside:avoid;page-break-inside:avoid}
      thead{display:table-header-group}
      }
      """;

  private HtmlReport() {}

  /** The report in Swedish. */
  public static String render(MeasureReport report) {
    return render(report, ReportText.SWEDISH);
  }

  public static String render(MeasureReport report, ReportText text) {
    StringBuilder out = new StringBuilder();
    String title = report.title(text);
    out.append("<!DOCTYPE html>\n<html lang=\"").append(text.languageTag()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(h(title)).append("</title>\n<style>\n").append(STYLE).append(SvgCharts.style())
        .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(h(title)).append("</h1>\n")
        .append("<p class=\"meta\">").append(h(text.get("generated", text.date(report.generatedOn()))))
        .append("</p>\n</header>\n");
    toc(out, report, text);
    out.append("<main>\n");
    for (MeasureReport.CouncilSection section : report.councils()) {
      council(out, section, text);
    }
    return out.append("</main>\n</body>\n</html>\n").toString();
  }

  private static void toc(StringBuilder out, MeasureReport report, ReportText text) {
    out.append("<nav aria-labelledby=\"toc\">\n<h2 id=\"toc\">").append(h(text.get("toc"))).append("</h2>\n<ol>\n");
    for (MeasureReport.CouncilSection section : report.councils()) {
      String id = anchor(section);
      out.append("<li><a href=\"#").append(id).append("\">").append(h(section.council().name())).append("</a>");
      if (section.total() > 0) {
        out.append("\n<ol>\n");
        link(out, id + "-overview", text.get("overview"));
        for (ComplianceReport.Entry e : section.compliance()) {
          link(out, id + "-compliance-" + e.ledger().municipality(), text.get("compliance.municipality",
              e.municipality()));
        }
        link(out, id + "-chain", text.get("chain"));
        link(out, id + "-details", text.get("details"));
        out.append("</ol>\n");
      }
      out.append("</li>\n");
    }
    out.append("</ol>\n</nav>\n");
  }

  private static void link(StringBuilder out, String id, String label) {
    out.append("<li><a href=\"#").append(id).append("\">").append(h(label)).append("</a></li>\n");
  }

  private static void council(StringBuilder out, MeasureReport.CouncilSection section, ReportText text) {
    String id = anchor(section);
    out.append("<section class=\"council\" id=\"").append(id).append("\" aria-labelledby=\"").append(id)
        .append("-name\">\n<h2 id=\"").append(id).append("-name\">").append(h(section.council().name()))
        .append("</h2>\n");
    if (section.total() == 0) {
      out.append("<p>").append(h(text.get("noMeasures"))).append("</p>\n");
      compliance(out, id, section, text);
      out.append("</section>\n");
      return;
    }
    overview(out, id, section, text);
    compliance(out, id, section, text);
    chains(out, id, section, text);
    details(out, id, section, text);
    out.append("</section>\n");
  }

  /** The compliance ledger (law 2023:196) of each of the council's municipalities, under the overview. */
  private static void compliance(StringBuilder out, String id, MeasureReport.CouncilSection section,
      ReportText text) {
    for (ComplianceReport.Entry e : section.compliance()) {
      ComplianceReport.html(out, id + "-compliance-" + e.ledger().municipality(), e, text, "h3");
    }
  }

  private static void overview(StringBuilder out, String id, MeasureReport.CouncilSection section,
      ReportText text) {
    out.append("<section id=\"").append(id).append("-overview\">\n<h3>").append(h(text.get("overview")))
        .append("</h3>\n<table>\n<caption>").append(h(text.get("keyFigures"))).append("</caption>\n<thead>")
        .append("<tr><th scope=\"col\">").append(h(text.get("figure"))).append("</th><th scope=\"col\">")
        .append(h(text.get("count"))).append("</th></tr></thead>\n<tbody>\n");
    for (MeasureReport.Entry e : MeasureReport.keyFigures(section, text)) {
      out.append("<tr><th scope=\"row\">").append(h(e.term())).append("</th><td class=\"n\">").append(h(e.value()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n<figure>\n")
        .append(SvgCharts.statusBars(id + "-status-chart", section, text))
        .append("<table>\n<caption>").append(h(text.get("chart.status.title")))
        .append("</caption>\n<thead><tr><th scope=\"col\">").append(h(text.get("status")))
        .append("</th><th scope=\"col\">").append(h(text.get("count"))).append("</th></tr></thead>\n<tbody>\n");
    for (MeasureStatus status : MeasureStatus.values()) {
      out.append("<tr><th scope=\"row\">").append(h(text.label(status))).append("</th><td class=\"n\">")
          .append(h(text.number(section.count(status)))).append("</td></tr>\n");
    }
    out.append("<tr class=\"total\"><th scope=\"row\">").append(h(text.get("total"))).append("</th><td class=\"n\">")
        .append(h(text.number(section.total()))).append("</td></tr>\n</tbody>\n</table>\n</figure>\n");
    out.append("<h4>").append(h(text.get("chain.caption"))).append("</h4>\n<ol class=\"steps\">\n");
    for (MeasureReport.Entry step : MeasureReport.chainSteps(section, text)) {
      out.append("<li><strong>").append(h(step.term())).append(":</strong> ").append(h(step.value()))
          .append("</li>\n");
    }
    out.append("</ol>\n<h4>").append(h(text.get("overdue"))).append("</h4>\n");
    if (section.overdue().isEmpty()) {
      out.append("<p>").append(h(text.get("overdue.none"))).append("</p>\n");
    } else {
      out.append("<ul>\n");
      section.overdue().forEach(m -> out.append("<li>").append(h(MeasureReport.describeOverdue(m, text)))
          .append("</li>\n"));
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  private static void chains(StringBuilder out, String id, MeasureReport.CouncilSection section, ReportText text) {
    out.append("<section id=\"").append(id).append("-chain\">\n<h3>").append(h(text.get("chain"))).append("</h3>\n");
    if (section.chains().isEmpty()) {
      out.append("<p>").append(h(text.get("noChains"))).append("</p>\n");
    }
    int chart = 0;
    for (MeasureReport.ProblemChain chain : section.chains()) {
      out.append("<article class=\"chain\">\n<h4>").append(h(MeasureReport.describe(chain.problem(), text)))
          .append("</h4>\n<dl>\n");
      for (MeasureReport.CauseLink link : chain.causes()) {
        item(out, text.get("cause", link.cause().description()), MeasureReport.describe(link.measures(), text));
      }
      if (!chain.direct().isEmpty() || chain.causes().isEmpty()) {
        item(out, text.get("wholeProblem"), MeasureReport.describe(chain.direct(), text));
      }
      for (MeasureReport.IndicatorLine line : chain.indicators()) {
        item(out, text.get("indicator", line.indicator().name()), MeasureReport.describe(line, text));
      }
      out.append("</dl>\n");
      for (MeasureReport.IndicatorLine line : chain.indicators()) {
        if (line.indicator().baseline().isPresent() || !line.indicator().values().isEmpty()) {
          indicatorFigure(out, id + "-indicator-" + chart++, line, text);
        }
      }
      out.append("</article>\n");
    }
    out.append("<h4>").append(h(text.get("withoutProblem", text.number(section.withoutProblem().size()))))
        .append("</h4>\n");
    if (section.withoutProblem().isEmpty()) {
      out.append("<p>").append(h(text.get("everyMeasureTargetsAProblem"))).append("</p>\n");
    } else {
      out.append("<ul>\n");
      section.withoutProblem().forEach(m -> out.append("<li>").append(h(MeasureReport.describe(m, text)))
          .append("</li>\n"));
      out.append("</ul>\n");
    }
    out.append("</section>\n");
  }

  private static void indicatorFigure(StringBuilder out, String id, MeasureReport.IndicatorLine line,
      ReportText text) {
    Indicator indicator = line.indicator();
    out.append("<figure>\n").append(SvgCharts.indicatorLine(id, line, text)).append("<table>\n<caption>")
        .append(h(text.get("chart.indicator.caption", indicator.name()))).append("</caption>\n<thead><tr>")
        .append("<th scope=\"col\">").append(h(text.get("column.date"))).append("</th><th scope=\"col\">")
        .append(h(text.get("column.kind"))).append("</th><th scope=\"col\">").append(h(text.get("column.value")))
        .append("</th></tr></thead>\n<tbody>\n");
    indicator.baseline().ifPresent(b -> row(out, text.date(b.date()), text.get("kind.baseline"),
        text.quantity(b.value(), indicator.unit())));
    for (Measurement m : indicator.values()) {
      row(out, text.date(m.date()), text.get("kind.value"), text.quantity(m.value(), indicator.unit()));
    }
    line.goal().ifPresent(g -> row(out, text.date(g.byWhen()), text.get("kind.goal"),
        text.quantity(g.target(), indicator.unit())));
    out.append("</tbody>\n</table>\n</figure>\n");
  }

  private static void row(StringBuilder out, String date, String kind, String value) {
    out.append("<tr><th scope=\"row\">").append(h(date)).append("</th><td>").append(h(kind))
        .append("</td><td class=\"n\">").append(h(value)).append("</td></tr>\n");
  }

  private static void details(StringBuilder out, String id, MeasureReport.CouncilSection section, ReportText text) {
    out.append("<section id=\"").append(id).append("-details\">\n<h3>").append(h(text.get("details")))
        .append("</h3>\n");
    section.byStatus().forEach((status, lines) -> {
      out.append("<h4>").append(h(text.label(status))).append(" (").append(h(text.number(lines.size())))
          .append(")</h4>\n");
      for (MeasureReport.Line line : lines) {
        Measure m = line.measure();
        out.append("<article class=\"").append(status.name()).append("\">\n<h5>").append(h(m.title()))
            .append("</h5>\n<dl>\n");
        item(out, text.get("field.category"), text.label(m.category()));
        item(out, text.get("field.period"), m.period().map(text::period).orElse(text.get("field.unknown")));
        if (!line.responsible().isEmpty()) {
          item(out, text.get("field.responsible"), String.join(", ", line.responsible()));
        }
        m.targetProblem().ifPresent(p -> item(out, text.get("field.problem"), p));
        for (Goal g : m.goals()) {
          item(out, text.get("field.goal"), g.indicator() + ": " + text.quantity(g.target(), g.unit()));
        }
        for (FollowUp f : m.followUps()) {
          String where = f.meeting().map(meeting -> ", " + MeasureReport.describeMeeting(line, meeting, text))
              .orElse("");
          item(out, text.get("field.followUp", text.date(f.date())),
              text.label(f.outcome()) + where + (f.note().isBlank() ? "" : ": " + f.note()));
        }
        out.append("</dl>\n");
        if (!m.description().isBlank()) {
          out.append(paragraphs(m.description()));
        }
        out.append("</article>\n");
      }
    });
    out.append("</section>\n");
  }

  /** The anchor of a council's section: {@code council-} and its id, which is made of URL-safe characters. */
  private static String anchor(MeasureReport.CouncilSection section) {
    return "council-" + h(section.council().id().value());
  }

  private static void item(StringBuilder out, String term, String value) {
    out.append("<dt>").append(h(term)).append("</dt><dd>").append(h(value)).append("</dd>\n");
  }

  private static String paragraphs(String text) {
    return Arrays.stream(text.strip().split("\\R\\s*\\R"))
        .map(p -> "<p>" + h(p).replaceAll("\\R", "<br>") + "</p>\n").collect(Collectors.joining());
  }

  private static String h(String text) {
    return HTML.escape(text);
  }
}
