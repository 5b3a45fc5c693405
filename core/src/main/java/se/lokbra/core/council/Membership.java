package se.lokbra.core.council;

import se.lokbra.core.meta.CompositeType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.ScalarType;
import se.lokbra.core.meta.Types;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.person.PersonId;

/**
 * A seat in a {@link Council} ("ledamot", "ordförande", …): a member organisation, the person who represents it, or
 * both; the role; and the dates it runs, both inclusive (an empty end: still running). At least one of organisation
 * and person is given.
 */
public record Membership(Optional<OrganisationId> organisation, Optional<PersonId> person, Role role,
    LocalDate start, Optional<LocalDate> end) {
  /** The description of this value's fields, for backends and codecs. */
  public static final CompositeType<Membership> TYPE = CompositeType.of(Membership.class,
      Field.optional("organisation", Membership::organisation, OrganisationId.TYPE),
      Field.optional("person", Membership::person, PersonId.TYPE),
      Field.one("role", Membership::role, ScalarType.enumType(Role.class)),
      Field.one("start", Membership::start, Types.DATE),
      Field.optional("end", Membership::end, Types.DATE));


  public Membership {
    Checks.notNull(organisation, "membership.organisation");
    Checks.notNull(person, "membership.person");
    Checks.check(organisation.isPresent() || person.isPresent(), "membership.organisation", "none",
        "a membership needs an organisation, a person or both");
    Checks.notNull(role, "membership.role");
    Checks.notNull(start, "membership.start");
    Checks.notNull(end, "membership.end");
    end.ifPresent(e -> Checks.check(!e.isBefore(start), "membership.end", e, "must not be before the start (%s)",
        start));
  }

  /** An organisation's membership, with no person named. */
  public static Membership ofOrganisation(OrganisationId organisation, Role role, LocalDate start,
      Optional<LocalDate> end) {
    return new Membership(Optional.of(Checks.notNull(organisation, "membership.organisation")), Optional.empty(),
        role, start, end);
  }

  /** A person's membership, with or without the organisation the person represents. */
  public static Membership ofPerson(PersonId person, Optional<OrganisationId> onBehalfOf, Role role,
      LocalDate start, Optional<LocalDate> end) {
    return new Membership(onBehalfOf, Optional.of(Checks.notNull(person, "membership.person")), role, start, end);
  }

  /** True if the membership runs on {@code date} (start and end inclusive). */
  public boolean isActiveOn(LocalDate date) {
    return !date.isBefore(start) && end.map(e -> !date.isAfter(e)).orElse(true);
  }

  boolean overlaps(Membership other) {
    return !other.end.map(start::isAfter).orElse(false) && !end.map(other.start::isAfter).orElse(false);
  }

  ImmutableList<String> describeIds() {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    organisation.ifPresent(o -> b.add(o.value()));
    person.ifPresent(p -> b.add(p.value()));
    return b.build();
  }
}
