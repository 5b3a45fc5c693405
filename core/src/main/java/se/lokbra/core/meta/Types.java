package se.lokbra.core.meta;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import se.lokbra.core.ValidationException;
import se.lokbra.core.meta.ScalarType.Form;
import se.lokbra.core.model.CaseNumber;
import se.lokbra.core.model.ContactDetails;
import se.lokbra.core.model.Decision;
import se.lokbra.core.model.DecidingBody;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.EmailAddress;
import se.lokbra.core.model.Identifier;
import se.lokbra.core.model.MandatePeriod;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.OrganisationNumber;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.model.PhoneNumber;
import se.lokbra.core.model.PoliticalParty;
import se.lokbra.core.model.PostalAddress;

/**
 * The value types every aggregate may use: the plain Java values and lokbra's shared value objects. A type of an
 * aggregate's own value (a follow-up, a cause) is declared as the {@code TYPE} constant of its record; an id type
 * as the {@code TYPE} constant of the id.
 */
public final class Types {
  private Types() {}

  /** Free text. */
  public static final ScalarType<String> TEXT = ScalarType.of("text", String.class, Form.TEXT, s -> s, s -> s);
  /** Text from a small set that many entities repeat, such as a unit ({@code %}, {@code st}). */
  public static final ScalarType<String> CODE = ScalarType.of("code", String.class, Form.CODE, s -> s, s -> s);
  public static final ScalarType<Integer> INTEGER = ScalarType.of("integer", Integer.class, Form.INTEGER,
      String::valueOf, parsing("integer", "an integer", Integer::valueOf));
  /** An exact decimal; its text form is plain ({@code 1000}, never {@code 1E+3}) with the digits it keeps. */
  public static final ScalarType<BigDecimal> DECIMAL = ScalarType.of("decimal", BigDecimal.class, Form.DECIMAL,
      BigDecimal::toPlainString, parsing("decimal", "a decimal number", BigDecimal::new));
  public static final ScalarType<Year> YEAR = ScalarType.of("year", Year.class, Form.YEAR,
      y -> Integer.toString(y.getValue()), parsing("year", "a year", s -> Year.of(Integer.parseInt(s))));
  public static final ScalarType<LocalDate> DATE = ScalarType.of("date", LocalDate.class, Form.DATE,
      LocalDate::toString, parsing("date", "a date (yyyy-mm-dd)", LocalDate::parse));
  public static final ScalarType<Instant> INSTANT = ScalarType.of("instant", Instant.class, Form.INSTANT,
      Instant::toString, parsing("instant", "an instant (yyyy-mm-ddThh:mm:ssZ)", Instant::parse));
  /** With the offset and, for a region, the zone id in brackets. */
  public static final ScalarType<ZonedDateTime> ZONED_DATE_TIME = ScalarType.of("zoned date-time",
      ZonedDateTime.class, Form.ZONED_DATE_TIME, DateTimeFormatter.ISO_ZONED_DATE_TIME::format,
      parsing("zoned date-time", "a date-time with offset and zone", ZonedDateTime::parse));

  public static final ScalarType<URI> URL = ScalarType.of("url", URI.class, Form.TEXT, URI::toString, Types::url);
  public static final ScalarType<MunicipalityCode> MUNICIPALITY_CODE = ScalarType.of("municipality code",
      MunicipalityCode.class, Form.CODE, MunicipalityCode::value, MunicipalityCode::of);
  /** Always {@code NNNNNN-NNNN}, the form the domain prints. */
  public static final ScalarType<OrganisationNumber> ORGANISATION_NUMBER = ScalarType.of("organisation number",
      OrganisationNumber.class, Form.TEXT, OrganisationNumber::value, OrganisationNumber::new);
  /** {@code 2019-2022}. */
  public static final ScalarType<MandatePeriod> MANDATE_PERIOD = ScalarType.of("mandate period",
      MandatePeriod.class, Form.TEXT, p -> p.startYear() + "-" + p.endYear(), MandatePeriod::parse);
  /** {@code 2018}, {@code 2018-05} or {@code 2018-05-14}. */
  public static final ScalarType<PartialDate> PARTIAL_DATE = ScalarType.of("partial date", PartialDate.class,
      Form.TEXT, PartialDate::toString, PartialDate::parse);
  public static final ScalarType<EmailAddress> EMAIL_ADDRESS = ScalarType.of("email address", EmailAddress.class,
      Form.TEXT, EmailAddress::value, EmailAddress::of);
  public static final ScalarType<PhoneNumber> PHONE_NUMBER = ScalarType.of("phone number", PhoneNumber.class,
      Form.TEXT, PhoneNumber::value, PhoneNumber::of);

  /** Kept as given ({@code KS 2024/123}). */
  public static final ScalarType<CaseNumber> CASE_NUMBER = ScalarType.of("case number", CaseNumber.class,
      Form.TEXT, CaseNumber::value, CaseNumber::of);
  public static final ScalarType<DecidingBody> DECIDING_BODY = ScalarType.enumType(DecidingBody.class);

  public static final CompositeType<DateSpan> DATE_SPAN = CompositeType.of(DateSpan.class,
      Field.one("start", DateSpan::start, PARTIAL_DATE),
      Field.optional("end", DateSpan::end, PARTIAL_DATE));
  public static final CompositeType<Identifier> IDENTIFIER = CompositeType.of(Identifier.class,
      Field.one("scheme", Identifier::scheme, TEXT),
      Field.one("value", Identifier::value, TEXT));
  public static final CompositeType<PoliticalParty> POLITICAL_PARTY = CompositeType.of(PoliticalParty.class,
      Field.one("abbreviation", PoliticalParty::abbreviation, TEXT),
      Field.one("name", PoliticalParty::name, TEXT));
  public static final CompositeType<PostalAddress> POSTAL_ADDRESS = CompositeType.of(PostalAddress.class,
      Field.one("street", PostalAddress::street, TEXT),
      Field.optional("postalCode", PostalAddress::postalCode, TEXT),
      Field.one("locality", PostalAddress::locality, TEXT),
      Field.one("countryCode", PostalAddress::countryCode, TEXT));
  /** Every part optional; {@link ContactDetails#NONE} has none. */
  public static final CompositeType<ContactDetails> CONTACT_DETAILS = CompositeType.of(ContactDetails.class,
      Field.optional("email", ContactDetails::email, EMAIL_ADDRESS),
      Field.optional("phone", ContactDetails::phone, PHONE_NUMBER),
      Field.optional("address", ContactDetails::address, POSTAL_ADDRESS),
      Field.optional("website", ContactDetails::website, URL));

  /** A decision of record; {@code bodyKind} is left out of documents when {@link DecidingBody#OTHER}. */
  public static final CompositeType<Decision> DECISION = CompositeType.of(Decision.class,
      Field.one("date", Decision::date, DATE),
      Field.one("body", Decision::body, TEXT),
      Field.one("bodyKind", Decision::bodyKind, DECIDING_BODY).orDefault(DecidingBody.OTHER).omittedWhenDefault(),
      Field.optional("paragraph", Decision::paragraph, TEXT),
      Field.optional("caseNumber", Decision::caseNumber, CASE_NUMBER));

  private static URI url(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new ValidationException("website", text, "must be a URL: " + e.getReason());
    }
  }

  private static <V> Function<String, V> parsing(String field, String what, Function<String, V> parse) {
    return text -> {
      try {
        return parse.apply(text);
      } catch (RuntimeException e) {
        if (e instanceof ValidationException v) {
          throw v;
        }
        throw new ValidationException(field, text, "must be " + what);
      }
    };
  }
}
