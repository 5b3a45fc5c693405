package se.lokbra.examples.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.lokbra.core.Repositories;
import se.lokbra.core.council.Council;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureQuery;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Pages;

/**
 * The follow-up report of a council's measures ("avstämning"): per council, its measures (of one year, or all)
 * grouped by status in lifecycle order, each with the names of the responsible organisations, its goals and its
 * follow-ups, and totals. Built from the public repository API; rendered by {@link MarkdownReport} and
 * {@link HtmlReport}.
 */
public record MeasureReport(OptionalInt year, LocalDate generatedOn, ImmutableList<CouncilSection> councils) {

  /** One council's part of the report. */
  public record CouncilSection(Council council, ImmutableMap<MeasureStatus, ImmutableList<Line>> byStatus) {
    public int total() {
      return byStatus.values().stream().mapToInt(List::size).sum();
    }
  }

  /** One measure, with what the report shows about it. */
  public record Line(Measure measure, ImmutableList<String> responsible, ImmutableMap<String, String> meetings) {}

  /**
   * Builds the report for every council in the store, or for one.
   *
   * @param year the calendar year whose measures to show, or empty for all
   */
  public static MeasureReport build(Repositories store, OptionalInt year, Optional<se.lokbra.core.council.CouncilId>
      only, LocalDate today) {
    ImmutableList.Builder<CouncilSection> sections = ImmutableList.builder();
    for (Council council : Pages.all(page -> store.councils().findAll(page))) {
      if (only.isPresent() && !only.get().equals(council.id())) {
        continue;
      }
      MeasureQuery query = MeasureQuery.all().withCouncil(council.id());
      if (year.isPresent()) {
        query = query.withYear(year.getAsInt());
      }
      MeasureQuery q = query;
      Map<MeasureStatus, ImmutableList.Builder<Line>> groups = new EnumMap<>(MeasureStatus.class);
      for (Measure m : Pages.all(page -> store.measures().find(q, page))) {
        ImmutableList<String> responsible = m.responsibleOrganisations().stream()
            .map(id -> store.organisations().findById(id).map(Organisation::name).orElse(id.value()))
            .collect(ImmutableList.toImmutableList());
        ImmutableMap.Builder<String, String> meetings = ImmutableMap.builder();
        m.followUps().forEach(f -> f.meeting().ifPresent(id -> meetings.put(id.value(),
            store.meetings().findById(id).map(MeasureReport::describe).orElse(id.value()))));
        groups.computeIfAbsent(m.status(), s -> ImmutableList.builder())
            .add(new Line(m, responsible, meetings.buildKeepingLast()));
      }
      ImmutableMap.Builder<MeasureStatus, ImmutableList<Line>> byStatus = ImmutableMap.builder();
      groups.forEach((status, lines) -> byStatus.put(status, lines.build()));
      sections.add(new CouncilSection(council, byStatus.build()));
    }
    return new MeasureReport(year, today, sections.build());
  }

  /** The report's title: "Uppföljning av insatser 2018". */
  public String title() {
    return "Uppföljning av insatser" + (year.isPresent() ? " " + year.getAsInt() : "");
  }

  private static String describe(Meeting meeting) {
    return "sammanträde " + meeting.start().toLocalDate();
  }



  /** Swedish label of a status, for the rendered report. */
  public static String label(MeasureStatus status) {
    return switch (status) {
      case PLANNED -> "Planerade";
      case IN_PROGRESS -> "Pågående";
      case COMPLETED -> "Genomförda";
      case FOLLOWED_UP -> "Uppföljda";
      case CANCELLED -> "Avbrutna";
    };
  }
}
