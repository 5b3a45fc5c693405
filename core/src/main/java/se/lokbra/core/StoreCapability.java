package se.lokbra.core;

/**
 * What a backend can do beyond the contract every store meets. The contract suite reads these to decide which
 * tests apply; code should too, rather than look at a store's class.
 */
public enum StoreCapability {
  /** Data outlives the store: closing and reopening the same URI finds everything. */
  PERSISTENT,
  /** Several processes may open the same store at once and write to it. */
  SHARED_BETWEEN_PROCESSES
}
