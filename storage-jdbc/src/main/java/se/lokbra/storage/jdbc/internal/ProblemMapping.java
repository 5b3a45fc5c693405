package se.lokbra.storage.jdbc.internal;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.problem.Cause;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.situation.SituationPictureId;

/**
 * {@link Problem} ↔ tables {@code problem} and {@code problem_cause}. Causes are the parts measures refer to, so
 * their table is keyed by the cause's key (see {@link ChildTable#keyed}).
 */
final class ProblemMapping extends AggregateMapping<Problem, ProblemId> {
  static final Column<String> SITUATION_PICTURE = Column.reference("situation_picture_id",
      AggregateKind.SITUATION_PICTURE);
  static final Column<String> TITLE = Column.text("title");
  static final Column<String> DESCRIPTION = Column.text("description");
  static final Column<String> PLACE = Column.text("place");
  static final Column<Integer> PRIORITY = Column.integer("priority");

  static final Column<String> PROBLEM_ID = Column.text("problem_id");
  static final Column<String> KEY = Column.text("key");
  static final ChildTable<Problem, Cause> CAUSES = ChildTable.keyed("problem_cause", PROBLEM_ID, KEY,
      List.of(KEY, POSITION, DESCRIPTION), Problem::causes,
      (e, i, row) -> row.set(KEY, e.key()).set(POSITION, i).set(DESCRIPTION, e.description()),
      row -> new Cause(row.required(KEY), row.required(DESCRIPTION)));

  ProblemMapping() {
    super(AggregateKind.PROBLEM, "problem", List.of(SITUATION_PICTURE, TITLE, DESCRIPTION, PLACE, PRIORITY),
        List.of(CAUSES), Map.of("priority", PRIORITY, "title", TITLE), Set.of(PRIORITY));
  }

  @Override
  void write(Problem p, Values row) {
    row.set(SITUATION_PICTURE, p.situationPicture().map(SituationPictureId::value))
        .set(TITLE, p.title())
        .set(DESCRIPTION, p.description())
        .set(PLACE, p.place())
        .set(PRIORITY, p.priority().isPresent() ? p.priority().getAsInt() : null);
  }

  @Override
  Problem read(Values row, Children children) {
    Integer priority = row.get(PRIORITY);
    return new Problem(id(row.required(ID)), revision(row), row.optional(SITUATION_PICTURE)
        .map(SituationPictureId::of), row.required(TITLE), row.required(DESCRIPTION), row.optional(PLACE),
        priority == null ? OptionalInt.empty() : OptionalInt.of(priority), ImmutableList.copyOf(children.of(CAUSES)));
  }

  @Override
  ProblemId id(String value) {
    return ProblemId.of(value);
  }
}
