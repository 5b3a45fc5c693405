package se.lokbra.interop.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.StringJoiner;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A {@code VTIMEZONE} made from Java's own time-zone rules, so that the local times in a feed mean exactly the
 * instants Java computed them from. (ical4j's bundled definition of Europe/Stockholm has the TZID Europe/Berlin,
 * which would leave a feed's TZID=Europe/Stockholm without a matching VTIMEZONE.) Not API.
 *
 * <p>The definition holds the zone's recurring rules only, as one STANDARD and one DAYLIGHT observance with an
 * RRULE, each starting in the first year from which the rule matches the zone's history. That is the form every
 * calendar program reads (Outlook and ical4j's parser read nothing else reliably), and it is exact from
 * {@link #validFrom} on: for Europe/Stockholm from 27 October 1996, when the EU's summer-time rules took effect.
 * Times before that are written in UTC instead.
 */
public final class TimeZones {
  private final ZoneId zone;
  private final Instant validFrom;

  private TimeZones(ZoneId zone, Instant validFrom) {
    this.zone = zone;
    this.validFrom = validFrom;
  }

  /**
   * The definition of {@code zone}, which must have summer time (recurring rules) today, as Europe/Stockholm has.
   *
   * @throws IllegalArgumentException for a zone without recurring rules
   */
  public static TimeZones of(ZoneId zone) {
    if (zone.getRules().getTransitionRules().isEmpty()) {
      throw new IllegalArgumentException("zone " + zone + " has no recurring rules");
    }
    Instant validFrom = Instant.MIN;
    for (ZoneOffsetTransition first : firstTransitions(zone.getRules())) {
      if (first.getInstant().isAfter(validFrom)) {
        validFrom = first.getInstant();
      }
    }
    return new TimeZones(zone, validFrom);
  }

  /** The first transition of each recurring rule in the VTIMEZONE, in the order of the rules. */
  private static List<ZoneOffsetTransition> firstTransitions(ZoneRules rules) {
    List<ZoneOffsetTransition> history = rules.getTransitions();
    int lastHistoricalYear = history.isEmpty() ? 1970 : history.get(history.size() - 1).getDateTimeAfter().getYear();
    List<ZoneOffsetTransition> firsts = new java.util.ArrayList<>();
    for (ZoneOffsetTransitionRule rule : rules.getTransitionRules()) {
      int start = lastHistoricalYear + 1;
      // Back through the years in which the zone changed exactly as the rule says (a bounded walk).
      while (start > lastHistoricalYear - 200 && history.contains(rule.createTransition(start - 1))) {
        start--;
      }
      firsts.add(rule.createTransition(start));
    }
    return firsts;
  }

  /** A new VTIMEZONE component (ical4j components are mutable, so each calendar gets its own). */
  public VTimeZone vtimezone() {
    ZoneRules rules = zone.getRules();
    VTimeZone vtimezone = new VTimeZone();
    vtimezone.add(new TzId(zone.getId()));
    List<ZoneOffsetTransition> firsts = firstTransitions(rules);
    for (int i = 0; i < firsts.size(); i++) {
      ZoneOffsetTransitionRule rule = rules.getTransitionRules().get(i);
      Observance observance = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds()
          ? new Daylight() : new Standard();
      observance.add(new DtStart<>(firsts.get(i).getDateTimeBefore()));
      observance.add(new TzOffsetFrom(rule.getOffsetBefore()));
      observance.add(new TzOffsetTo(rule.getOffsetAfter()));
      observance.add(new RRule<>(recurrence(rule)));
      vtimezone.add(observance);
    }
    return vtimezone;
  }

  /** The first instant from which the definition gives the zone's true offset. */
  public Instant validFrom() {
    return validFrom;
  }

  /** The RFC 5545 RRULE for the day a transition rule picks in its month. */
  static String recurrence(ZoneOffsetTransitionRule rule) {
    StringBuilder rrule = new StringBuilder("FREQ=YEARLY;BYMONTH=").append(rule.getMonth().getValue());
    int indicator = rule.getDayOfMonthIndicator();
    DayOfWeek dayOfWeek = rule.getDayOfWeek();
    if (dayOfWeek == null) {
      return rrule.append(";BYMONTHDAY=").append(indicator).toString();
    }
    String day = dayOfWeek.name().substring(0, 2);
    boolean fixedLength = rule.getMonth().minLength() == rule.getMonth().maxLength();
    if (indicator > 0 && (indicator - 1) % 7 == 0 && indicator <= 22) {
      rrule.append(";BYDAY=").append((indicator - 1) / 7 + 1).append(day); // 1st, 2nd, 3rd or 4th weekday
    } else if (indicator == -1 || (indicator > 0 && fixedLength && indicator + 6 == rule.getMonth().maxLength())) {
      rrule.append(";BYDAY=-1").append(day); // the last weekday of the month
    } else {
      StringJoiner days = new StringJoiner(",");
      for (int k = 0; k < 7; k++) {
        days.add(String.valueOf(indicator > 0 ? indicator + k : indicator - k));
      }
      rrule.append(";BYMONTHDAY=").append(days).append(";BYDAY=").append(day);
    }
    return rrule.toString();
  }
}
