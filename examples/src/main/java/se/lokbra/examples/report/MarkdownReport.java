package se.lokbra.examples.report;

import java.util.List;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.Goal;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureStatus;

/**
 * Renders a {@link MeasureReport} as Markdown (CommonMark), readable as plain text too, in a language: per council
 * the overview (key figures, measures by status, the knowledge-based chain, what is overdue), the compliance
 * ledger (law 2023:196) of each of its municipalities, the chain of each
 * problem and the measures in detail.
 */
public final class MarkdownReport {
  private MarkdownReport() {}

  /** The report in Swedish. */
  public static String render(MeasureReport report) {
    return render(report, ReportText.SWEDISH);
  }

  public static String render(MeasureReport report, ReportText text) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(escape(report.title(text))).append("\n\n");
    out.append(escape(text.get("generated", text.date(report.generatedOn())))).append(".\n");
    for (MeasureReport.CouncilSection section : report.councils()) {
      out.append("\n## ").append(escape(section.council().name())).append("\n\n");
      if (section.total() == 0) {
        out.append(escape(text.get("noMeasures"))).append('\n');
        compliance(out, section, text);
        continue;
      }
      overview(out, section, text);
      compliance(out, section, text);
      chains(out, section, text);
      details(out, section, text);
    }
    return out.toString();
  }

  private static void overview(StringBuilder out, MeasureReport.CouncilSection section, ReportText text) {
    out.append("### ").append(escape(text.get("overview"))).append("\n\n");
    table(out, text.get("figure"), text.get("count"), MeasureReport.keyFigures(section, text));
    out.append('\n');
    table(out, text.get("status"), text.get("count"), List.of(MeasureStatus.values()).stream()
        .map(s -> new MeasureReport.Entry(text.label(s), text.number(section.count(s)))).toList());
    out.append("| **").append(escape(text.get("total"))).append("** | **").append(text.number(section.total()))
        .append("** |\n");
    out.append("\n#### ").append(escape(text.get("chain.caption"))).append("\n\n");
    int step = 1;
    for (MeasureReport.Entry e : MeasureReport.chainSteps(section, text)) {
      out.append(step++).append(". **").append(escape(e.term())).append(":** ").append(escape(e.value()))
          .append('\n');
    }
    out.append("\n#### ").append(escape(text.get("overdue"))).append("\n\n");
    if (section.overdue().isEmpty()) {
      out.append(escape(text.get("overdue.none"))).append('\n');
    }
    section.overdue().forEach(m -> out.append("- ").append(escape(MeasureReport.describeOverdue(m, text)))
        .append('\n'));
  }

  /** The compliance ledger (law 2023:196) of each of the council's municipalities. */
  private static void compliance(StringBuilder out, MeasureReport.CouncilSection section, ReportText text) {
    section.compliance().forEach(e -> ComplianceReport.markdown(out, e, text, "###"));
  }

  private static void table(StringBuilder out, String term, String value, List<MeasureReport.Entry> rows) {
    out.append("| ").append(escape(term)).append(" | ").append(escape(value)).append(" |\n|---|---:|\n");
    rows.forEach(r -> out.append("| ").append(escape(r.term())).append(" | ").append(escape(r.value()))
        .append(" |\n"));
  }

  private static void details(StringBuilder out, MeasureReport.CouncilSection section, ReportText text) {
    out.append("\n### ").append(escape(text.get("details"))).append('\n');
    section.byStatus().forEach((status, lines) -> {
      out.append("\n#### ").append(escape(text.label(status))).append(" (").append(text.number(lines.size()))
          .append(")\n");
      for (MeasureReport.Line line : lines) {
        Measure m = line.measure();
        out.append("\n##### ").append(escape(m.title())).append("\n\n");
        item(out, text.get("field.category"), text.label(m.category()));
        item(out, text.get("field.period"), m.period().map(text::period).orElse(text.get("field.unknown")));
        if (!line.responsible().isEmpty()) {
          item(out, text.get("field.responsible"), String.join(", ", line.responsible()));
        }
        m.targetProblem().ifPresent(p -> item(out, text.get("field.problem"), oneLine(p)));
        for (Goal g : m.goals()) {
          item(out, text.get("field.goal"), g.indicator() + ": " + text.quantity(g.target(), g.unit()));
        }
        for (FollowUp f : m.followUps()) {
          String where = f.meeting().map(meeting -> ", " + MeasureReport.describeMeeting(line, meeting, text))
              .orElse("");
          item(out, text.get("field.followUp", text.date(f.date())), text.label(f.outcome()) + where
              + (f.note().isBlank() ? "" : ": " + oneLine(f.note())));
        }
        if (!m.description().isBlank()) {
          out.append('\n').append(escape(m.description().strip())).append('\n');
        }
      }
    });
  }

  private static void chains(StringBuilder out, MeasureReport.CouncilSection section, ReportText text) {
    out.append("\n### ").append(escape(text.get("chain"))).append('\n');
    if (section.chains().isEmpty()) {
      out.append('\n').append(escape(text.get("noChains"))).append('\n');
    }
    for (MeasureReport.ProblemChain chain : section.chains()) {
      out.append("\n#### ").append(escape(MeasureReport.describe(chain.problem(), text))).append("\n\n");
      for (MeasureReport.CauseLink link : chain.causes()) {
        out.append("- ").append(escape(text.get("cause", oneLine(link.cause().description())))).append(" → ")
            .append(escape(MeasureReport.describe(link.measures(), text))).append('\n');
      }
      if (!chain.direct().isEmpty() || chain.causes().isEmpty()) {
        out.append("- ").append(escape(text.get("wholeProblem"))).append(" → ")
            .append(escape(MeasureReport.describe(chain.direct(), text))).append('\n');
      }
      for (MeasureReport.IndicatorLine line : chain.indicators()) {
        item(out, text.get("indicator", line.indicator().name()), MeasureReport.describe(line, text));
      }
    }
    out.append("\n#### ").append(escape(text.get("withoutProblem", text.number(section.withoutProblem().size()))))
        .append("\n\n");
    if (section.withoutProblem().isEmpty()) {
      out.append(escape(text.get("everyMeasureTargetsAProblem"))).append('\n');
    }
    for (Measure m : section.withoutProblem()) {
      out.append("- ").append(escape(MeasureReport.describe(m, text))).append('\n');
    }
  }

  /** "- term: value", both escaped. */
  private static void item(StringBuilder out, String term, String value) {
    out.append("- ").append(escape(term)).append(": ").append(escape(value)).append('\n');
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
