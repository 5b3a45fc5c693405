package se.lokbra.core.person;

import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.Types;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.ContactDetails;
import se.lokbra.core.model.Identifier;
import se.lokbra.core.model.PoliticalParty;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Revision;
import se.lokbra.core.organisation.OrganisationId;

/**
 * A person ("person"): a council member, a guest, a speaker. The affiliation is the organisation the person works
 * for or represents; the party is set for elected politicians.
 */
public record Person(PersonId id, Revision revision, String givenName, String familyName, Optional<String> title,
    Optional<PoliticalParty> party, Optional<OrganisationId> affiliation, ImmutableList<Identifier> identifiers,
    ContactDetails contact) implements Aggregate<PersonId, Person> {
  /** The description of this aggregate that every backend, codec and schema derives from. */
  public static final AggregateType<Person, PersonId> TYPE = AggregateType.builder(Person.class, PersonId.TYPE,
      "person", "people")
      .repository(PersonRepository.class)
      .field(Field.one("givenName", Person::givenName, Types.TEXT))
      .field(Field.one("familyName", Person::familyName, Types.TEXT))
      .field(Field.optional("title", Person::title, Types.TEXT))
      .field(Field.optional("party", Person::party, Types.POLITICAL_PARTY))
      .field(Field.optional("affiliation", Person::affiliation, OrganisationId.TYPE))
      .field(Field.list("identifiers", Person::identifiers, Types.IDENTIFIER))
      .field(Field.one("contact", Person::contact, Types.CONTACT_DETAILS).orDefault(ContactDetails.NONE)
          .omittedWhenDefault())
      .sortBy("familyName")
      .sortBy("givenName")
      .defaultSort("familyName", "givenName")
      .build();


  public Person {
    Checks.notNull(id, "id");
    Checks.notNull(revision, "revision");
    Checks.name(givenName, "givenName");
    Checks.name(familyName, "familyName");
    Checks.optionalName(title, "title");
    Checks.notNull(party, "party");
    Checks.notNull(affiliation, "affiliation");
    Checks.notNull(identifiers, "identifiers");
    Checks.notNull(contact, "contact");
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** "Per-Olof Wikström". */
  public String fullName() {
    return givenName + " " + familyName;
  }

  /** The name as shown in lists: "Professor Per-Olof Wikström", "Martin Hårsmar (M)". */
  public String displayName() {
    return title.map(t -> t + " ").orElse("") + fullName() + party.map(p -> " (" + p.abbreviation() + ")").orElse("");
  }

  @Override
  public Person withRevision(Revision revision) {
    return new Person(id, revision, givenName, familyName, title, party, affiliation, identifiers, contact);
  }

  @Override
  public ImmutableList<Reference> references() {
    return TYPE.references(this);
  }

  /** Builds a {@link Person}; the id defaults to a random one. */
  public static final class Builder {
    private @Nullable PersonId id;
    private Revision revision = Revision.NEW;
    private @Nullable String givenName;
    private @Nullable String familyName;
    private Optional<String> title = Optional.empty();
    private Optional<PoliticalParty> party = Optional.empty();
    private Optional<OrganisationId> affiliation = Optional.empty();
    private ImmutableList<Identifier> identifiers = ImmutableList.of();
    private ContactDetails contact = ContactDetails.NONE;

    private Builder() {}

    private Builder(Person p) {
      id = p.id;
      revision = p.revision;
      givenName = p.givenName;
      familyName = p.familyName;
      title = p.title;
      party = p.party;
      affiliation = p.affiliation;
      identifiers = p.identifiers;
      contact = p.contact;
    }

    public Builder id(PersonId id) {
      this.id = id;
      return this;
    }

    public Builder id(String id) {
      return id(PersonId.of(id));
    }

    public Builder revision(Revision revision) {
      this.revision = revision;
      return this;
    }

    public Builder givenName(String givenName) {
      this.givenName = givenName;
      return this;
    }

    public Builder familyName(String familyName) {
      this.familyName = familyName;
      return this;
    }

    public Builder title(Optional<String> title) {
      this.title = title;
      return this;
    }

    public Builder title(String title) {
      return title(Optional.of(Checks.notNull(title, "title")));
    }

    public Builder party(Optional<PoliticalParty> party) {
      this.party = party;
      return this;
    }

    public Builder party(PoliticalParty party) {
      return party(Optional.of(Checks.notNull(party, "party")));
    }

    public Builder affiliation(Optional<OrganisationId> affiliation) {
      this.affiliation = affiliation;
      return this;
    }

    public Builder affiliation(OrganisationId affiliation) {
      return affiliation(Optional.of(Checks.notNull(affiliation, "affiliation")));
    }

    public Builder identifiers(Iterable<Identifier> identifiers) {
      this.identifiers = Checks.list(identifiers, "identifiers");
      return this;
    }

    public Builder contact(ContactDetails contact) {
      this.contact = contact;
      return this;
    }

    public Person build() {
      return new Person(id == null ? PersonId.random() : id, revision, givenName, familyName, title, party,
          affiliation, identifiers, contact);
    }
  }
}
