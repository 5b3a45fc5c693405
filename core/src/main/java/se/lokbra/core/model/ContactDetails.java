package se.lokbra.core.model;

import java.net.URI;
import java.util.Optional;
import se.lokbra.core.internal.Checks;

/** How to reach an organisation or a person; every part is optional. */
public record ContactDetails(Optional<EmailAddress> email, Optional<PhoneNumber> phone,
    Optional<PostalAddress> address, Optional<URI> website) {
  /** No contact details. */
  public static final ContactDetails NONE =
      new ContactDetails(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public ContactDetails {
    Checks.notNull(email, "contact.email");
    Checks.notNull(phone, "contact.phone");
    Checks.notNull(address, "contact.address");
    Checks.notNull(website, "contact.website");
    website.ifPresent(w -> Checks.check(w.isAbsolute() && ("https".equals(w.getScheme())
        || "http".equals(w.getScheme())) && w.getHost() != null, "contact.website", w,
        "must be an absolute http or https URL"));
  }

  public boolean isEmpty() {
    return equals(NONE);
  }

  public ContactDetails withEmail(String email) {
    return new ContactDetails(Optional.of(EmailAddress.of(email)), phone, address, website);
  }

  public ContactDetails withPhone(String phone) {
    return new ContactDetails(email, Optional.of(PhoneNumber.of(phone)), address, website);
  }

  public ContactDetails withAddress(PostalAddress address) {
    return new ContactDetails(email, phone, Optional.of(Checks.notNull(address, "contact.address")), website);
  }

  public ContactDetails withWebsite(String website) {
    Checks.notNull(website, "contact.website");
    URI uri;
    try {
      uri = new URI(website);
    } catch (java.net.URISyntaxException e) {
      throw new se.lokbra.core.ValidationException("contact.website", website, "must be a URL: " + e.getReason());
    }
    return new ContactDetails(email, phone, address, Optional.of(uri));
  }
}
