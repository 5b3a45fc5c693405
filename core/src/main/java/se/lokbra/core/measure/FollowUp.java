package se.lokbra.core.measure;

import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.ScalarType;
import se.lokbra.core.meta.Types;
import java.time.LocalDate;
import java.util.Optional;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.meeting.MeetingId;

/** One follow-up ("uppföljning", "avstämning") of a {@link Measure}: when, what was noted, the outcome, and the meeting where it was done. */
public record FollowUp(LocalDate date, String note, FollowUpOutcome outcome, Optional<MeetingId> meeting) {
  /** The description of this value's fields, for backends and codecs. */
  public static final CompositeType<FollowUp> TYPE = CompositeType.of(FollowUp.class,
      Field.one("date", FollowUp::date, Types.DATE),
      Field.one("note", FollowUp::note, Types.TEXT).orDefault(""),
      Field.one("outcome", FollowUp::outcome, ScalarType.enumType(FollowUpOutcome.class)),
      Field.optional("meeting", FollowUp::meeting, MeetingId.TYPE));

  public FollowUp {
    Checks.notNull(date, "followUp.date");
    Checks.longText(note, "followUp.note");
    Checks.notNull(outcome, "followUp.outcome");
    Checks.notNull(meeting, "followUp.meeting");
  }
}
