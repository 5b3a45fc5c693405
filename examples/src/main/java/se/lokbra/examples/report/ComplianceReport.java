package se.lokbra.examples.report;

import com.google.common.collect.ImmutableList;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import se.lokbra.core.Repositories;
import se.lokbra.core.compliance.Finding;
import se.lokbra.core.compliance.Ledger;
import se.lokbra.core.compliance.Reason;
import se.lokbra.core.compliance.Requirement;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.MandatePeriod;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.repository.PageRequest;

/**
 * The compliance ledgers (law 2023:196) of municipalities, as {@code lokbra compliance} prints them (Markdown, one
 * self-contained HTML page, or JSON) and as {@code lokbra report} shows them per council: per municipality the
 * period, the day, how many requirements are met, and a table of requirement, status and reason, in the report's
 * language ({@link ReportText}: the reason from its code and arguments, {@code compliance.reason.<code>}).
 */
public final class ComplianceReport {
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  private ComplianceReport() {}

  /** A ledger with the name of its municipality: "Karlskoga kommun (1883)", or the code if the store has none. */
  public record Entry(Ledger ledger, String municipality) {}

  /** The ledgers with their municipalities' names from the store. */
  public static ImmutableList<Entry> entries(Repositories store, List<Ledger> ledgers) {
    return ledgers.stream().map(l -> new Entry(l, municipalityName(store, l.municipality())))
        .collect(ImmutableList.toImmutableList());
  }

  /** "Karlskoga kommun (1883)": the municipality organisation with the code, or just the code. */
  public static String municipalityName(Repositories store, MunicipalityCode code) {
    return store.organisations().findByMunicipality(code, PageRequest.first(100)).content().stream()
        .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY).findFirst().map(Organisation::name)
        .map(name -> name + " (" + code + ")").orElse(code.toString());
  }

  /** The reason in the report's language: dates in its long form, numbers with its grouping. */
  public static String describe(Reason reason, ReportText text) {
    Object[] arguments = reason.arguments().stream().map(a -> a instanceof LocalDate d ? text.date(d)
        : a instanceof Integer n ? text.number(n) : a.toString()).toArray();
    return text.get("compliance.reason." + reason.code(), arguments);
  }

  /** "Mandatperiod 2023–2026, läget 3 december 2026: 4 av 4 krav uppfyllda." */
  public static String summary(Ledger ledger, ReportText text) {
    long met = ledger.findings().stream().filter(Finding::isMet).count();
    String summary = text.get("compliance.summary", ledger.period().toString(), text.date(ledger.asOf()),
        text.number(met), text.number(ledger.findings().size()));
    return ledger.evaluatedOn().equals(ledger.asOf()) ? summary
        : summary + " " + text.get("compliance.pastPeriod", text.date(ledger.asOf()), text.date(ledger.evaluatedOn()));
  }

  /** The whole output of {@code lokbra compliance --format markdown}. */
  public static String markdown(List<Entry> entries, ReportText text) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(MarkdownReport.escape(text.get("compliance.title"))).append('\n');
    if (entries.isEmpty()) {
      out.append('\n').append(MarkdownReport.escape(text.get("compliance.noLedgers"))).append('\n');
    }
    entries.forEach(e -> markdown(out, e, text, "##"));
    return out.toString();
  }

  /** One ledger as a Markdown section under a heading of the given level ({@code ##}, {@code ###}). */
  static void markdown(StringBuilder out, Entry entry, ReportText text, String heading) {
    out.append('\n').append(heading).append(' ')
        .append(MarkdownReport.escape(text.get("compliance.municipality", entry.municipality()))).append("\n\n")
        .append(MarkdownReport.escape(summary(entry.ledger(), text))).append("\n\n")
        .append("| ").append(text.get("compliance.requirement")).append(" | ").append(text.get("compliance.status"))
        .append(" | ").append(text.get("compliance.reason")).append(" |\n|---|---|---|\n");
    for (Finding f : entry.ledger().findings()) {
      out.append("| ").append(MarkdownReport.escape(text.label(f.requirement()))).append(" | ")
          .append(MarkdownReport.escape(text.label(f.status()))).append(" | ")
          .append(MarkdownReport.escape(describe(f.reason(), text))).append(" |\n");
    }
  }

  /** The whole output of {@code lokbra compliance --format html}: one self-contained page. */
  public static String html(List<Entry> entries, ReportText text) {
    String title = text.get("compliance.title");
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"").append(text.languageTag()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(h(title)).append("</title>\n<style>\n").append(HtmlReport.STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n<h1>").append(h(title)).append("</h1>\n");
    if (entries.isEmpty()) {
      out.append("<p>").append(h(text.get("compliance.noLedgers"))).append("</p>\n");
    }
    for (Entry e : entries) {
      html(out, "compliance-" + e.ledger().municipality(), e, text, "h2");
    }
    return out.append("</main>\n</body>\n</html>\n").toString();
  }

  /** One ledger as an HTML section with the given id and heading element ({@code h2}, {@code h3}). */
  static void html(StringBuilder out, String id, Entry entry, ReportText text, String heading) {
    out.append("<section class=\"compliance\" id=\"").append(id).append("\" aria-labelledby=\"").append(id)
        .append("-name\">\n<").append(heading).append(" id=\"").append(id).append("-name\">")
        .append(h(text.get("compliance.municipality", entry.municipality()))).append("</").append(heading)
        .append(">\n<p>").append(h(summary(entry.ledger(), text))).append("</p>\n<table>\n<caption>")
        .append(h(text.get("compliance.municipality", entry.municipality()))).append("</caption>\n<thead><tr>")
        .append("<th scope=\"col\">").append(h(text.get("compliance.requirement"))).append("</th>")
        .append("<th scope=\"col\">").append(h(text.get("compliance.status"))).append("</th>")
        .append("<th scope=\"col\">").append(h(text.get("compliance.reason"))).append("</th></tr></thead>\n<tbody>\n");
    for (Finding f : entry.ledger().findings()) {
      out.append("<tr class=\"").append(f.status().name()).append("\"><th scope=\"row\">")
          .append(h(text.label(f.requirement()))).append("</th><td>").append(h(text.label(f.status())))
          .append("</td><td>").append(h(describe(f.reason(), text))).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</section>\n");
  }

  /**
   * The whole output of {@code lokbra compliance --format json}: language-independent, one object with the
   * ledgers; each finding with its requirement, status, reason code, arguments (dates as ISO text, periods as
   * {@code 2023-2026}), English text
   * and the ids it rests on (kind and id).
   */
  public static String json(List<Entry> entries) {
    StringBuilder out = new StringBuilder("{\n  \"ledgers\": [");
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      Ledger l = e.ledger();
      out.append(i == 0 ? "\n" : ",\n").append("    {\n")
          .append("      \"municipality\": ").append(q(l.municipality().value())).append(",\n")
          .append("      \"name\": ").append(q(e.municipality())).append(",\n")
          .append("      \"period\": ").append(q(l.period().startYear() + "-" + l.period().endYear())).append(",\n")
          .append("      \"asOf\": ").append(q(l.asOf().toString())).append(",\n")
          .append("      \"evaluatedOn\": ").append(q(l.evaluatedOn().toString())).append(",\n")
          .append("      \"allMet\": ").append(l.allMet()).append(",\n")
          .append("      \"findings\": [");
      for (Requirement r : Requirement.values()) {
        Finding f = l.finding(r);
        out.append(r.ordinal() == 0 ? "\n" : ",\n").append("        {\"requirement\": ").append(q(r.name()))
            .append(", \"status\": ").append(q(f.status().name()))
            .append(", \"code\": ").append(q(f.reason().code()))
            .append(", \"arguments\": [");
        List<Object> arguments = f.reason().arguments();
        for (int a = 0; a < arguments.size(); a++) {
          Object v = arguments.get(a);
          out.append(a == 0 ? "" : ", ").append(v instanceof Integer n ? n.toString()
              : v instanceof MandatePeriod p ? q(p.startYear() + "-" + p.endYear()) : q(v.toString()));
        }
        out.append("], \"text\": ").append(q(f.reason().text())).append(", \"basis\": [");
        for (int b = 0; b < f.basis().size(); b++) {
          EntityId id = f.basis().get(b);
          out.append(b == 0 ? "" : ", ").append("{\"kind\": ").append(q(id.kind().name())).append(", \"id\": ")
              .append(q(id.value())).append('}');
        }
        out.append("]}");
      }
      out.append("\n      ]\n    }");
    }
    return out.append(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
  }

  /** A JSON string: quotes, backslashes and control characters escaped. */
  static String q(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static String h(String s) {
    return HTML.escape(s);
  }
}
