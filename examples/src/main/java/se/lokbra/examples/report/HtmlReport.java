package se.lokbra.examples.report;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.stream.Collectors;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.Goal;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.model.DateSpan;

/**
 * Renders a {@link MeasureReport} as one self-contained HTML page: inline styles, no scripts, no external assets,
 * every text escaped.
 */
public final class HtmlReport {
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();
  private static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:52rem;margin:2rem auto;\
      padding:0 1rem;line-height:1.5;color:#1d2329}
      h1{font-size:1.8rem;border-bottom:3px solid #005c9e;padding-bottom:.3rem}
      h2{margin-top:2.5rem;color:#005c9e}
      h3{margin-top:1.8rem}
      table{border-collapse:collapse;margin:1rem 0}
      th,td{border:1px solid #c8d0d8;padding:.3rem .8rem;text-align:left}
      td.n{text-align:right}
      tr.total{font-weight:bold}
      article{border-left:4px solid #c8d0d8;padding:.2rem 1rem;margin:1rem 0}
      article.COMPLETED,article.FOLLOWED_UP{border-color:#2e7d32}
      article.IN_PROGRESS{border-color:#f9a825}
      article.CANCELLED{border-color:#9e9e9e}
      article.chain{border-color:#005c9e}
      h4{margin:.4rem 0}
      dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem;margin:.4rem 0}
      dt{font-weight:600}
      dd{margin:0}
      .meta{color:#5a6570;font-size:.9rem}
      """;

  private HtmlReport() {}

  public static String render(MeasureReport report) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(h(report.title())).append("</title>\n<style>\n").append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>").append(h(report.title())).append("</h1>\n")
        .append("<p class=\"meta\">Skapad ").append(report.generatedOn()).append("</p>\n");
    for (MeasureReport.CouncilSection section : report.councils()) {
      out.append("<section>\n<h2>").append(h(section.council().name())).append("</h2>\n");
      if (section.total() == 0) {
        out.append("<p>Inga insatser.</p>\n</section>\n");
        continue;
      }
      out.append("<table>\n<tr><th>Status</th><th>Antal</th></tr>\n");
      section.byStatus().forEach((status, lines) -> out.append("<tr><td>").append(MeasureReport.label(status))
          .append("</td><td class=\"n\">").append(lines.size()).append("</td></tr>\n"));
      out.append("<tr class=\"total\"><td>Totalt</td><td class=\"n\">").append(section.total())
          .append("</td></tr>\n</table>\n");
      section.byStatus().forEach((status, lines) -> {
        out.append("<h3>").append(MeasureReport.label(status)).append(" (").append(lines.size()).append(")</h3>\n");
        for (MeasureReport.Line line : lines) {
          Measure m = line.measure();
          out.append("<article class=\"").append(status.name()).append("\">\n<h4>").append(h(m.title()))
              .append("</h4>\n<dl>\n");
          item(out, "Kategori", m.category().name());
          item(out, "Period", m.period().map(DateSpan::toString).orElse("okänd"));
          if (!line.responsible().isEmpty()) {
            item(out, "Ansvariga", String.join(", ", line.responsible()));
          }
          m.targetProblem().ifPresent(p -> item(out, "Problem", p));
          for (Goal g : m.goals()) {
            item(out, "Mål", g.indicator() + ": " + g.target().toPlainString() + g.unit().map(u -> " " + u)
                .orElse(""));
          }
          for (FollowUp f : m.followUps()) {
            String where = f.meeting().map(id -> ", " + line.meetings().getOrDefault(id.value(), id.value()))
                .orElse("");
            item(out, "Uppföljning " + f.date(), f.outcome() + where + (f.note().isBlank() ? "" : ": " + f.note()));
          }
          out.append("</dl>\n");
          if (!m.description().isBlank()) {
            out.append(paragraphs(m.description()));
          }
          out.append("</article>\n");
        }
      });
      chains(out, section);
      out.append("</section>\n");
    }
    return out.append("</body>\n</html>\n").toString();
  }

  private static void chains(StringBuilder out, MeasureReport.CouncilSection section) {
    out.append("<h3>Kunskapsbaserad kedja</h3>\n");
    if (section.chains().isEmpty()) {
      out.append("<p>Inga problem är kopplade till rådets insatser.</p>\n");
    }
    for (MeasureReport.ProblemChain chain : section.chains()) {
      out.append("<article class=\"chain\">\n<h4>").append(h(MeasureReport.describe(chain.problem())))
          .append("</h4>\n<dl>\n");
      for (MeasureReport.CauseLink link : chain.causes()) {
        item(out, "Orsak: " + link.cause().description(), measures(link.measures()));
      }
      if (!chain.direct().isEmpty() || chain.causes().isEmpty()) {
        item(out, "Problemet som helhet", measures(chain.direct()));
      }
      for (MeasureReport.IndicatorLine line : chain.indicators()) {
        item(out, "Indikator: " + line.indicator().name(), MeasureReport.describe(line));
      }
      out.append("</dl>\n</article>\n");
    }
    out.append("<h3>Insatser utan problem (").append(section.withoutProblem().size()).append(")</h3>\n");
    if (section.withoutProblem().isEmpty()) {
      out.append("<p>Alla insatser riktar sig mot ett problem.</p>\n");
    } else {
      out.append("<ul>\n");
      section.withoutProblem().forEach(m -> out.append("<li>").append(h(MeasureReport.describe(m)))
          .append("</li>\n"));
      out.append("</ul>\n");
    }
  }

  private static String measures(java.util.List<se.lokbra.core.measure.Measure> measures) {
    return measures.isEmpty() ? "inga insatser" : measures.stream().map(MeasureReport::describe)
        .collect(Collectors.joining(", "));
  }

  private static void item(StringBuilder out, String term, String value) {
    out.append("<dt>").append(h(term)).append("</dt><dd>").append(h(value)).append("</dd>\n");
  }

  private static String paragraphs(String text) {
    return java.util.Arrays.stream(text.strip().split("\\R\\s*\\R"))
        .map(p -> "<p>" + h(p).replaceAll("\\R", "<br>") + "</p>\n").collect(Collectors.joining());
  }

  private static String h(String text) {
    return HTML.escape(text);
  }
}
