package se.lokbra.core.measure;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a {@link Measure} is in its life: {@code PLANNED → IN_PROGRESS → COMPLETED → FOLLOWED_UP}, and
 * {@code CANCELLED} from any state that is not final. {@code FOLLOWED_UP} and {@code CANCELLED} are final.
 */
public enum MeasureStatus {
  PLANNED,
  IN_PROGRESS,
  COMPLETED,
  FOLLOWED_UP,
  CANCELLED;

  /** The states this one may move to (not counting itself). */
  public Set<MeasureStatus> successors() {
    return switch (this) {
      case PLANNED -> EnumSet.of(IN_PROGRESS, CANCELLED);
      case IN_PROGRESS -> EnumSet.of(COMPLETED, CANCELLED);
      case COMPLETED -> EnumSet.of(FOLLOWED_UP, CANCELLED);
      case FOLLOWED_UP, CANCELLED -> EnumSet.noneOf(MeasureStatus.class);
    };
  }

  public boolean isFinal() {
    return successors().isEmpty();
  }

  public boolean canMoveTo(MeasureStatus next) {
    return successors().contains(next);
  }
}
