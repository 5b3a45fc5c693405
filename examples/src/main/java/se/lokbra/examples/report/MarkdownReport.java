package se.lokbra.examples.report;

import java.util.stream.Collectors;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.Goal;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.model.DateSpan;

/** Renders a {@link MeasureReport} as Markdown (CommonMark), readable as plain text too. */
public final class MarkdownReport {
  private MarkdownReport() {}

  public static String render(MeasureReport report) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(report.title()).append("\n\n");
    out.append("Skapad ").append(report.generatedOn()).append(".\n");
    for (MeasureReport.CouncilSection section : report.councils()) {
      out.append("\n## ").append(escape(section.council().name())).append("\n\n");
      if (section.total() == 0) {
        out.append("Inga insatser.\n");
        continue;
      }
      out.append("| Status | Antal |\n|---|---:|\n");
      section.byStatus().forEach((status, lines) -> out.append("| ").append(MeasureReport.label(status))
          .append(" | ").append(lines.size()).append(" |\n"));
      out.append("| **Totalt** | **").append(section.total()).append("** |\n");
      section.byStatus().forEach((status, lines) -> {
        out.append("\n### ").append(MeasureReport.label(status)).append(" (").append(lines.size()).append(")\n");
        for (MeasureReport.Line line : lines) {
          Measure m = line.measure();
          out.append("\n#### ").append(escape(m.title())).append("\n\n");
          out.append("- Kategori: ").append(m.category()).append('\n');
          out.append("- Period: ").append(m.period().map(DateSpan::toString).orElse("okänd")).append('\n');
          if (!line.responsible().isEmpty()) {
            out.append("- Ansvariga: ").append(line.responsible().stream().map(MarkdownReport::escape)
                .collect(Collectors.joining(", "))).append('\n');
          }
          m.targetProblem().ifPresent(p -> out.append("- Problem: ").append(escape(oneLine(p))).append('\n'));
          for (Goal g : m.goals()) {
            out.append("- Mål: ").append(escape(g.indicator())).append(": ").append(g.target().toPlainString())
                .append(g.unit().map(u -> " " + escape(u)).orElse("")).append('\n');
          }
          for (FollowUp f : m.followUps()) {
            out.append("- Uppföljning ").append(f.date()).append(" (").append(f.outcome()).append(')');
            f.meeting().ifPresent(id -> out.append(", ").append(escape(line.meetings().getOrDefault(id.value(),
                id.value()))));
            if (!f.note().isBlank()) {
              out.append(": ").append(escape(oneLine(f.note())));
            }
            out.append('\n');
          }
          if (!m.description().isBlank()) {
            out.append('\n').append(escape(m.description().strip())).append('\n');
          }
        }
      });
      chains(out, section);
    }
    return out.toString();
  }

  private static void chains(StringBuilder out, MeasureReport.CouncilSection section) {
    out.append("\n### Kunskapsbaserad kedja\n");
    if (section.chains().isEmpty()) {
      out.append("\nInga problem är kopplade till rådets insatser.\n");
    }
    for (MeasureReport.ProblemChain chain : section.chains()) {
      out.append("\n#### ").append(escape(MeasureReport.describe(chain.problem()))).append("\n\n");
      for (MeasureReport.CauseLink link : chain.causes()) {
        out.append("- Orsak: ").append(escape(oneLine(link.cause().description()))).append(" → ")
            .append(measures(link.measures())).append('\n');
      }
      if (!chain.direct().isEmpty() || chain.causes().isEmpty()) {
        out.append("- Problemet som helhet → ").append(measures(chain.direct())).append('\n');
      }
      for (MeasureReport.IndicatorLine line : chain.indicators()) {
        out.append("- Indikator: ").append(escape(line.indicator().name())).append(": ")
            .append(escape(MeasureReport.describe(line))).append('\n');
      }
    }
    out.append("\n### Insatser utan problem (").append(section.withoutProblem().size()).append(")\n\n");
    if (section.withoutProblem().isEmpty()) {
      out.append("Alla insatser riktar sig mot ett problem.\n");
    }
    for (se.lokbra.core.measure.Measure m : section.withoutProblem()) {
      out.append("- ").append(escape(MeasureReport.describe(m))).append('\n');
    }
  }

  private static String measures(java.util.List<se.lokbra.core.measure.Measure> measures) {
    return measures.isEmpty() ? "inga insatser" : measures.stream().map(MeasureReport::describe)
        .map(MarkdownReport::escape).collect(Collectors.joining(", "));
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** Escapes the characters that Markdown would read as markup. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if ("\\`*_{}[]<>#|!".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
