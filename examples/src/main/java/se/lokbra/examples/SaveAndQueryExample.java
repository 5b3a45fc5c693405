package se.lokbra.examples;

import java.util.List;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.council.Council;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.measure.MeasureQuery;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;
import se.lokbra.core.repository.Sort;

/** Saving entities and querying them: an organisation, a council and a measure, then measures by year. */
public final class SaveAndQueryExample {
  private SaveAndQueryExample() {}

  /** Saves a small council with one measure and returns the titles of its measures in 2024. */
  public static List<String> run(LokbraStore store) {
    // tag::save[]
    Organisation police = store.organisations().save(Organisation.builder()
        .id("polisen-lpo-orebro").name("Lokalpolisområde Örebro").kind(OrganisationKind.POLICE).build());
    Council council = store.councils().save(Council.builder()
        .id("orebro-lokbra").name("Brottsförebyggande rådet i Örebro")
        .municipalities(MunicipalityCode.of("1880")).meetingsPerYear(4).build());
    Measure walks = store.measures().save(Measure.builder()
        .council(council.id()).title("Trygghetsvandring i Vivalla")
        .category(MeasureCategory.SITUATIONAL).responsibleOrganisations(police.id())
        .period(DateSpan.ofYear(2024)).build());
    store.measures().save(walks.withStatus(MeasureStatus.IN_PROGRESS)); // version 1 -> 2
    // end::save[]

    // tag::query[]
    Page<Measure> page = store.measures().find(
        MeasureQuery.all().withCouncil(council.id()).withYear(2024),
        PageRequest.of(0, 20, Sort.by("title")));
    // end::query[]
    // tag::find-by[]
    Page<Measure> byPolice = store.measures().findBy("responsibleOrganisations", police.id(),
        PageRequest.first(20)); // any field of text, code, id, enum, integer, year or date; lists and sets contain it
    Repository<Measure, MeasureId> measures = store.repository(Measure.TYPE); // for code that handles every kind
    // end::find-by[]
    if (!byPolice.content().containsAll(page.content()) || measures.count() < page.totalElements()) {
      throw new IllegalStateException("findBy found " + byPolice.content() + ", the query " + page.content());
    }
    return page.content().stream().map(Measure::title).toList();
  }

  public static void main(String[] args) {
    try (LokbraStore store = LokbraStores.open(args.length > 0 ? args[0] : "memory:example")) {
      System.out.println(run(store));
    }
  }
}
