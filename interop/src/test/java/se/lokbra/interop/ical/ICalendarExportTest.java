package se.lokbra.interop.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.ValidationException;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.meeting.MeetingState;
import se.lokbra.core.sample.KarlskogaDegerfors;
import se.lokbra.interop.TestData;

class ICalendarExportTest {
  private static final ICalendarOptions OPTIONS = ICalendarOptions.of("example.org");

  private final DataSet sample = TestData.sample();

  @BeforeAll
  static void strictIcal4j() {
    // Every leniency off: the feed must parse and validate as RFC 5545 says, not as Outlook or Notes write it.
    for (String hint : List.of(CompatibilityHints.KEY_RELAXED_UNFOLDING, CompatibilityHints.KEY_RELAXED_PARSING,
        CompatibilityHints.KEY_RELAXED_VALIDATION, CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY,
        CompatibilityHints.KEY_NOTES_COMPATIBILITY, CompatibilityHints.KEY_VCARD_COMPATIBILITY)) {
      CompatibilityHints.setHintEnabled(hint, false);
    }
  }

  @Test
  void theSampleFeedParsesBackAndValidatesStrictly() throws Exception {
    byte[] feed = ICalendarExport.toBytes(sample, KarlskogaDegerfors.COUNCIL, OPTIONS);
    Calendar calendar = parseStrictly(feed);
    assertThat(value(calendar, Property.PRODID)).isEqualTo("-//lokbra//lokbra-interop//SV");
    assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
    assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("Lokala brottsförebyggande rådet i Karlskoga och Degerfors");
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).extracting(e -> value(e, Property.UID)).containsExactly(
        "meeting-lokbra-2019-1@example.org", "conference-tillsammans-mot-brott-2019@example.org");

    Meeting meeting = TestData.meeting(sample, KarlskogaDegerfors.FIRST_MEETING_2019);
    VEvent first = events.get(0);
    assertThat(temporal(first, Property.DTSTART)).isEqualTo(meeting.start().toInstant());
    assertThat(value(first, Property.DTSTAMP)).isEqualTo(basic(meeting.revision().modified().orElseThrow()));
    assertThat(value(first, Property.LAST_MODIFIED)).isEqualTo(basic(meeting.revision().modified().orElseThrow()));
    assertThat(value(first, Property.CREATED)).isEqualTo(basic(meeting.revision().created().orElseThrow()));
    assertThat(value(first, Property.STATUS)).isEqualTo("CONFIRMED");
    assertThat(value(first, Property.SUMMARY))
        .isEqualTo("Lokala brottsförebyggande rådet i Karlskoga och Degerfors, sammanträde 2019-04-01");
    assertThat(value(first, Property.DESCRIPTION)).startsWith("Dagordning:\n1. Introduktion till brottsförebyggande")
        .endsWith("Gäster:\n- Annika Borg: Regionalt brottsförebyggande arbete");
    assertThat(first.getProperty(Property.LOCATION)).isEmpty();

    VEvent conference = events.get(1);
    assertThat(temporal(conference, Property.DTSTART)).isEqualTo(LocalDate.of(2019, 5, 14));
    assertThat(temporal(conference, Property.DTEND)).isEqualTo(LocalDate.of(2019, 5, 15));
    assertThat(value(conference, Property.SUMMARY)).isEqualTo("Tillsammans mot brott");

    String text = new String(feed, StandardCharsets.UTF_8);
    assertThat(text).contains("\r\nDTSTART;TZID=Europe/Stockholm:20190401T000000\r\n",
        "\r\nDTSTART;VALUE=DATE:20190514\r\n", "\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\n");
    assertWellFormed(text);
  }

  @Test
  void cancelledMeetingsAreCancelledAndLocationsAreWritten() throws Exception {
    DataSet data = withStore(store -> {
      KarlskogaDegerfors.loadIfEmpty(store);
      store.meetings().save(Meeting.builder().id("installt-2020").council(KarlskogaDegerfors.COUNCIL)
          .start(ZonedDateTime.of(2020, 1, 15, 13, 0, 0, 0, TestData.STOCKHOLM))
          .end(ZonedDateTime.of(2020, 1, 15, 15, 30, 0, 0, TestData.STOCKHOLM))
          .location("Stadshuset, sal 3; plan 2").state(MeetingState.CANCELLED).build());
    });
    Calendar calendar = parseStrictly(ICalendarExport.toBytes(data, KarlskogaDegerfors.COUNCIL, OPTIONS));
    VEvent cancelled = event(calendar, "meeting-installt-2020@example.org");
    assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
    assertThat(value(cancelled, Property.LOCATION)).isEqualTo("Stadshuset, sal 3; plan 2");
    assertThat(temporal(cancelled, Property.DTEND))
        .isEqualTo(ZonedDateTime.of(2020, 1, 15, 15, 30, 0, 0, TestData.STOCKHOLM).toInstant());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void everyGeneratedFeedRoundTrips(long seed) throws Exception {
    DataSet data = TestData.generated(seed);
    for (Council council : data.councils()) {
      byte[] feed = ICalendarExport.toBytes(data, council.id(), OPTIONS);
      assertWellFormed(new String(feed, StandardCharsets.UTF_8));
      Calendar calendar = parseStrictly(feed);
      List<Meeting> meetings = data.meetings().stream().filter(m -> m.council().equals(council.id())).toList();
      List<Conference> conferences = data.conferences().stream()
          .filter(c -> c.organisingCouncils().contains(council.id())).toList();
      List<VEvent> events = calendar.getComponents(Component.VEVENT);
      assertThat(events).hasSize(meetings.size() + conferences.size());
      List<Instant> starts = new ArrayList<>();
      for (Meeting meeting : meetings) {
        VEvent event = event(calendar, "meeting-" + meeting.id().value() + "@example.org");
        assertThat(temporal(event, Property.DTSTART)).as(meeting.id().value()).isEqualTo(meeting.start().toInstant());
        meeting.end().ifPresentOrElse(
            end -> assertThat(temporal(event, Property.DTEND)).isEqualTo(end.toInstant()),
            () -> assertThat(event.getProperty(Property.DTEND)).isEmpty());
        assertThat(event.getProperty(Property.LOCATION).map(Property::getValue)).isEqualTo(meeting.location());
        assertThat(value(event, Property.STATUS))
            .isEqualTo(meeting.state() == MeetingState.CANCELLED ? "CANCELLED" : "CONFIRMED");
      }
      for (Conference conference : conferences) {
        VEvent event = event(calendar, "conference-" + conference.id().value() + "@example.org");
        assertThat(value(event, Property.SUMMARY)).isEqualTo(conference.title());
        assertThat(temporal(event, Property.DTEND)).isEqualTo(conference.lastDay().plusDays(1));
        assertThat(event.getProperty(Property.LOCATION).map(Property::getValue)).isEqualTo(conference.venue());
      }
      for (VEvent event : events) {
        Temporal start = event.<DateProperty<Temporal>>getRequiredProperty(Property.DTSTART).getDate();
        starts.add(start instanceof LocalDate d ? d.atStartOfDay(TestData.STOCKHOLM).toInstant()
            : Instant.from(start));
      }
      assertThat(starts).as("events in order of start").isSorted();
    }
    assertThat(data.meetings()).extracting(m -> m.start().getZone()).contains(ZoneOffset.UTC,
        ZoneId.of("Europe/Helsinki"));
  }

  @Test
  void theTimeZoneMatchesJavasRulesOverAllHistory() throws Exception {
    // Meetings around every spring and autumn change from 1890 to 2100, and before the first transition.
    List<Meeting> meetings = new ArrayList<>();
    Council council = Council.builder().id("tz").name("Tidszonsrådet").municipalities(KarlskogaDegerfors.KARLSKOGA)
        .build();
    for (int year = 1890; year <= 2100; year++) {
      for (ZonedDateTime at : List.of(ZonedDateTime.of(year, 3, 31, 1, 30, 0, 0, TestData.STOCKHOLM),
          ZonedDateTime.of(year, 4, 1, 2, 30, 0, 0, TestData.STOCKHOLM),
          ZonedDateTime.of(year, 7, 1, 12, 0, 0, 0, TestData.STOCKHOLM),
          ZonedDateTime.of(year, 10, 28, 2, 30, 0, 0, TestData.STOCKHOLM),
          ZonedDateTime.of(year, 9, 29, 2, 30, 0, 0, TestData.STOCKHOLM))) {
        meetings.add(Meeting.builder().id("m-" + meetings.size()).council(council.id()).start(at).build());
      }
    }
    DataSet data = DataSet.builder().add(council).addAll(meetings).build();
    byte[] feed = ICalendarExport.toBytes(data, council.id(), OPTIONS);
    String text = new String(feed, StandardCharsets.UTF_8).replace("\r\n ", "");
    assertThat(text).as("before the VTIMEZONE's rules hold: UTC").contains("\r\nDTSTART:19950401T003000Z\r\n")
        .as("from then on: local time").contains("\r\nDTSTART;TZID=Europe/Stockholm:20190401T023000\r\n");
    Calendar calendar = parseStrictly(feed);
    for (Meeting meeting : meetings) {
      VEvent event = event(calendar, "meeting-" + meeting.id().value() + "@example.org");
      assertThat(temporal(event, Property.DTSTART)).as("%s", meeting.start()).isEqualTo(meeting.start().toInstant());
      assertThat(value(event, Property.DTSTAMP)).as("never saved").isEqualTo("19700101T000000Z");
    }
  }

  @Test
  void aFeedWithoutMeetingsStillHasTheTimeZone() throws Exception {
    Council council = Council.builder().id("tom").name("Tomma rådet").municipalities(KarlskogaDegerfors.KARLSKOGA)
        .build();
    DataSet data = DataSet.builder().add(council).build();
    Calendar calendar = parseStrictly(ICalendarExport.toBytes(data, council.id(), OPTIONS));
    VTimeZone zone = calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
    assertThat(value(zone, Property.TZID)).isEqualTo("Europe/Stockholm");
    assertThat(zone.getObservances()).hasSizeBetween(2, 3);
    assertThat(calendar.getComponents(Component.VEVENT)).isEmpty();
  }

  @Test
  void longUnicodeLinesAreFoldedAtSeventyFiveOctets() throws Exception {
    String title = "Trygghetsvandring i Östra Örebro – åäö ÅÄÖ 🚶 ".repeat(8).trim();
    DataSet data = withStore(store -> {
      KarlskogaDegerfors.loadIfEmpty(store);
      store.conferences().save(Conference.builder().id("lang").title(title).start(LocalDate.of(2020, 2, 2))
          .organisingCouncils(List.of(KarlskogaDegerfors.COUNCIL)).description(TestData.TRICKY + "\n" + title)
          .build());
    });
    byte[] feed = ICalendarExport.toBytes(data, KarlskogaDegerfors.COUNCIL, OPTIONS);
    String text = new String(feed, StandardCharsets.UTF_8);
    assertWellFormed(text);
    assertThat(text).contains("\r\n ");
    VEvent event = event(parseStrictly(feed), "conference-lang@example.org");
    assertThat(value(event, Property.SUMMARY)).isEqualTo(title);
    assertThat(value(event, Property.DESCRIPTION)).isEqualTo(TestData.TRICKY + "\n" + title);
  }

  @Test
  void theSameDataGivesTheSameBytes(@TempDir Path directory) throws IOException {
    DataSet first = TestData.generated(8);
    DataSet second = TestData.generated(8);
    for (Council council : first.councils()) {
      assertThat(ICalendarExport.toBytes(second, council.id(), OPTIONS))
          .isEqualTo(ICalendarExport.toBytes(first, council.id(), OPTIONS));
    }
    ICalendarExport.writeAll(first, OPTIONS, directory.resolve("feeds"));
    try (var files = Files.list(directory.resolve("feeds"))) {
      Map<String, Path> written = files.collect(Collectors.toMap(p -> p.getFileName().toString(),
          Function.identity()));
      assertThat(written).hasSize(first.councils().size()).containsKey("council-00.ics");
      assertThat(Files.readAllBytes(written.get("council-00.ics")))
          .isEqualTo(ICalendarExport.toBytes(first, CouncilId.of("council-00"), OPTIONS));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ICalendarExport.write(sample, KarlskogaDegerfors.COUNCIL, OPTIONS, out);
    assertThat(out.toByteArray()).isEqualTo(ICalendarExport.toBytes(sample, KarlskogaDegerfors.COUNCIL, OPTIONS));
  }

  @Test
  void unknownCouncilsAndBadDomainsAreRejected() {
    assertThatThrownBy(() -> ICalendarExport.toBytes(sample, CouncilId.of("nope"), OPTIONS))
        .isInstanceOf(ValidationException.class).hasMessageContaining("nope");
    assertThatThrownBy(() -> ICalendarOptions.of("not a domain")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> ICalendarOptions.of("")).isInstanceOf(ValidationException.class);
    assertThat(ICalendarOptions.of("karlskoga.se").uidDomain()).isEqualTo("karlskoga.se");
  }

  // ---- helpers ----

  private static Calendar parseStrictly(byte[] feed) throws IOException, ParserException {
    Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(feed));
    ValidationResult result = calendar.validate();
    assertThat(result.getEntries()).as("validation of the parsed feed").isEmpty();
    return calendar;
  }

  /** CRLF line ends only, no line over 75 octets, and a VTIMEZONE for every TZID used. */
  private static void assertWellFormed(String text) {
    assertThat(text).endsWith("\r\n");
    for (String line : text.split("\r\n", -1)) {
      assertThat(line).doesNotContain("\n").doesNotContain("\r");
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    String unfolded = text.replace("\r\n ", "");
    Matcher tzids = Pattern.compile(";TZID=([^:;]+)").matcher(unfolded);
    while (tzids.find()) {
      assertThat(unfolded).contains("BEGIN:VTIMEZONE\r\nTZID:" + tzids.group(1) + "\r\n");
    }
  }

  private static VEvent event(Calendar calendar, String uid) {
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    return events.stream().filter(e -> uid.equals(value(e, Property.UID))).findFirst()
        .orElseThrow(() -> new AssertionError("no event " + uid));
  }

  private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
    return container.<Property>getProperty(name).map(Property::getValue)
        .orElseThrow(() -> new AssertionError("no " + name));
  }

  /** A date as a LocalDate; a date-time as its instant. */
  private static Object temporal(VEvent event, String name) {
    Temporal value = event.<DateProperty<Temporal>>getRequiredProperty(name).getDate();
    return value instanceof LocalDate ? value : Instant.from(value);
  }

  private static String basic(Instant instant) {
    return java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", java.util.Locale.ROOT)
        .format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
  }

  private static DataSet withStore(java.util.function.Consumer<LokbraStore> work) {
    try (LokbraStore store = LokbraStores.open("memory:ical", StoreOptions.defaults()
        .withClock(TestData.tickingClock()))) {
      work.accept(store);
      return store.snapshot();
    }
  }
}
