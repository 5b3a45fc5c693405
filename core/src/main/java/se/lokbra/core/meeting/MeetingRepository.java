package se.lokbra.core.meeting;

import java.time.Instant;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;

/**
 * Stores {@link Meeting}s. A meeting must refer to an existing council, measures and people. Sort properties:
 * {@code start}, {@code id}, {@code created}, {@code modified}; default order: start, then id.
 */
public interface MeetingRepository extends Repository<Meeting, MeetingId> {
  Page<Meeting> find(MeetingQuery query, PageRequest page);

  default Page<Meeting> findByCouncil(CouncilId council, PageRequest page) {
    return find(MeetingQuery.all().withCouncil(council), page);
  }

  /** Meetings that start at or after {@code from} and before {@code to}. */
  default Page<Meeting> findByStartBetween(Instant from, Instant to, PageRequest page) {
    return find(MeetingQuery.all().startingBetween(from, to), page);
  }
}
