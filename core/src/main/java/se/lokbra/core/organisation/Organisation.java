package se.lokbra.core.organisation;

import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.ScalarType;
import se.lokbra.core.meta.Types;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.ContactDetails;
import se.lokbra.core.model.Identifier;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.OrganisationNumber;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Revision;

/**
 * An organisation ("organisation") that takes part in crime prevention: a municipality, a municipal administration
 * or company, the police, a county administrative board, a university, an association. The organisation number is
 * unique within a store. An organisation may belong to a parent (an administration to its municipality).
 */
public record Organisation(OrganisationId id, Revision revision, String name, OrganisationKind kind,
    Optional<OrganisationNumber> organisationNumber, Optional<MunicipalityCode> municipality,
    Optional<OrganisationId> parent, ImmutableList<Identifier> identifiers, ContactDetails contact)
    implements Aggregate<OrganisationId, Organisation> {
  /** The description of this aggregate that every backend, codec and schema derives from. */
  public static final AggregateType<Organisation, OrganisationId> TYPE = AggregateType.builder(Organisation.class, OrganisationId.TYPE,
      "organisation", "organisations")
      .repository(OrganisationRepository.class)
      .field(Field.one("name", Organisation::name, Types.TEXT))
      .field(Field.one("kind", Organisation::kind, ScalarType.enumType(OrganisationKind.class)))
      .field(Field.optional("organisationNumber", Organisation::organisationNumber, Types.ORGANISATION_NUMBER).unique())
      .field(Field.optional("municipality", Organisation::municipality, Types.MUNICIPALITY_CODE))
      .field(Field.optional("parent", Organisation::parent, OrganisationId.TYPE))
      .field(Field.list("identifiers", Organisation::identifiers, Types.IDENTIFIER))
      .field(Field.one("contact", Organisation::contact, Types.CONTACT_DETAILS).orDefault(ContactDetails.NONE)
          .omittedWhenDefault())
      .sortBy("name")
      .sortBy("kind")
      .defaultSort("name")
      .build();


  public Organisation {
    Checks.notNull(id, "id");
    Checks.notNull(revision, "revision");
    Checks.name(name, "name");
    Checks.notNull(kind, "kind");
    Checks.notNull(organisationNumber, "organisationNumber");
    Checks.notNull(municipality, "municipality");
    Checks.notNull(parent, "parent");
    Checks.notNull(identifiers, "identifiers");
    Checks.notNull(contact, "contact");
    parent.ifPresent(p -> Checks.check(!p.equals(id), "parent", p, "must not be the organisation itself"));
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public Organisation withRevision(Revision revision) {
    return new Organisation(id, revision, name, kind, organisationNumber, municipality, parent, identifiers,
        contact);
  }

  @Override
  public ImmutableList<Reference> references() {
    return TYPE.references(this);
  }

  /** Builds an {@link Organisation}; the id defaults to a random one. */
  public static final class Builder {
    private @Nullable OrganisationId id;
    private Revision revision = Revision.NEW;
    private @Nullable String name;
    private @Nullable OrganisationKind kind;
    private Optional<OrganisationNumber> organisationNumber = Optional.empty();
    private Optional<MunicipalityCode> municipality = Optional.empty();
    private Optional<OrganisationId> parent = Optional.empty();
    private ImmutableList<Identifier> identifiers = ImmutableList.of();
    private ContactDetails contact = ContactDetails.NONE;

    private Builder() {}

    private Builder(Organisation o) {
      id = o.id;
      revision = o.revision;
      name = o.name;
      kind = o.kind;
      organisationNumber = o.organisationNumber;
      municipality = o.municipality;
      parent = o.parent;
      identifiers = o.identifiers;
      contact = o.contact;
    }

    public Builder id(OrganisationId id) {
      this.id = id;
      return this;
    }

    public Builder id(String id) {
      return id(OrganisationId.of(id));
    }

    public Builder revision(Revision revision) {
      this.revision = revision;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder kind(OrganisationKind kind) {
      this.kind = kind;
      return this;
    }

    public Builder organisationNumber(Optional<OrganisationNumber> organisationNumber) {
      this.organisationNumber = organisationNumber;
      return this;
    }

    /** Parses {@code NNNNNN-NNNN} or ten digits. */
    public Builder organisationNumber(String organisationNumber) {
      return organisationNumber(Optional.of(OrganisationNumber.parse(organisationNumber)));
    }

    public Builder municipality(Optional<MunicipalityCode> municipality) {
      this.municipality = municipality;
      return this;
    }

    public Builder municipality(MunicipalityCode municipality) {
      return municipality(Optional.of(Checks.notNull(municipality, "municipality")));
    }

    public Builder parent(Optional<OrganisationId> parent) {
      this.parent = parent;
      return this;
    }

    public Builder parent(OrganisationId parent) {
      return parent(Optional.of(Checks.notNull(parent, "parent")));
    }

    public Builder identifiers(Iterable<Identifier> identifiers) {
      this.identifiers = Checks.list(identifiers, "identifiers");
      return this;
    }

    public Builder addIdentifier(Identifier identifier) {
      this.identifiers = Checks.append(identifiers, identifier, "identifiers");
      return this;
    }

    public Builder contact(ContactDetails contact) {
      this.contact = contact;
      return this;
    }

    public Organisation build() {
      return new Organisation(id == null ? OrganisationId.random() : id, revision, name, kind, organisationNumber,
          municipality, parent, identifiers, contact);
    }
  }
}
