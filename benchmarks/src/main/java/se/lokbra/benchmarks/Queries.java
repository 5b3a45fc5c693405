package se.lokbra.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.repository.PageRequest;

/** The queries both the store and the raw JDBC baseline run, so that they read exactly the same rows. */
final class Queries {
  /** How many ids {@code findById} cycles through (a power of two). */
  static final int IDS = 1024;
  static final CouncilId COUNCIL = CouncilId.of("council-0000000");
  static final MeasureStatus STATUS = MeasureStatus.IN_PROGRESS;
  static final int YEAR = 2020;
  static final PageRequest PAGE = PageRequest.first(20);

  private Queries() {}

  /** {@link #IDS} ids of measures spread over the whole store, the same sequence on every run. */
  static List<String> ids(int measures) {
    SplittableRandom random = new SplittableRandom(7);
    List<String> ids = new ArrayList<>(IDS);
    for (int i = 0; i < IDS; i++) {
      ids.add(String.format(Locale.ROOT, "measure-%07d", random.nextInt(measures)));
    }
    return ids;
  }
}
