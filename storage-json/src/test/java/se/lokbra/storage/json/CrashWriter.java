package se.lokbra.storage.json;

import java.nio.file.Path;
import java.util.Random;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.person.Person;
import se.lokbra.core.person.PersonId;

/**
 * Run in a child JVM by {@link CrashTest}, which kills it at a random moment: opens the store in {@code args[0]} and
 * writes until killed, printing one line for each write once the store has acknowledged it:
 * <ul>
 *   <li>{@code S <id>}: a new organisation, saved alone;</li>
 *   <li>{@code U <version>}: the organisation {@code counter} updated alone;</li>
 *   <li>{@code P <version>}: the organisation {@code phoenix} deleted (even version, a tombstone) or saved again
 *       (odd version): two files changing together;</li>
 *   <li>{@code T <generation>}: one transaction that renames the organisations {@code group-0..4} to
 *       {@code gen-<generation>}, deletes the person and measure of the previous generation and creates those of
 *       this one.</li>
 * </ul>
 */
public final class CrashWriter {
  static final int GROUP = 5;
  static final CouncilId COUNCIL = CouncilId.of("crash-council");
  static final OrganisationId COUNTER = OrganisationId.of("counter");
  static final OrganisationId PHOENIX = OrganisationId.of("phoenix");

  private CrashWriter() {}

  static OrganisationId group(int i) {
    return OrganisationId.of("group-" + i);
  }

  static PersonId person(long generation) {
    return PersonId.of("p-" + generation);
  }

  static MeasureId measure(long generation) {
    return MeasureId.of("m-" + generation);
  }

  /** The generation the group organisations carry: {@code gen-7} → 7. */
  static long generation(Organisation o) {
    return Long.parseLong(o.name().substring("gen-".length()));
  }

  public static void main(String[] args) {
    Random random = new Random(Long.parseLong(args[1]));
    try (LokbraStore store = JsonStore.open(Path.of(args[0]))) {
      if (!store.councils().existsById(COUNCIL)) {
        store.useTransaction(tx -> {
          tx.councils().save(Council.builder().id(COUNCIL).name("Crash council")
              .municipalities(MunicipalityCode.of("1883")).build());
          for (int i = 0; i < GROUP; i++) {
            tx.organisations().save(Organisation.builder().id(group(i)).name("gen-0").kind(OrganisationKind.OTHER)
                .build());
          }
          tx.organisations().save(Organisation.builder().id(COUNTER).name("0").kind(OrganisationKind.OTHER).build());
        });
      }
      System.out.println("READY");
      long run = random.nextInt(1_000_000);
      for (long k = 0; ; k++) {
        int choice = random.nextInt(10);
        if (choice < 2) {
          String id = "single-" + run + "-" + k;
          store.organisations().save(Organisation.builder().id(id).name("Single " + k)
              .kind(OrganisationKind.NON_PROFIT).build());
          System.out.println("S " + id);
        } else if (choice < 4) {
          Organisation counter = store.organisations().getById(COUNTER);
          Organisation saved = store.organisations().save(counter.toBuilder().name(Long.toString(k)).build());
          System.out.println("U " + saved.version());
        } else if (choice < 6) {
          System.out.println("P " + togglePhoenix(store));
        } else {
          System.out.println("T " + nextGeneration(store));
        }
      }
    }
  }

  private static long togglePhoenix(LokbraStore store) {
    return store.inTransaction(tx -> {
      java.util.Optional<Organisation> live = tx.organisations().findById(PHOENIX);
      if (live.isPresent()) {
        tx.organisations().delete(live.get());
        return live.get().version() + 1;
      }
      return tx.organisations().save(Organisation.builder().id(PHOENIX).name("Phoenix")
          .kind(OrganisationKind.OTHER).build()).version();
    });
  }

  private static long nextGeneration(LokbraStore store) {
    return store.inTransaction(tx -> {
      long current = generation(tx.organisations().getById(group(0)));
      long next = current + 1;
      for (int i = 0; i < GROUP; i++) {
        Organisation o = tx.organisations().getById(group(i));
        tx.organisations().save(o.toBuilder().name("gen-" + next).build());
      }
      tx.measures().deleteById(measure(current));
      tx.people().deleteById(person(current));
      Person p = tx.people().save(Person.builder().id(person(next)).givenName("Gen").familyName("Nr " + next)
          .affiliation(group(0)).build());
      tx.measures().save(Measure.builder().id(measure(next)).council(COUNCIL).title("Generation " + next)
          .category(MeasureCategory.OTHER).responsibleOrganisations(p.affiliation().orElseThrow()).build());
      return next;
    });
  }
}
