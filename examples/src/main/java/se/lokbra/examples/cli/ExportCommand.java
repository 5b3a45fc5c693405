package se.lokbra.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.NotFoundException;
import se.lokbra.core.council.CouncilId;
import se.lokbra.interop.csv.CsvOptions;
import se.lokbra.interop.csv.MeasureCsvExport;
import se.lokbra.interop.ical.ICalendarExport;
import se.lokbra.interop.ical.ICalendarOptions;
import se.lokbra.interop.oparl.OParlExport;
import se.lokbra.interop.oparl.OParlOptions;
import se.lokbra.interop.popolo.PopoloExport;
import se.lokbra.interop.popolo.PopoloOptions;
import se.lokbra.storage.json.DataSetDocument;

/**
 * {@code lokbra export}: the whole store as one data-set document (JSON with a {@code formatVersion}), or in a
 * standard format for other systems: OParl 1.1 (a directory of JSON files), Popolo (one JSON document),
 * iCalendar (a council's meetings and conferences) or CSV (the measures).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the whole store as a data-set document (JSON, the default) or as OParl, Popolo, "
        + "iCalendar or CSV. The same store always gives the same bytes.")
final class ExportCommand implements Callable<Integer> {
  /** Export formats. */
  enum Format { json, oparl, popolo, ical, csv }

  /** The file of the {@code System} object, which every OParl export has: it marks an earlier export. */
  private static final String OPARL_SYSTEM = "system";

  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOption store;

  @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
      description = "json, oparl, popolo, ical or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Write to this file instead of stdout ('-'), replacing it atomically (a device or FIFO is "
          + "written through, a symbolic link's target is replaced); for oparl, and for ical without --council, "
          + "a directory, replaced whole once the new one is complete.")
  Path output;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "oparl: the URL the export will be published under (object ids are URLs below it).")
  String baseUrl;

  @Option(names = "--council", paramLabel = "ID", description = "ical: the council whose feed to write.")
  String council;

  @Option(names = "--uid-domain", defaultValue = "lokbra.invalid", paramLabel = "DOMAIN",
      description = "ical: the domain in event UIDs, e.g. karlskoga.se (default: ${DEFAULT-VALUE}).")
  String uidDomain;

  @Option(names = "--separator", defaultValue = "comma", paramLabel = "SEP",
      description = "csv: comma (RFC 4180) or semicolon (Swedish spreadsheets, with a byte order mark) "
          + "(default: ${DEFAULT-VALUE}).")
  String separator;

  @Override
  public Integer call() {
    Progress progress = new Progress(main.err);
    DataSet data;
    try (LokbraStore s = store.open(main.clock, false)) {
      progress.step("reading " + s.uri());
      data = s.snapshot();
    }
    progress.step("writing " + data.size() + " entities as " + format);
    switch (format) {
      case json -> write(out -> DataSetDocument.write(data, out));
      case oparl -> {
        if (baseUrl == null || Output.isStdout(output)) {
          throw usage("--format oparl needs --base-url URL and --output DIR");
        }
        OParlExport export = OParlExport.of(data, OParlOptions.of(baseUrl));
        Output.directory(output, "an OParl export", dir -> Files.isRegularFile(dir.resolve(OPARL_SYSTEM)),
            export::writeTo);
      }
      case popolo -> write(out -> PopoloExport.write(data, PopoloOptions.defaults(), out));
      case ical -> {
        ICalendarOptions options = ICalendarOptions.of(uidDomain);
        if (council != null) {
          CouncilId id = CouncilId.of(council);
          if (data.councils().stream().noneMatch(c -> c.id().equals(id))) {
            throw new NotFoundException(id);
          }
          write(out -> ICalendarExport.write(data, id, options, out));
        } else if (!Output.isStdout(output)) {
          Output.directory(output, "iCalendar feeds", ExportCommand::onlyFeeds,
              dir -> ICalendarExport.writeAll(data, options, dir));
        } else {
          throw usage("--format ical needs --council ID, or --output DIR for every council's feed");
        }
      }
      case csv -> {
        CsvOptions options = switch (separator) {
          case "comma" -> CsvOptions.rfc4180();
          case "semicolon" -> CsvOptions.swedishSpreadsheet();
          default -> throw usage("--separator must be comma or semicolon, not '" + separator + "'");
        };
        write(out -> MeasureCsvExport.write(data, options, out));
      }
    }
    return 0;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** Writes to {@link #output} if given, else to stdout (see {@link Output}). */
  private void write(Writer writer) {
    Output.file(output, main.out, writer::write);
  }

  /** True if {@code directory} holds only iCalendar files: an earlier {@code export --format ical --output}. */
  private static boolean onlyFeeds(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.allMatch(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
          && p.getFileName().toString().endsWith(".ics"));
    } catch (IOException e) {
      return false;
    }
  }

  /** Writes an export to a stream. */
  private interface Writer {
    void write(OutputStream out);
  }
}
