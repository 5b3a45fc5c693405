package se.lokbra.examples.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.ValidationException;
import se.lokbra.core.compliance.Compliance;
import se.lokbra.core.compliance.Ledger;
import se.lokbra.core.model.MandatePeriod;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.examples.report.ComplianceReport;
import se.lokbra.examples.report.ReportText;

/**
 * {@code lokbra compliance}: where a municipality (or every municipality of a county) stands against the law on
 * municipalities' responsibility for crime prevention (2023:196) — situation picture, action plan, coordination
 * function, follow-ups — as Markdown, HTML or JSON. The exit code is 0 whatever the ledger says (it is a report);
 * bad input (a code, period or date of the wrong shape, neither {@code --municipality} nor {@code --county}) is 2.
 */
@Command(name = "compliance", mixinStandardHelpOptions = true,
    description = "Print the compliance ledger (law 2023:196) of a municipality or of every municipality of a county.")
final class ComplianceCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { markdown, html, json }

  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOption store;

  @Option(names = "--municipality", paramLabel = "CODE", description = "The municipality code (kommunkod), e.g. 1883.")
  String municipality;

  @Option(names = "--county", paramLabel = "CODE", description = "Every municipality of the county (länskod, e.g. 18) "
      + "that the store knows of.")
  String county;

  @Option(names = "--period", paramLabel = "YYYY-YYYY", description = "The mandate period, e.g. 2023-2026 (default: "
      + "the one that holds --as-of).")
  String period;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The day to judge (default: today).")
  String asOf;

  @Option(names = "--format", defaultValue = "markdown", paramLabel = "FORMAT",
      description = "markdown, html or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--lang", defaultValue = "sv", paramLabel = "LANG",
      description = "sv (Swedish) or en (English) for markdown and html (default: ${DEFAULT-VALUE}).")
  ReportCommand.Language language;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout ('-'), "
      + "replacing it atomically.")
  Path output;

  @Override
  public Integer call() {
    if (municipality == null && county == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "Give --municipality CODE or --county CODE.");
    }
    LocalDate day = asOf == null ? LocalDate.now(main.clock) : parseDate(asOf);
    MandatePeriod mandate = period == null ? MandatePeriod.containing(day) : MandatePeriod.parse(period);
    MunicipalityCode code = municipality == null ? null : MunicipalityCode.of(municipality);
    try (LokbraStore s = store.open(main.clock, false)) {
      Compliance compliance = Compliance.of(s);
      List<Ledger> ledgers = new ArrayList<>();
      if (code != null) {
        ledgers.add(compliance.ledger(code, mandate, day));
      }
      if (county != null) {
        compliance.county(county, mandate, day).ledgers().stream()
            .filter(l -> !l.municipality().equals(code)).forEach(ledgers::add);
      }
      List<ComplianceReport.Entry> entries = ComplianceReport.entries(s, ledgers);
      ReportText words = ReportText.of(language.name());
      String text = switch (format) {
        case markdown -> ComplianceReport.markdown(entries, words);
        case html -> ComplianceReport.html(entries, words);
        case json -> ComplianceReport.json(entries);
      };
      Output.file(output, main.out, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
    return 0;
  }

  private static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ValidationException("asOf", text, "must be a date written YYYY-MM-DD");
    }
  }
}
