package se.lokbra.core.problem;

import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.Types;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Revision;
import se.lokbra.core.situation.SituationPictureId;

/**
 * A problem ("problem") that a situation picture found: what it is, where, how it was prioritised (1 is the highest
 * priority; empty while not prioritised), and the causes the cause analysis ("orsaksanalys") found. Measures target
 * problems and their causes; cooperation agreements address problems; indicators measure them. A problem may be
 * recorded without a situation picture (when the picture is not documented).
 */
public record Problem(ProblemId id, Revision revision, Optional<SituationPictureId> situationPicture, String title,
    String description, Optional<String> place, OptionalInt priority, ImmutableList<Cause> causes)
    implements Aggregate<ProblemId, Problem> {
  /** The description of this aggregate that every backend, codec and schema derives from. */
  public static final AggregateType<Problem, ProblemId> TYPE = AggregateType.builder(Problem.class, ProblemId.TYPE,
      "problem", "problems")
      .repository(ProblemRepository.class)
      .field(Field.optional("situationPicture", Problem::situationPicture, SituationPictureId.TYPE))
      .field(Field.one("title", Problem::title, Types.TEXT))
      .field(Field.one("description", Problem::description, Types.TEXT).orDefault(""))
      .field(Field.optional("place", Problem::place, Types.TEXT))
      .field(Field.optionalInt("priority", Problem::priority))
      .field(Field.list("causes", Problem::causes, Cause.TYPE))
      .sortBy("priority")
      .sortBy("title")
      .defaultSort("title")
      .parts("causes", "key")
      .build();


  public Problem {
    Checks.notNull(id, "id");
    Checks.notNull(revision, "revision");
    Checks.notNull(situationPicture, "situationPicture");
    Checks.name(title, "title");
    Checks.longText(description, "description");
    Checks.optionalName(place, "place");
    Checks.notNull(priority, "priority");
    priority.ifPresent(p -> Checks.check(p >= 1 && p <= 1000, "priority", p, "must be between 1 (highest) and 1000"));
    Checks.notNull(causes, "causes");
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < causes.size(); i++) {
      Checks.check(keys.add(causes.get(i).key()), "causes[" + i + "].key", causes.get(i).key(),
          "must be unique within the problem");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public boolean isPrioritised() {
    return priority.isPresent();
  }

  /** The cause with this key. */
  public Optional<Cause> cause(String key) {
    return causes.stream().filter(c -> c.key().equals(key)).findFirst();
  }

  @Override
  public Problem withRevision(Revision revision) {
    return new Problem(id, revision, situationPicture, title, description, place, priority, causes);
  }

  @Override
  public ImmutableList<Reference> references() {
    return TYPE.references(this);
  }

  /** The cause keys: measures refer to them. */
  @Override
  public ImmutableSet<String> parts() {
    return TYPE.parts(this);
  }

  /** Builds a {@link Problem}; the id defaults to a random one, the description to empty. */
  public static final class Builder {
    private @Nullable ProblemId id;
    private Revision revision = Revision.NEW;
    private Optional<SituationPictureId> situationPicture = Optional.empty();
    private @Nullable String title;
    private String description = "";
    private Optional<String> place = Optional.empty();
    private OptionalInt priority = OptionalInt.empty();
    private ImmutableList<Cause> causes = ImmutableList.of();

    private Builder() {}

    private Builder(Problem p) {
      id = p.id;
      revision = p.revision;
      situationPicture = p.situationPicture;
      title = p.title;
      description = p.description;
      place = p.place;
      priority = p.priority;
      causes = p.causes;
    }

    public Builder id(ProblemId id) {
      this.id = id;
      return this;
    }

    public Builder id(String id) {
      return id(ProblemId.of(id));
    }

    public Builder revision(Revision revision) {
      this.revision = revision;
      return this;
    }

    public Builder situationPicture(Optional<SituationPictureId> situationPicture) {
      this.situationPicture = situationPicture;
      return this;
    }

    public Builder situationPicture(SituationPictureId situationPicture) {
      return situationPicture(Optional.of(Checks.notNull(situationPicture, "situationPicture")));
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder place(Optional<String> place) {
      this.place = place;
      return this;
    }

    public Builder place(String place) {
      return place(Optional.of(Checks.notNull(place, "place")));
    }

    public Builder priority(OptionalInt priority) {
      this.priority = priority;
      return this;
    }

    public Builder priority(int priority) {
      return priority(OptionalInt.of(priority));
    }

    public Builder causes(Iterable<Cause> causes) {
      this.causes = Checks.list(causes, "causes");
      return this;
    }

    public Builder addCause(Cause cause) {
      this.causes = Checks.append(causes, cause, "causes");
      return this;
    }

    public Problem build() {
      return new Problem(id == null ? ProblemId.random() : id, revision, situationPicture, title, description, place,
          priority, causes);
    }
  }
}
