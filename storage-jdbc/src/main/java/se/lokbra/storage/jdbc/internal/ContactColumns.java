package se.lokbra.storage.jdbc.internal;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import se.lokbra.core.model.ContactDetails;
import se.lokbra.core.model.EmailAddress;
import se.lokbra.core.model.PhoneNumber;
import se.lokbra.core.model.PostalAddress;

/** The contact columns that organisations and people share: flat, nullable columns of the main table. */
final class ContactColumns {
  static final Column<String> EMAIL = Column.text("email");
  static final Column<String> PHONE = Column.text("phone");
  static final Column<String> WEBSITE = Column.text("website");
  static final Column<String> STREET = Column.text("street");
  static final Column<String> POSTAL_CODE = Column.text("postal_code");
  static final Column<String> LOCALITY = Column.text("locality");
  static final Column<String> COUNTRY_CODE = Column.text("country_code");
  static final List<Column<?>> ALL = List.of(EMAIL, PHONE, WEBSITE, STREET, POSTAL_CODE, LOCALITY, COUNTRY_CODE);

  private ContactColumns() {}

  static void write(ContactDetails c, Values row) {
    row.set(EMAIL, c.email().map(EmailAddress::value))
        .set(PHONE, c.phone().map(PhoneNumber::value))
        .set(WEBSITE, c.website().map(URI::toString))
        .set(STREET, c.address().map(PostalAddress::street))
        .set(POSTAL_CODE, c.address().flatMap(PostalAddress::postalCode))
        .set(LOCALITY, c.address().map(PostalAddress::locality))
        .set(COUNTRY_CODE, c.address().map(PostalAddress::countryCode));
  }

  static ContactDetails read(Values row) {
    Optional<PostalAddress> address = row.optional(STREET).map(street -> new PostalAddress(street,
        row.optional(POSTAL_CODE), row.required(LOCALITY), row.required(COUNTRY_CODE)));
    return new ContactDetails(row.optional(EMAIL).map(EmailAddress::of), row.optional(PHONE).map(PhoneNumber::of),
        address, row.optional(WEBSITE).map(URI::create));
  }
}
