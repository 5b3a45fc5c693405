package se.lokbra.interop.csv;

import se.lokbra.core.ValidationException;

/**
 * How to write a {@link MeasureCsvExport}.
 *
 * @param separator the field separator: {@code ,} (RFC 4180), {@code ;} (what Swedish spreadsheet programs expect,
 *     since the comma is the decimal separator in Swedish) or a tab
 * @param byteOrderMark whether to start the file with a UTF-8 byte order mark, which Excel needs to read UTF-8
 *     (without it, å, ä and ö come out garbled)
 */
public record CsvOptions(char separator, boolean byteOrderMark) {
  public CsvOptions {
    if (separator != ',' && separator != ';' && separator != '\t') {
      throw new ValidationException("separator", separator, "must be ',', ';' or a tab");
    }
  }

  /** RFC 4180: comma, no byte order mark. */
  public static CsvOptions rfc4180() {
    return new CsvOptions(',', false);
  }

  /** For Swedish spreadsheet programs: semicolon and a byte order mark. */
  public static CsvOptions swedishSpreadsheet() {
    return new CsvOptions(';', true);
  }

  public CsvOptions withSeparator(char separator) {
    return new CsvOptions(separator, byteOrderMark);
  }

  public CsvOptions withByteOrderMark(boolean byteOrderMark) {
    return new CsvOptions(separator, byteOrderMark);
  }
}
