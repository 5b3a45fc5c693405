package se.lokbra.interop.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.conference.Speaker;
import se.lokbra.core.council.Council;
import se.lokbra.core.meeting.AgendaItem;
import se.lokbra.core.meeting.Guest;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.person.Person;
import se.lokbra.core.person.PersonId;

/**
 * Texts that the standards want and lokbra does not store, made from the data the same way in every export: a
 * meeting's name and the plain-text descriptions of meetings and conferences. Not API.
 */
public final class Texts {
  private Texts() {}

  /** "Lokala brottsförebyggande rådet i Karlskoga och Degerfors, sammanträde 2019-04-01". */
  public static String meetingName(Meeting meeting, Council council) {
    return council.name() + ", sammanträde " + DateTimeFormatter.ISO_LOCAL_DATE.format(meeting.start());
  }

  /**
   * The numbered agenda with each item's notes, then the guests and their topics: what a calendar entry or a
   * Popolo event can show of a meeting. Empty for a meeting without agenda and guests.
   */
  public static String meetingDescription(Meeting meeting, Map<PersonId, Person> people) {
    List<String> lines = new ArrayList<>();
    if (!meeting.agenda().isEmpty()) {
      lines.add("Dagordning:");
      for (int i = 0; i < meeting.agenda().size(); i++) {
        AgendaItem item = meeting.agenda().get(i);
        lines.add((i + 1) + ". " + item.title());
        item.notes().ifPresent(n -> lines.add("   " + n));
      }
    }
    if (!meeting.guests().isEmpty()) {
      lines.add("Gäster:");
      for (Guest guest : meeting.guests()) {
        lines.add("- " + name(guest.person(), people) + guest.topic().map(t -> ": " + t).orElse(""));
      }
    }
    return String.join("\n", lines);
  }

  /** The conference's description, then its speakers and their topics. */
  public static String conferenceDescription(Conference conference, Map<PersonId, Person> people) {
    List<String> lines = new ArrayList<>();
    if (!conference.description().isBlank()) {
      lines.add(conference.description());
    }
    if (!conference.speakers().isEmpty()) {
      lines.add("Talare:");
      for (Speaker speaker : conference.speakers()) {
        lines.add("- " + name(speaker.person(), people) + speaker.topic().map(t -> ": " + t).orElse(""));
      }
    }
    return String.join("\n", lines);
  }

  private static String name(PersonId id, Map<PersonId, Person> people) {
    Person person = people.get(id);
    // A snapshot is consistent, so a referenced person is there; the id is the fallback for a partial data set.
    return person == null ? id.value() : person.displayName();
  }
}
