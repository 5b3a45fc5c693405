package se.lokbra.storage.jdbc.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.council.Membership;
import se.lokbra.core.council.Role;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.person.PersonId;

/** {@link Council} ↔ tables {@code council}, {@code council_municipality} and {@code council_membership}. */
final class CouncilMapping extends AggregateMapping<Council, CouncilId> {
  static final Column<String> NAME = Column.text("name");
  static final Column<String> SHORT_NAME = Column.text("short_name");
  static final Column<Integer> FOUNDED = Column.integer("founded");
  static final Column<Integer> MEETINGS_PER_YEAR = Column.integer("meetings_per_year");

  static final Column<String> COUNCIL_ID = Column.text("council_id");
  static final Column<String> MUNICIPALITY = Column.text("municipality");
  static final ChildTable<Council, MunicipalityCode> MUNICIPALITIES = ChildTable.of("council_municipality",
      COUNCIL_ID, List.of(POSITION, MUNICIPALITY), Council::municipalities,
      (e, i, row) -> row.set(POSITION, i).set(MUNICIPALITY, e.value()),
      row -> MunicipalityCode.of(row.required(MUNICIPALITY)));

  static final Column<String> ORGANISATION = Column.reference("organisation_id", AggregateKind.ORGANISATION);
  static final Column<String> PERSON = Column.reference("person_id", AggregateKind.PERSON);
  static final Column<String> ROLE = Column.text("role");
  static final Column<java.time.LocalDate> START = Column.date("start_date");
  static final Column<java.time.LocalDate> END = Column.date("end_date");
  static final ChildTable<Council, Membership> MEMBERSHIPS = ChildTable.of("council_membership", COUNCIL_ID,
      List.of(POSITION, ORGANISATION, PERSON, ROLE, START, END), Council::memberships,
      (e, i, row) -> row.set(POSITION, i).set(ORGANISATION, e.organisation().map(OrganisationId::value))
          .set(PERSON, e.person().map(PersonId::value)).set(ROLE, e.role().name()).set(START, e.start())
          .set(END, e.end()),
      row -> new Membership(row.optional(ORGANISATION).map(OrganisationId::of),
          row.optional(PERSON).map(PersonId::of), Role.valueOf(row.required(ROLE)), row.required(START),
          row.optional(END)));

  CouncilMapping() {
    super(AggregateKind.COUNCIL, "council", List.of(NAME, SHORT_NAME, FOUNDED, MEETINGS_PER_YEAR),
        List.of(MUNICIPALITIES, MEMBERSHIPS), Map.of("name", NAME), Set.of());
  }

  @Override
  void write(Council c, Values row) {
    row.set(NAME, c.name())
        .set(SHORT_NAME, c.shortName())
        .set(FOUNDED, c.founded().map(Year::getValue))
        .set(MEETINGS_PER_YEAR, c.meetingsPerYear().isPresent() ? c.meetingsPerYear().getAsInt() : null);
  }

  @Override
  Council read(Values row, Children children) {
    Integer meetings = row.get(MEETINGS_PER_YEAR);
    return new Council(id(row.required(ID)), revision(row), row.required(NAME), row.optional(SHORT_NAME),
        ImmutableSet.copyOf(children.of(MUNICIPALITIES)), row.optional(FOUNDED).map(Year::of),
        meetings == null ? OptionalInt.empty() : OptionalInt.of(meetings),
        ImmutableList.copyOf(children.of(MEMBERSHIPS)));
  }

  @Override
  CouncilId id(String value) {
    return CouncilId.of(value);
  }
}
