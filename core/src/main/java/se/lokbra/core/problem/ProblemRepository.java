package se.lokbra.core.problem;

import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;
import se.lokbra.core.situation.SituationPictureId;

/**
 * Stores {@link Problem}s. A cause that a measure targets cannot be removed from its problem while the measure
 * refers to it. Sort properties: {@code priority} (unprioritised first), {@code title}, {@code id},
 * {@code created}, {@code modified}; default order: title, then id.
 */
public interface ProblemRepository extends Repository<Problem, ProblemId> {
  /** The problems a situation picture found. */
  Page<Problem> findBySituationPicture(SituationPictureId situationPicture, PageRequest page);

  /**
   * The prioritised problems, by default in priority order (1 first), then by title; unprioritised problems are
   * left out.
   */
  Page<Problem> findPrioritised(PageRequest page);
}
