package se.lokbra.core.conference;

import java.time.LocalDate;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;

/**
 * Stores {@link Conference}s. Organisers and speakers must exist. Sort properties: {@code start}, {@code title},
 * {@code id}, {@code created}, {@code modified}; default order: start, then id.
 */
public interface ConferenceRepository extends Repository<Conference, ConferenceId> {
  /** Conferences that share at least one day with {@code from} to {@code to}, both inclusive. */
  Page<Conference> findByDateOverlapping(LocalDate from, LocalDate to, PageRequest page);

  /** Conferences not yet over on {@code today} (their last day is today or later); soonest first by default. */
  Page<Conference> upcoming(LocalDate today, PageRequest page);
}
