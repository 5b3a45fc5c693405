package se.lokbra.interop.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import se.lokbra.core.DataSet;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.Goal;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.organisation.OrganisationId;

/** Writes measures as CSV; see {@link se.lokbra.interop.csv.MeasureCsvExport}. Not API. */
public final class MeasureCsvWriter {
  public static final List<String> COLUMNS = List.of("id", "council", "title", "description", "category", "status",
      "target_problem", "responsible_organisations", "municipalities", "period_start", "period_end", "goals",
      "follow_ups", "last_follow_up_date", "last_follow_up_outcome", "version", "created", "modified");
  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private MeasureCsvWriter() {}

  /** The CSV of the data set's measures in order of id. */
  public static byte[] csv(DataSet data, char separator, boolean byteOrderMark) {
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setRecordSeparator("\r\n")
        .setQuoteMode(QuoteMode.MINIMAL).setHeader(COLUMNS.toArray(String[]::new)).get();
    StringWriter text = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(text, format)) {
      for (Measure measure : data.measures()) {
        printer.printRecord(row(measure));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    byte[] csv = text.toString().getBytes(StandardCharsets.UTF_8);
    if (!byteOrderMark) {
      return csv;
    }
    byte[] withMark = new byte[csv.length + BYTE_ORDER_MARK.length];
    System.arraycopy(BYTE_ORDER_MARK, 0, withMark, 0, BYTE_ORDER_MARK.length);
    System.arraycopy(csv, 0, withMark, BYTE_ORDER_MARK.length, csv.length);
    return withMark;
  }

  private static List<String> row(Measure m) {
    // The latest follow-up: the last of those with the latest date.
    Optional<FollowUp> last = m.followUps().stream().reduce((a, b) -> b.date().isBefore(a.date()) ? a : b);
    return List.of(
        m.id().value(),
        m.council().value(),
        m.title(),
        m.description(),
        m.category().name(),
        m.status().name(),
        m.targetProblem().orElse(""),
        m.responsibleOrganisations().stream().map(OrganisationId::value).collect(Collectors.joining(", ")),
        m.municipalities().stream().map(MunicipalityCode::value).collect(Collectors.joining(", ")),
        m.period().map(DateSpan::start).map(PartialDate::toString).orElse(""),
        m.period().flatMap(DateSpan::end).map(PartialDate::toString).orElse(""),
        m.goals().stream().map(MeasureCsvWriter::goal).collect(Collectors.joining("; ")),
        String.valueOf(m.followUps().size()),
        last.map(f -> Times.date(f.date())).orElse(""),
        last.map(f -> f.outcome().name()).orElse(""),
        String.valueOf(m.version()),
        m.revision().created().map(Times::instant).orElse(""),
        m.revision().modified().map(Times::instant).orElse(""));
  }

  private static String goal(Goal goal) {
    return goal.indicator() + ": " + goal.target().toPlainString() + goal.unit().map(u -> " " + u).orElse("");
  }
}
