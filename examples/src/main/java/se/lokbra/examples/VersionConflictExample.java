package se.lokbra.examples;

import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.VersionConflictException;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationKind;

/** Optimistic locking: two editors change the same organisation; the second save conflicts and is retried. */
public final class VersionConflictExample {
  private VersionConflictExample() {}

  /** Returns the organisation after both edits; its version is 3. */
  public static Organisation run(LokbraStore store) {
    Organisation saved = store.organisations().save(Organisation.builder().id("bregardsskolan")
        .name("Bregårdsskolan").kind(OrganisationKind.SCHOOL).build());
    Organisation editorA = store.organisations().getById(saved.id());
    Organisation editorB = store.organisations().getById(saved.id());
    store.organisations().save(editorA.toBuilder().name("Bregårdsskolan F–9").build());
    // tag::conflict[]
    try {
      store.organisations().save(editorB.toBuilder().kind(OrganisationKind.OTHER).build());
    } catch (VersionConflictException e) {
      // e.givenVersion() == 1, e.storedVersion() == OptionalLong[2]: reload, re-apply, save again
      Organisation current = store.organisations().getById(saved.id());
      store.organisations().save(current.toBuilder().kind(OrganisationKind.OTHER).build());
    }
    // end::conflict[]
    return store.organisations().getById(saved.id());
  }

  public static void main(String[] args) {
    try (LokbraStore store = LokbraStores.open(args.length > 0 ? args[0] : "memory:example")) {
      System.out.println(run(store));
    }
  }
}
