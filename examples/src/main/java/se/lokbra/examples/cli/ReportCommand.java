package se.lokbra.examples.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.NotFoundException;
import se.lokbra.core.council.CouncilId;
import se.lokbra.examples.report.HtmlReport;
import se.lokbra.examples.report.MarkdownReport;
import se.lokbra.examples.report.MeasureReport;
import se.lokbra.examples.report.ReportText;

/** {@code lokbra report}: the follow-up report of the councils' measures, as Markdown or a self-contained HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Print the follow-up report (avstämning) of the councils' measures, grouped by status.")
final class ReportCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format { markdown, html }

  /** Report languages. */
  enum Language { sv, en }

  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOption store;

  @Option(names = "--year", paramLabel = "YEAR", description = "Only measures whose period touches this year.")
  Integer year;

  @Option(names = "--council", paramLabel = "ID", description = "Only this council (default: every council).")
  String council;

  @Option(names = "--format", defaultValue = "markdown", paramLabel = "FORMAT",
      description = "markdown or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--lang", defaultValue = "sv", paramLabel = "LANG",
      description = "sv (Swedish) or en (English) (default: ${DEFAULT-VALUE}).")
  Language language;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout ('-'), "
      + "replacing it atomically (a device or FIFO is written through, a symbolic link's target is replaced).")
  Path output;

  @Override
  public Integer call() {
    try (LokbraStore s = store.open(main.clock, false)) {
      Optional<CouncilId> only = Optional.ofNullable(council).map(CouncilId::of);
      only.ifPresent(id -> {
        if (!s.councils().existsById(id)) {
          throw new NotFoundException(id);
        }
      });
      MeasureReport report = MeasureReport.build(s, year == null ? OptionalInt.empty() : OptionalInt.of(year), only,
          LocalDate.now(main.clock));
      ReportText words = ReportText.of(language.name());
      String text = format == Format.html ? HtmlReport.render(report, words) : MarkdownReport.render(report, words);
      Output.file(output, main.out, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
    return 0;
  }
}
