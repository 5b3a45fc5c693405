package se.lokbra.storage.jdbc.internal;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.Identifier;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.OrganisationNumber;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.organisation.OrganisationKind;

/** {@link Organisation} ↔ tables {@code organisation} and {@code organisation_identifier}. */
final class OrganisationMapping extends AggregateMapping<Organisation, OrganisationId> {
  static final Column<String> NAME = Column.text("name");
  static final Column<String> KIND = Column.text("kind");
  static final Column<String> NUMBER = Column.text("organisation_number");
  static final Column<String> MUNICIPALITY = Column.text("municipality");
  static final Column<String> PARENT = Column.reference("parent_id", AggregateKind.ORGANISATION);

  static final Column<String> SCHEME = Column.text("scheme");
  static final Column<String> VALUE = Column.text("value");
  static final ChildTable<Organisation, Identifier> IDENTIFIERS = ChildTable.of("organisation_identifier",
      Column.text("organisation_id"), List.of(POSITION, SCHEME, VALUE), Organisation::identifiers,
      (e, i, row) -> row.set(POSITION, i).set(SCHEME, e.scheme()).set(VALUE, e.value()),
      row -> Identifier.of(row.required(SCHEME), row.required(VALUE)));

  OrganisationMapping() {
    super(AggregateKind.ORGANISATION, "organisation", ImmutableList.<Column<?>>builder()
        .add(NAME, KIND, NUMBER, MUNICIPALITY, PARENT).addAll(ContactColumns.ALL).build(), List.of(IDENTIFIERS),
        Map.of("name", NAME, "kind", KIND), Set.of());
  }

  @Override
  void write(Organisation o, Values row) {
    row.set(NAME, o.name())
        .set(KIND, o.kind().name())
        .set(NUMBER, o.organisationNumber().map(OrganisationNumber::value))
        .set(MUNICIPALITY, o.municipality().map(MunicipalityCode::value))
        .set(PARENT, o.parent().map(OrganisationId::value));
    ContactColumns.write(o.contact(), row);
  }

  @Override
  Organisation read(Values row, Children children) {
    return new Organisation(id(row.required(ID)), revision(row), row.required(NAME),
        OrganisationKind.valueOf(row.required(KIND)), row.optional(NUMBER).map(OrganisationNumber::new),
        row.optional(MUNICIPALITY).map(MunicipalityCode::of), row.optional(PARENT).map(OrganisationId::of),
        ImmutableList.copyOf(children.of(IDENTIFIERS)), ContactColumns.read(row));
  }

  @Override
  OrganisationId id(String value) {
    return OrganisationId.of(value);
  }
}
