package se.lokbra.storage.jdbc;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.person.Person;

/**
 * The child process of {@link SqliteCrashTest}: writes to a SQLite store in a loop until it is killed, printing
 * the ids of each write once the store has acknowledged it (after the commit returned).
 */
public final class CrashWriter {
  private CrashWriter() {}

  public static void main(String[] args) {
    URI uri = URI.create(args[0]);
    String round = args[1];
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (LokbraStore store = LokbraStores.open(uri)) {
      out.println("open");
      for (int i = 0; ; i++) {
        String id = "r" + round + "-" + i;
        int n = i;
        if (i % 2 == 0) {
          Organisation org = store.organisations().save(Organisation.builder().id(id).name("Org " + id)
              .kind(OrganisationKind.OTHER).build());
          out.println("ack organisation " + org.id().value());
        } else {
          Person p = store.inTransaction(tx -> {
            Organisation org = tx.organisations().save(Organisation.builder().id(id).name("Org " + id)
                .kind(OrganisationKind.SCHOOL).build());
            return tx.people().save(Person.builder().id(id).givenName("Given " + n).familyName("Family")
                .affiliation(org.id()).build());
          });
          out.println("ack organisation " + p.affiliation().orElseThrow().value());
          out.println("ack person " + p.id().value());
        }
      }
    }
  }
}
