package se.lokbra.core.meeting;

/** Whether a {@link Meeting} is still to come, was held, or was called off. */
public enum MeetingState {
  PLANNED,
  HELD,
  CANCELLED
}
