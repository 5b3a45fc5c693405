package se.lokbra.storage.jdbc.internal.repository;

import java.time.LocalDate;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.conference.ConferenceId;
import se.lokbra.core.conference.ConferenceRepository;
import se.lokbra.core.spi.Arguments;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.storage.jdbc.internal.JdbcStore;
import se.lokbra.storage.jdbc.internal.sql.SqlType;
import se.lokbra.storage.jdbc.internal.sql.Tx;

/** The conference repository. */
public final class JdbcConferences extends JdbcRepository<Conference, ConferenceId> implements ConferenceRepository {
  public JdbcConferences(JdbcStore store, AggregateDao<Conference, ConferenceId> dao, Tx bound) {
    super(store, dao, bound);
  }

  @Override
  public Page<Conference> findByDateOverlapping(LocalDate from, LocalDate to, PageRequest page) {
    Arguments.notNull(from, "from");
    Arguments.notNull(to, "to");
    Arguments.check(!to.isBefore(from), "to", to, "must not be before from (%s)", from);
    return query(p -> {
      p.add(SqlType.DATE, to).add(SqlType.DATE, from);
      return "start_date <= ? AND last_day >= ?";
    }, page);
  }

  @Override
  public Page<Conference> upcoming(LocalDate today, PageRequest page) {
    Arguments.notNull(today, "today");
    return query(p -> {
      p.add(SqlType.DATE, today);
      return "last_day >= ?";
    }, page);
  }
}
