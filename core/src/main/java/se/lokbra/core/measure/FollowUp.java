package se.lokbra.core.measure;

import java.time.LocalDate;
import java.util.Optional;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.meeting.MeetingId;

/** One follow-up ("uppföljning", "avstämning") of a {@link Measure}: when, what was noted, the outcome, and the meeting where it was done. */
public record FollowUp(LocalDate date, String note, FollowUpOutcome outcome, Optional<MeetingId> meeting) {
  public FollowUp {
    Checks.date(date, "followUp.date");
    Checks.longText(note, "followUp.note");
    Checks.notNull(outcome, "followUp.outcome");
    Checks.notNull(meeting, "followUp.meeting");
  }
}
