package se.lokbra.storage.jdbc.internal.repository;

import java.util.ArrayList;
import java.util.List;
import se.lokbra.core.spi.Arguments;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.meeting.MeetingId;
import se.lokbra.core.meeting.MeetingQuery;
import se.lokbra.core.meeting.MeetingRepository;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.storage.jdbc.internal.JdbcStore;
import se.lokbra.storage.jdbc.internal.sql.SqlType;
import se.lokbra.storage.jdbc.internal.sql.Tx;

/** The meeting repository. */
public final class JdbcMeetings extends JdbcRepository<Meeting, MeetingId> implements MeetingRepository {
  public JdbcMeetings(JdbcStore store, AggregateDao<Meeting, MeetingId> dao, Tx bound) {
    super(store, dao, bound);
  }

  @Override
  public Page<Meeting> find(MeetingQuery q, PageRequest page) {
    Arguments.notNull(q, "query");
    return query(p -> {
      List<String> where = new ArrayList<>();
      q.council().ifPresent(c -> {
        where.add("council_id = ?");
        p.text(c.value());
      });
      // Bounds outside what a column holds are dropped (every start is within) or match nothing.
      q.from().ifPresent(from -> {
        if (from.isAfter(SqlType.MAX_INSTANT)) {
          where.add("1 = 0");
        } else if (from.isAfter(SqlType.MIN_INSTANT)) {
          where.add("start_at >= ?");
          p.add(SqlType.INSTANT, SqlType.ceilMicros(from));
        }
      });
      q.to().ifPresent(to -> {
        if (!to.isAfter(SqlType.MIN_INSTANT)) {
          where.add("1 = 0");
        } else if (!to.isAfter(SqlType.MAX_INSTANT)) {
          where.add("start_at < ?");
          p.add(SqlType.INSTANT, SqlType.ceilMicros(to));
        }
      });
      return where.isEmpty() ? null : String.join(" AND ", where);
    }, page);
  }
}
