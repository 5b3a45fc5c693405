package se.lokbra.examples;

import java.time.LocalDate;
import java.util.Optional;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.Membership;
import se.lokbra.core.council.Role;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.PoliticalParty;
import se.lokbra.core.person.Person;

/** A transaction across repositories: a new chair and the council's membership change commit together or not at all. */
public final class TransactionExample {
  private TransactionExample() {}

  /** Appoints a chair in one transaction and returns the council as stored. */
  public static Council run(LokbraStore store) {
    Council council = store.councils().save(Council.builder().id("degerfors-lokbra")
        .name("Lokbrå Degerfors").municipalities(MunicipalityCode.of("1862")).build());
    // tag::transaction[]
    Council updated = store.inTransaction(tx -> {
      Person chair = tx.people().save(Person.builder().givenName("Eva").familyName("Ek")
          .party(PoliticalParty.SOCIALDEMOKRATERNA).build());
      return tx.councils().save(tx.councils().getById(council.id()).withMembership(
          Membership.ofPerson(chair.id(), Optional.empty(), Role.CHAIR,
              LocalDate.of(2023, 1, 1), Optional.of(LocalDate.of(2026, 12, 31)))));
    }); // an exception inside the lambda would have undone both saves
    // end::transaction[]
    return updated;
  }

  public static void main(String[] args) {
    try (LokbraStore store = LokbraStores.open(args.length > 0 ? args[0] : "memory:example")) {
      System.out.println(run(store).chairOn(LocalDate.of(2024, 1, 1)));
    }
  }
}
