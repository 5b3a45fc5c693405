package se.lokbra.interop.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import se.lokbra.core.DataSet;
import se.lokbra.core.ValidationException;
import se.lokbra.interop.ExportException;
import se.lokbra.interop.internal.MeasureCsvWriter;

/**
 * The measures of a {@link DataSet} as CSV, written with Apache Commons CSV: UTF-8, a header row, one row per
 * measure in order of id, CRLF line ends and RFC 4180 quoting (a value with the separator, a quote or a line break
 * is quoted, quotes doubled). The columns, always in this order, are {@link #COLUMNS}:
 * <ul>
 *   <li>{@code category}, {@code status} and {@code last_follow_up_outcome} are lokbra's constant names
 *       ({@code SITUATIONAL}, {@code IN_PROGRESS}, {@code NOT_ASSESSED});</li>
 *   <li>{@code responsible_organisations} and {@code municipalities} list ids and codes separated by ", ";</li>
 *   <li>{@code period_start} and {@code period_end} are partial dates ({@code 2018}, {@code 2018-05},
 *       {@code 2018-05-14}); an empty end means ongoing, both empty means no period;</li>
 *   <li>{@code goals} lists "indicator: target unit" separated by "; " (targets with a decimal point);</li>
 *   <li>{@code follow_ups} is their number, {@code last_follow_up_date} and {@code last_follow_up_outcome} describe
 *       the latest;</li>
 *   <li>{@code version}, {@code created} and {@code modified} are the store's (timestamps in UTC, ISO 8601).</li>
 * </ul>
 */
public final class MeasureCsvExport {
  /** The header row. */
  public static final List<String> COLUMNS = MeasureCsvWriter.COLUMNS;

  private MeasureCsvExport() {}

  /** Writes the CSV to {@code out}, which is left open. */
  public static void write(DataSet data, CsvOptions options, OutputStream out) {
    if (out == null) {
      throw new ValidationException("out", null, "is required");
    }
    try {
      out.write(toBytes(data, options));
    } catch (IOException e) {
      throw new ExportException("cannot write the measures CSV: " + e.getMessage(), e);
    }
  }

  /** The CSV as bytes. */
  public static byte[] toBytes(DataSet data, CsvOptions options) {
    if (data == null || options == null) {
      throw new ValidationException("data, options", null, "must not be null");
    }
    return MeasureCsvWriter.csv(data, options.separator(), options.byteOrderMark());
  }
}
