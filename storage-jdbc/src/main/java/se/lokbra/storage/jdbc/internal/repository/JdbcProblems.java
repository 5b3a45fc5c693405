package se.lokbra.storage.jdbc.internal.repository;

import se.lokbra.core.spi.Arguments;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.problem.ProblemRepository;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Sort;
import se.lokbra.core.situation.SituationPictureId;
import se.lokbra.storage.jdbc.internal.JdbcStore;
import se.lokbra.storage.jdbc.internal.sql.Tx;

/** The problem repository; the generic part refuses to drop a cause that a measure targets. */
public final class JdbcProblems extends JdbcRepository<Problem, ProblemId> implements ProblemRepository {
  /** The order of {@link #findPrioritised} unless the caller asks for another. */
  private static final Sort PRIORITY_ORDER = Sort.by("priority", "title");

  public JdbcProblems(JdbcStore store, AggregateDao<Problem, ProblemId> dao, Tx bound) {
    super(store, dao, bound);
  }

  @Override
  public Page<Problem> findBySituationPicture(SituationPictureId situationPicture, PageRequest page) {
    Arguments.notNull(situationPicture, "situationPicture");
    return query(p -> {
      p.text(situationPicture.value());
      return "situation_picture_id = ?";
    }, page);
  }

  @Override
  public Page<Problem> findPrioritised(PageRequest page) {
    Arguments.notNull(page, "page");
    return query(p -> "priority IS NOT NULL", page.sort().isUnsorted()
        ? page.withSort(PRIORITY_ORDER.withTextOrder(page.sort().textOrder())) : page);
  }
}
