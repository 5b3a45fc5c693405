package se.lokbra.storage.jdbc.internal.mapping;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.conference.Conference;
import se.lokbra.storage.jdbc.internal.repository.JdbcMeasures;
import se.lokbra.storage.jdbc.internal.repository.Tally;

/**
 * The declared overrides of the SQL layout ({@link Layout}), one entry per aggregate that needs any: the column and
 * table names of schema versions 1 to 3 that the snake_case rules of {@link AggregateMapping} do not give, the sort
 * properties that are not fields, the derived columns and the tallies. Everything else (the other columns, the
 * reference columns {@code <field>_id}, the child tables and their keys, periods as {@link PeriodColumns}) follows
 * from the aggregate's description. An aggregate without an entry here is laid out by the rules alone.
 */
public final class Layouts {
  private Layouts() {}

  /** Contact details as the flat columns {@code email}, {@code phone}, {@code street}, … of the main table. */
  private static Layout.Builder contactColumns() {
    return Layout.builder().prefix("contact", "").prefix("contact.address", "");
  }

  private static final ImmutableMap<AggregateKind, Layout> DECLARED = ImmutableMap.<AggregateKind, Layout>builder()
      .put(AggregateKind.ORGANISATION, contactColumns().build())
      .put(AggregateKind.PERSON, contactColumns().build())
      .put(AggregateKind.COUNCIL, Layout.builder()
          .column("memberships.start", "start_date")
          .column("memberships.end", "end_date")
          .build())
      .put(AggregateKind.MEASURE, Layout.builder()
          .column("followUps.date", "follow_up_date")
          .sortColumn("start", "period_start")
          .tallies(new MeasureTallies())
          .build())
      // Start and end are zoned date-times (start_at and start_zone by the rules).
      .put(AggregateKind.MEETING, Layout.builder()
          .table("agenda", "meeting_agenda_item")
          .build())
      .put(AggregateKind.CONFERENCE, Layout.builder()
          .column("start", "start_date")
          .column("end", "end_date")
          // The end, or the start of a one-day conference: what the date queries compare with.
          .extraColumn(Column.date("last_day"), (Conference c) -> c.lastDay())
          .build())
      .put(AggregateKind.SITUATION_PICTURE, Layout.builder()
          .column("date", "picture_date")
          .column("sources.date", "source_date")
          .build())
      .put(AggregateKind.INDICATOR, Layout.builder()
          .column("values.date", "value_date")
          .build())
      .put(AggregateKind.COOPERATION_AGREEMENT, Layout.builder()
          .table("followUpDates", "cooperation_agreement_follow_up")
          .sortColumn("start", "period_start")
          .build())
      .put(AggregateKind.ACTION_PLAN, Layout.builder()
          .table("followUpDates", "action_plan_follow_up")
          .sortColumn("decided", "decision_date")
          .build())
      .put(AggregateKind.COORDINATION_FUNCTION, Layout.builder()
          .sortColumn("decided", "decision_date")
          .build())
      .buildOrThrow();

  /** The layout of {@code kind}: its declared overrides, or none. */
  public static Layout of(AggregateKind kind) {
    return DECLARED.getOrDefault(kind, Layout.NONE);
  }

  /**
   * Every measure counts in {@code all} and in its council, status and category; one with a period also in the
   * year it starts ({@code start_year}) and, if it ends, the year of its last day ({@code end_year}). The measures
   * of year Y are then those starting in Y or before, less those that ended before Y: see {@link JdbcMeasures}.
   */
  public static final class MeasureTallies implements Layout.Tallies {
    @Override
    public List<String> columns() {
      return List.of("council_id", "status", "category", "period_start", "period_last_day");
    }

    @Override
    public List<Tally> of(String table, Object[] values) {
      List<Tally> tallies = new ArrayList<>(6);
      tallies.add(new Tally(table, "all", ""));
      tallies.add(new Tally(table, "council", required(values[0])));
      tallies.add(new Tally(table, "status", required(values[1])));
      tallies.add(new Tally(table, "category", required(values[2])));
      if (values[3] instanceof LocalDate start) {
        tallies.add(new Tally(table, "start_year", year(start.getYear())));
      }
      if (values[4] instanceof LocalDate last) {
        tallies.add(new Tally(table, "end_year", year(last.getYear())));
      }
      return tallies;
    }

    private static String required(Object value) {
      if (value == null) {
        throw new se.lokbra.core.StorageException("a tallied column of a measure is unexpectedly NULL");
      }
      return (String) value;
    }

    /** A year as a tally item: four digits (periods lie in years 1000 to 9999), so that text order is year order. */
    public static String year(int year) {
      return Integer.toString(year);
    }
  }
}
