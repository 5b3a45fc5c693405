package se.lokbra.core.meeting;

import java.time.Instant;
import java.util.Optional;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.internal.Checks;

/**
 * Criteria for {@link MeetingRepository#find}: a council, and/or a half-open time range {@code [from, to)} that the
 * meeting's start falls in. Criteria combine with AND; none given matches every meeting.
 */
public record MeetingQuery(Optional<CouncilId> council, Optional<Instant> from, Optional<Instant> to) {
  public MeetingQuery {
    Checks.notNull(council, "council");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    if (from.isPresent() && to.isPresent()) {
      Checks.check(!to.get().isBefore(from.get()), "to", to.get(), "must not be before from (%s)", from.get());
    }
  }

  public static MeetingQuery all() {
    return new MeetingQuery(Optional.empty(), Optional.empty(), Optional.empty());
  }

  public MeetingQuery withCouncil(CouncilId council) {
    return new MeetingQuery(Optional.of(Checks.notNull(council, "council")), from, to);
  }

  /** Meetings that start at or after {@code from} and before {@code to}. */
  public MeetingQuery startingBetween(Instant from, Instant to) {
    return new MeetingQuery(council, Optional.of(Checks.notNull(from, "from")), Optional.of(Checks.notNull(to, "to")));
  }

  public boolean matches(Meeting meeting) {
    Instant start = meeting.start().toInstant();
    return council.map(c -> c.equals(meeting.council())).orElse(true)
        && from.map(f -> !start.isBefore(f)).orElse(true)
        && to.map(start::isBefore).orElse(true);
  }
}
