package se.lokbra.storage.jdbc.internal;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.Identifier;
import se.lokbra.core.model.PoliticalParty;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.person.Person;
import se.lokbra.core.person.PersonId;

/** {@link Person} ↔ tables {@code person} and {@code person_identifier}. */
final class PersonMapping extends AggregateMapping<Person, PersonId> {
  static final Column<String> GIVEN_NAME = Column.text("given_name");
  static final Column<String> FAMILY_NAME = Column.text("family_name");
  static final Column<String> TITLE = Column.text("title");
  static final Column<String> PARTY_ABBREVIATION = Column.text("party_abbreviation");
  static final Column<String> PARTY_NAME = Column.text("party_name");
  static final Column<String> AFFILIATION = Column.reference("affiliation_id", AggregateKind.ORGANISATION);

  static final Column<String> SCHEME = Column.text("scheme");
  static final Column<String> VALUE = Column.text("value");
  static final ChildTable<Person, Identifier> IDENTIFIERS = ChildTable.of("person_identifier",
      Column.text("person_id"), List.of(POSITION, SCHEME, VALUE), Person::identifiers,
      (e, i, row) -> row.set(POSITION, i).set(SCHEME, e.scheme()).set(VALUE, e.value()),
      row -> Identifier.of(row.required(SCHEME), row.required(VALUE)));

  PersonMapping() {
    super(AggregateKind.PERSON, "person", ImmutableList.<Column<?>>builder()
        .add(GIVEN_NAME, FAMILY_NAME, TITLE, PARTY_ABBREVIATION, PARTY_NAME, AFFILIATION)
        .addAll(ContactColumns.ALL).build(), List.of(IDENTIFIERS),
        Map.of("familyName", FAMILY_NAME, "givenName", GIVEN_NAME), Set.of());
  }

  @Override
  void write(Person p, Values row) {
    row.set(GIVEN_NAME, p.givenName())
        .set(FAMILY_NAME, p.familyName())
        .set(TITLE, p.title())
        .set(PARTY_ABBREVIATION, p.party().map(PoliticalParty::abbreviation))
        .set(PARTY_NAME, p.party().map(PoliticalParty::name))
        .set(AFFILIATION, p.affiliation().map(OrganisationId::value));
    ContactColumns.write(p.contact(), row);
  }

  @Override
  Person read(Values row, Children children) {
    return new Person(id(row.required(ID)), revision(row), row.required(GIVEN_NAME), row.required(FAMILY_NAME),
        row.optional(TITLE), row.optional(PARTY_ABBREVIATION).map(a -> PoliticalParty.of(a,
            row.required(PARTY_NAME))), row.optional(AFFILIATION).map(OrganisationId::of),
        ImmutableList.copyOf(children.of(IDENTIFIERS)), ContactColumns.read(row));
  }

  @Override
  PersonId id(String value) {
    return PersonId.of(value);
  }
}
