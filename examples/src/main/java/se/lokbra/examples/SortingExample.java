package se.lokbra.examples;

import java.util.List;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Sort;

/** Swedish order (the default for names and titles) and code point order (on request), on any backend. */
public final class SortingExample {
  private SortingExample() {}

  /** Saves four municipalities and returns their names in Swedish order, then in code point order. */
  public static List<List<String>> run(LokbraStore store) {
    for (String name : List.of("Örebro kommun", "Ängelholms kommun", "Åmåls kommun", "Alingsås kommun")) {
      store.organisations().save(Organisation.builder().name(name).kind(OrganisationKind.MUNICIPALITY).build());
    }
    // tag::sorting[]
    List<String> swedish = store.organisations().findAll(PageRequest.of(0, 10, Sort.by("name")))
        .content().stream().map(Organisation::name).toList();
    // Alingsås kommun, Åmåls kommun, Ängelholms kommun, Örebro kommun
    List<String> codePoint = store.organisations().findAll(PageRequest.of(0, 10, Sort.by("name").codePointOrder()))
        .content().stream().map(Organisation::name).toList();
    // Alingsås kommun, Ängelholms kommun, Åmåls kommun, Örebro kommun (Ä is U+00C4, Å U+00C5)
    // end::sorting[]
    return List.of(swedish, codePoint);
  }
}
