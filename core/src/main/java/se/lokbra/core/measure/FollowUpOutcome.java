package se.lokbra.core.measure;

/** What a {@link FollowUp} found. */
public enum FollowUpOutcome {
  /** The goals are met. */
  ACHIEVED,
  /** Some goals are met, or all in part. */
  PARTLY_ACHIEVED,
  /** The goals are not met. */
  NOT_ACHIEVED,
  /** Work goes on as planned; too early to judge. */
  ON_TRACK,
  /** Work is behind plan. */
  DELAYED,
  /** Followed up without an assessment. */
  NOT_ASSESSED
}
