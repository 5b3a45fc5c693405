package se.lokbra.core.council;

import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.Types;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Revision;

/**
 * A local crime-prevention council ("lokalt brottsförebyggande råd", Lokbrå): a body in which one or more
 * municipalities work with the police and others on crime prevention. It covers one or more municipalities, may
 * record when it was founded and how often it meets, and has memberships over time; at most one chair and one vice
 * chair at a time.
 */
public record Council(CouncilId id, Revision revision, String name, Optional<String> shortName,
    ImmutableSet<MunicipalityCode> municipalities, Optional<Year> founded, OptionalInt meetingsPerYear,
    ImmutableList<Membership> memberships) implements Aggregate<CouncilId, Council> {
  /** The description of this aggregate that every backend, codec and schema derives from. */
  public static final AggregateType<Council, CouncilId> TYPE = AggregateType.builder(Council.class, CouncilId.TYPE,
      "council", "councils")
      .repository(CouncilRepository.class)
      .field(Field.one("name", Council::name, Types.TEXT))
      .field(Field.optional("shortName", Council::shortName, Types.TEXT))
      .field(Field.set("municipalities", Council::municipalities, Types.MUNICIPALITY_CODE))
      .field(Field.optional("founded", Council::founded, Types.YEAR))
      .field(Field.optionalInt("meetingsPerYear", Council::meetingsPerYear))
      .field(Field.list("memberships", Council::memberships, Membership.TYPE))
      .sortBy("name")
      .defaultSort("name")
      .build();


  public Council {
    Checks.notNull(id, "id");
    Checks.notNull(revision, "revision");
    Checks.name(name, "name");
    Checks.optionalName(shortName, "shortName");
    Checks.notNull(municipalities, "municipalities");
    Checks.check(!municipalities.isEmpty(), "municipalities", municipalities, "must name at least one municipality");
    Checks.notNull(founded, "founded");
    founded.ifPresent(y -> Checks.check(y.getValue() >= 1000 && y.getValue() <= 9999, "founded", y,
        "must be a four-digit year"));
    Checks.notNull(meetingsPerYear, "meetingsPerYear");
    meetingsPerYear.ifPresent(n -> Checks.check(n >= 0 && n <= 366, "meetingsPerYear", n,
        "must be between 0 and 366"));
    Checks.notNull(memberships, "memberships");
    checkSingleHolder(memberships, Role.CHAIR);
    checkSingleHolder(memberships, Role.VICE_CHAIR);
  }

  private static void checkSingleHolder(ImmutableList<Membership> memberships, Role role) {
    for (int i = 0; i < memberships.size(); i++) {
      for (int j = i + 1; j < memberships.size(); j++) {
        Membership a = memberships.get(i);
        Membership b = memberships.get(j);
        if (a.role() == role && b.role() == role && a.overlaps(b)) {
          throw new se.lokbra.core.ValidationException("memberships[" + j + "]", b.describeIds() + " from "
              + b.start(), "overlaps memberships[" + i + "]: a council has at most one "
              + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " at a time");
        }
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The chair's membership on {@code date}, if the council had a chair then. */
  public Optional<Membership> chairOn(LocalDate date) {
    return memberships.stream().filter(m -> m.role() == Role.CHAIR && m.isActiveOn(date)).findFirst();
  }

  /** Every membership that runs on {@code date}, in the council's order. */
  public ImmutableList<Membership> membersOn(LocalDate date) {
    return memberships.stream().filter(m -> m.isActiveOn(date)).collect(ImmutableList.toImmutableList());
  }

  /** This council with one more membership. */
  public Council withMembership(Membership membership) {
    return toBuilder().addMembership(membership).build();
  }

  @Override
  public Council withRevision(Revision revision) {
    return new Council(id, revision, name, shortName, municipalities, founded, meetingsPerYear, memberships);
  }

  @Override
  public ImmutableList<Reference> references() {
    return TYPE.references(this);
  }

  /** Builds a {@link Council}; the id defaults to a random one. */
  public static final class Builder {
    private @Nullable CouncilId id;
    private Revision revision = Revision.NEW;
    private @Nullable String name;
    private Optional<String> shortName = Optional.empty();
    private ImmutableSet<MunicipalityCode> municipalities = ImmutableSet.of();
    private Optional<Year> founded = Optional.empty();
    private OptionalInt meetingsPerYear = OptionalInt.empty();
    private ImmutableList<Membership> memberships = ImmutableList.of();

    private Builder() {}

    private Builder(Council c) {
      id = c.id;
      revision = c.revision;
      name = c.name;
      shortName = c.shortName;
      municipalities = c.municipalities;
      founded = c.founded;
      meetingsPerYear = c.meetingsPerYear;
      memberships = c.memberships;
    }

    public Builder id(CouncilId id) {
      this.id = id;
      return this;
    }

    public Builder id(String id) {
      return id(CouncilId.of(id));
    }

    public Builder revision(Revision revision) {
      this.revision = revision;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder shortName(Optional<String> shortName) {
      this.shortName = shortName;
      return this;
    }

    public Builder shortName(String shortName) {
      return shortName(Optional.of(Checks.notNull(shortName, "shortName")));
    }

    public Builder municipalities(Iterable<MunicipalityCode> municipalities) {
      this.municipalities = Checks.set(municipalities, "municipalities");
      return this;
    }

    public Builder municipalities(MunicipalityCode... municipalities) {
      return municipalities(java.util.Arrays.asList(Checks.notNull(municipalities, "municipalities")));
    }

    public Builder founded(Optional<Year> founded) {
      this.founded = founded;
      return this;
    }

    public Builder founded(int year) {
      return founded(Optional.of(Year.of(year)));
    }

    public Builder meetingsPerYear(OptionalInt meetingsPerYear) {
      this.meetingsPerYear = meetingsPerYear;
      return this;
    }

    public Builder meetingsPerYear(int meetingsPerYear) {
      return meetingsPerYear(OptionalInt.of(meetingsPerYear));
    }

    public Builder memberships(Iterable<Membership> memberships) {
      this.memberships = Checks.list(memberships, "memberships");
      return this;
    }

    public Builder addMembership(Membership membership) {
      this.memberships = Checks.append(memberships, membership, "memberships");
      return this;
    }

    public Council build() {
      return new Council(id == null ? CouncilId.random() : id, revision, name, shortName, municipalities, founded,
          meetingsPerYear, memberships);
    }
  }
}
