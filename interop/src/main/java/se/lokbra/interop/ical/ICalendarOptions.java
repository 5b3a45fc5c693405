package se.lokbra.interop.ical;

import se.lokbra.core.ValidationException;

/**
 * How to write an {@link ICalendarExport}.
 *
 * @param uidDomain the domain that makes the events' UIDs globally unique, as RFC 5545 recommends: the host name of
 *     the publisher, such as {@code karlskoga.se}; a meeting's UID is {@code meeting-ID@DOMAIN}
 */
public record ICalendarOptions(String uidDomain) {
  public ICalendarOptions {
    if (uidDomain == null || !uidDomain.matches("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*"
        + "[A-Za-z0-9])?)*")) {
      throw new ValidationException("uidDomain", uidDomain, "must be a domain name such as karlskoga.se");
    }
  }

  /** The options for UIDs under {@code uidDomain}. */
  public static ICalendarOptions of(String uidDomain) {
    return new ICalendarOptions(uidDomain);
  }
}
