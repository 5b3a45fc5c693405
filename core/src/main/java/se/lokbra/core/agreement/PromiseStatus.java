package se.lokbra.core.agreement;

/** How a {@link CitizenPromise} stands. */
public enum PromiseStatus {
  /** Made, work not started. */
  PLANNED,
  /** Being carried out. */
  IN_PROGRESS,
  /** Kept. */
  FULFILLED,
  /** Not kept by the end of its period. */
  NOT_FULFILLED,
  /** Withdrawn before its period ended. */
  WITHDRAWN
}
