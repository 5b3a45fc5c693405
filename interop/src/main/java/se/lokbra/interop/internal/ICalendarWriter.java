package se.lokbra.interop.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import se.lokbra.core.DataSet;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.meeting.MeetingState;
import se.lokbra.core.model.Revision;
import se.lokbra.interop.ExportException;

/** Writes a council's calendar feed with ical4j; see {@link se.lokbra.interop.ical.ICalendarExport}. Not API. */
public final class ICalendarWriter {
  public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private static final TimeZones STOCKHOLM_DEFINITION = TimeZones.of(STOCKHOLM);
  public static final String PRODUCT_ID = "-//lokbra//lokbra-interop//SV";
  /** RFC 5545, 3.1: a content line should be no longer than 75 octets, excluding the line break. */
  private static final int MAX_LINE_OCTETS = 75;

  /** An event of the feed with what orders it: its start and its UID. */
  private record Event(Instant start, String uid, VEvent component) {}

  private ICalendarWriter() {}

  /** The feed of {@code councilId}'s meetings and conferences, UTF-8. */
  public static byte[] feed(DataSet data, CouncilId councilId, String uidDomain) {
    Index index = new Index(data);
    Council council = index.council(councilId).orElseThrow(() -> new se.lokbra.core.ValidationException("council",
        councilId.value(), "is not in the data set"));
    List<Event> events = new ArrayList<>();
    for (Meeting meeting : index.meetings(councilId)) {
      String uid = "meeting-" + meeting.id().value() + "@" + uidDomain;
      events.add(new Event(meeting.start().toInstant(), uid, meeting(meeting, council, uid, index)));
    }
    for (Conference conference : index.conferences(councilId)) {
      String uid = "conference-" + conference.id().value() + "@" + uidDomain;
      events.add(new Event(conference.start().atStartOfDay(STOCKHOLM).toInstant(), uid,
          conference(conference, uid, index)));
    }
    events.sort(Comparator.comparing(Event::start).thenComparing(Event::uid));

    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    // Widely read names for the calendar and its zone (not in RFC 5545, which allows such X- properties).
    calendar.add(new XProperty("X-WR-CALNAME", council.name()));
    calendar.add(new XProperty("X-WR-TIMEZONE", STOCKHOLM.getId()));
    calendar.add(STOCKHOLM_DEFINITION.vtimezone());
    events.forEach(e -> calendar.add(e.component()));
    return fold(output(calendar, councilId)).getBytes(StandardCharsets.UTF_8);
  }

  private static VEvent meeting(Meeting meeting, Council council, String uid, Index index) {
    VEvent event = new VEvent(false); // false: no DTSTAMP of the current time, which would change every export
    event.add(new Uid(uid));
    event.add(new DtStamp(lastChange(meeting.revision())));
    // Local time in Stockholm where the VTIMEZONE is exact, UTC before (see TimeZones).
    if (meeting.start().toInstant().isBefore(STOCKHOLM_DEFINITION.validFrom())) {
      event.add(new DtStart<>(meeting.start().toInstant()));
      meeting.end().ifPresent(end -> event.add(new DtEnd<>(end.toInstant())));
    } else {
      event.add(new DtStart<>(meeting.start().withZoneSameInstant(STOCKHOLM)));
      meeting.end().ifPresent(end -> event.add(new DtEnd<>(end.withZoneSameInstant(STOCKHOLM))));
    }
    event.add(new Summary(Texts.meetingName(meeting, council)));
    Labels.nonBlank(Texts.meetingDescription(meeting, index.people()))
        .ifPresent(d -> event.add(new Description(d)));
    meeting.location().ifPresent(l -> event.add(new Location(l)));
    event.add(meeting.state() == MeetingState.CANCELLED ? ImmutableStatus.VEVENT_CANCELLED
        : ImmutableStatus.VEVENT_CONFIRMED);
    stamp(event, meeting.revision());
    return event;
  }

  private static VEvent conference(Conference conference, String uid, Index index) {
    VEvent event = new VEvent(false);
    event.add(new Uid(uid));
    event.add(new DtStamp(lastChange(conference.revision())));
    event.add(new DtStart<>(conference.start()));
    event.add(new DtEnd<>(conference.lastDay().plusDays(1))); // DTEND of a date is exclusive
    event.add(new Summary(conference.title()));
    Labels.nonBlank(Texts.conferenceDescription(conference, index.people()))
        .ifPresent(d -> event.add(new Description(d)));
    conference.venue().ifPresent(v -> event.add(new Location(v)));
    event.add(ImmutableStatus.VEVENT_CONFIRMED);
    stamp(event, conference.revision());
    return event;
  }

  /** The last change, or the epoch for an entity never saved (DTSTAMP is required; the epoch says "unknown"). */
  private static Instant lastChange(Revision revision) {
    return revision.modified().orElse(Instant.EPOCH);
  }

  private static void stamp(VEvent event, Revision revision) {
    revision.created().ifPresent(c -> event.add(new Created(c)));
    revision.modified().ifPresent(m -> event.add(new LastModified(m)));
  }

  private static String output(Calendar calendar, CouncilId council) {
    StringWriter text = new StringWriter();
    try {
      new CalendarOutputter(true).output(calendar, text);
    } catch (ValidationException e) {
      throw new ExportException("the calendar of council '" + council.value() + "' is not valid iCalendar: "
          + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  /**
   * Refolds ical4j's output so that no line exceeds 75 octets of UTF-8. ical4j folds at 75 characters, which for
   * Swedish text can be more octets than RFC 5545 allows; this never splits a character.
   */
  static String fold(String calendar) {
    String unfolded = calendar.replace("\r\n ", "");
    StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
    Stream.of(unfolded.split("\r\n")).filter(line -> !line.isEmpty()).forEach(line -> {
      int octets = 0;
      for (int i = 0; i < line.length(); ) {
        int codePoint = line.codePointAt(i);
        int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
        if (octets + size > MAX_LINE_OCTETS) {
          out.append("\r\n ");
          octets = 1; // the space that marks the continuation counts
        }
        out.appendCodePoint(codePoint);
        octets += size;
        i += Character.charCount(codePoint);
      }
      out.append("\r\n");
    });
    return out.toString();
  }
}
