package se.lokbra.examples.report;

import com.google.common.base.Preconditions;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.PartialDate;

/**
 * The words of a report in one language ("språk"): the texts from the resource bundle {@code report_sv} or
 * {@code report_en} (MessageFormat patterns), the label of every enum constant of core, and numbers and dates
 * formatted by the locale ({@code 1 234,5} and {@code 1 april 2019} in Swedish).
 */
public final class ReportText {
  /** The Swedish report (the default). */
  public static final ReportText SWEDISH = new ReportText(Locale.forLanguageTag("sv"));
  /** The English report. */
  public static final ReportText ENGLISH = new ReportText(Locale.ENGLISH);

  private static final String BUNDLE = "se.lokbra.examples.report.report";
  private static final String CORE_PACKAGE = "se.lokbra.core.";

  private final Locale locale;
  private final ResourceBundle bundle;

  private ReportText(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The report's text in a supported language: {@code sv} or {@code en}. */
  public static ReportText of(String language) {
    return switch (language) {
      case "sv" -> SWEDISH;
      case "en" -> ENGLISH;
      default -> throw new IllegalArgumentException("language '" + language + "' is not supported: use sv or en");
    };
  }

  public Locale locale() {
    return locale;
  }

  /** The BCP 47 tag of the language, for {@code <html lang>}: {@code sv}, {@code en}. */
  public String languageTag() {
    return locale.toLanguageTag();
  }

  /** The text under {@code key}, with the arguments put in by {@link MessageFormat} in this locale. */
  public String get(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), locale).format(arguments);
  }

  /** True if the bundle has a text under {@code key}. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * The label of an enum constant: the text under {@code enum.<class below se.lokbra.core>.<CONSTANT>}, for example
   * {@code enum.measure.MeasureCategory.TRAINING} ("Utbildning", "Training").
   *
   * @throws MissingResourceException if the bundle has no label for it
   */
  public String label(Enum<?> constant) {
    return bundle.getString(labelKey(constant.getDeclaringClass(), constant.name()));
  }

  /** The bundle key of an enum constant's label. */
  public static String labelKey(Class<?> enumType, String constant) {
    String name = enumType.getName();
    Preconditions.checkArgument(name.startsWith(CORE_PACKAGE), "enum %s is not in %s", name, CORE_PACKAGE);
    return "enum." + name.substring(CORE_PACKAGE.length()).replace('$', '.') + "." + constant;
  }

  /** A decimal number with the locale's grouping and decimal separator, all its significant decimals. */
  public String number(BigDecimal value) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
    return format.format(value);
  }

  /** A whole number with the locale's grouping. */
  public String number(long value) {
    return NumberFormat.getIntegerInstance(locale).format(value);
  }

  /** A value with its unit, if any: {@code 41,5 %}. */
  public String quantity(BigDecimal value, Optional<String> unit) {
    return number(value) + unit.map(u -> "\u00a0" + u).orElse("");
  }

  /** A date in the locale's long form: {@code 1 april 2019}, {@code April 1, 2019}. */
  public String date(LocalDate date) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
  }

  /** A date of a known precision: {@code 2018}, {@code maj 2018}, {@code 14 maj 2018}. */
  public String date(PartialDate date) {
    return switch (date.precision()) {
      case YEAR -> String.valueOf(date.earliest().getYear());
      case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(YearMonth.from(date.earliest()));
      case DAY -> date(date.earliest());
    };
  }

  /** A period: {@code 2018}, {@code 2018–2019}, {@code maj 2018–}. */
  public String period(DateSpan span) {
    if (span.end().isPresent() && span.end().get().equals(span.start())) {
      return date(span.start());
    }
    return date(span.start()) + "–" + span.end().map(this::date).orElse("");
  }
}
