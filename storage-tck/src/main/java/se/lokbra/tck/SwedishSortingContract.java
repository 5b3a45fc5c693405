package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lokbra.core.StoreCapability;
import se.lokbra.core.council.Council;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.person.Person;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Sort;

/**
 * Text sorts in Swedish order on every backend (svensk sortering, {@link Sort.TextOrder#SWEDISH}): å, ä, ö after
 * z and in that order, case and accents secondary, numbers by value, ties by the text's code points and then by
 * id; and in code point order when a sort asks for it ({@link Sort#codePointOrder()}). The names below are ones
 * that code point order gets wrong. Pages of three cross the boundaries between the letters.
 */
public abstract class SwedishSortingContract extends ContractSupport {
  /** Swedish names and titles, in the order they are saved (neither order). */
  static final List<String> NAMES = List.of("Åmål", "Ängelholm", "Örebro", "Östersund", "Eskilstuna", "ärende",
      "Zebra", "Öland", "Åre", "Vännäs", "10 punkter", "9 punkter", "Ärende", "zebra", "eskilstuna");

  /** {@link #NAMES} in Swedish order. */
  static final List<String> SWEDISH = List.of("9 punkter", "10 punkter", "eskilstuna", "Eskilstuna", "Vännäs",
      "zebra", "Zebra", "Åmål", "Åre", "Ängelholm", "ärende", "Ärende", "Öland", "Örebro", "Östersund");

  /** {@link #NAMES} by code point: digits, capitals, small letters, then Ä (U+00C4) before Å (U+00C5), Ö, ä. */
  static final List<String> CODE_POINT = List.of("10 punkter", "9 punkter", "Eskilstuna", "Vännäs", "Zebra",
      "eskilstuna", "zebra", "Ängelholm", "Ärende", "Åmål", "Åre", "Öland", "Örebro", "Östersund", "ärende");

  private static final int PAGE = 3;

  private Council council;

  @BeforeEach
  public void saveCouncil() {
    council = fixtures.savedCouncil();
  }

  private void saveMeasures(List<String> titles) {
    for (String title : titles) {
      store.measures().save(fixtures.measure(council.id()).toBuilder().title(title).build());
    }
  }

  /** Every page of {@code size} of what {@code read} gives, in turn, as titles; checks every page's total. */
  private static <T> List<String> pages(Function<PageRequest, Page<T>> read, Sort sort, Function<T, String> text,
      int total) {
    List<String> all = new ArrayList<>();
    for (int page = 0; page * PAGE < total; page++) {
      Page<T> p = read.apply(PageRequest.of(page, PAGE, sort));
      assertThat(p.totalElements()).as("the total on page %s", page).isEqualTo(total);
      assertThat(p.content()).as("page %s", page).hasSize(Math.min(PAGE, total - page * PAGE));
      p.content().forEach(t -> all.add(text.apply(t)));
    }
    return all;
  }

  private List<String> measureTitles(Sort sort) {
    return pages(p -> store.measures().findAll(p), sort, Measure::title, NAMES.size());
  }

  @Test
  public void measuresComeInSwedishOrderByDefaultPageByPage() {
    saveMeasures(NAMES);

    assertThat(measureTitles(Sort.unsorted())).containsExactlyElementsOf(SWEDISH);
    assertThat(measureTitles(Sort.by("title"))).containsExactlyElementsOf(SWEDISH);
    assertThat(measureTitles(Sort.by(Sort.Order.desc("title")))).containsExactlyElementsOf(Lists.reverse(SWEDISH));
  }

  @Test
  public void pagesOfThreeCrossTheLetterBoundaries() {
    saveMeasures(NAMES);

    assertThat(store.measures().findAll(PageRequest.of(1, PAGE)).content()).extracting(Measure::title)
        .containsExactly("Eskilstuna", "Vännäs", "zebra");
    assertThat(store.measures().findAll(PageRequest.of(2, PAGE)).content()).extracting(Measure::title)
        .containsExactly("Zebra", "Åmål", "Åre");
    assertThat(store.measures().findAll(PageRequest.of(3, PAGE)).content()).extracting(Measure::title)
        .containsExactly("Ängelholm", "ärende", "Ärende");
  }

  @Test
  public void codePointOrderIsAnOptionOfTheSort() {
    saveMeasures(NAMES);

    assertThat(measureTitles(Sort.by("title").codePointOrder())).containsExactlyElementsOf(CODE_POINT);
    assertThat(measureTitles(Sort.unsorted().codePointOrder())).containsExactlyElementsOf(CODE_POINT);
    assertThat(measureTitles(Sort.by(Sort.Order.desc("title")).codePointOrder()))
        .containsExactlyElementsOf(Lists.reverse(CODE_POINT));
  }

  @Test
  public void aRenamedEntityMovesToItsNewPlace() {
    saveMeasures(NAMES);
    Measure zebra = store.measures().findAll(PageRequest.of(2, PAGE)).content().get(0);
    assertThat(zebra.title()).isEqualTo("Zebra");

    store.measures().save(zebra.toBuilder().title("Övertorneå").build());

    List<String> expected = new ArrayList<>(SWEDISH);
    expected.remove("Zebra");
    expected.add("Övertorneå");
    assertThat(measureTitles(Sort.unsorted())).containsExactlyElementsOf(expected);
  }

  @Test
  public void textsTheCollationHoldsEqualComeByCodePointThenById() {
    // "e\u0301" and "é" are the same text to the collation (canonically equivalent), different code points.
    store.measures().save(fixtures.measure(council.id()).toBuilder().id("measure-b").title("Åre").build());
    store.measures().save(fixtures.measure(council.id()).toBuilder().id("measure-a").title("Åre").build());
    store.measures().save(fixtures.measure(council.id()).toBuilder().id("measure-c").title("\u00e9lan").build());
    store.measures().save(fixtures.measure(council.id()).toBuilder().id("measure-d").title("e\u0301lan").build());

    assertThat(store.measures().findAll(PageRequest.first(10)).content()).extracting(m -> m.id().value())
        .containsExactly("measure-d", "measure-c", "measure-a", "measure-b");
  }

  @Test
  public void peopleSortByFamilyNameThenGivenNameInSwedishOrder() {
    String[][] names = {{"Östen", "Andersson"}, {"Åke", "Andersson"}, {"Örjan", "Åberg"}, {"Anna", "Zetterlund"},
      {"Ärla", "Andersson"}, {"anna", "Zetterlund"}, {"Bo", "Öberg"}, {"Bo", "Ahlberg"}};
    for (String[] n : names) {
      store.people().save(fixtures.person().toBuilder().givenName(n[0]).familyName(n[1]).build());
    }
    List<String> swedish = List.of("Ahlberg Bo", "Andersson Åke", "Andersson Ärla", "Andersson Östen",
        "Zetterlund anna", "Zetterlund Anna", "Åberg Örjan", "Öberg Bo");

    assertThat(pages(p -> store.people().findAll(p), Sort.unsorted(), q -> q.familyName() + " " + q.givenName(),
        names.length)).containsExactlyElementsOf(swedish);
    assertThat(pages(p -> store.people().findAll(p), Sort.by("givenName", "familyName").codePointOrder(),
        q -> q.familyName() + " " + q.givenName(), names.length)).containsExactly("Zetterlund Anna", "Ahlberg Bo",
        "Öberg Bo", "Zetterlund anna", "Andersson Ärla", "Andersson Åke", "Åberg Örjan", "Andersson Östen");
  }

  @Test
  public void aQueryOrdersItsMatchesInSwedishOrder() {
    for (String name : NAMES) {
      store.organisations().save(fixtures.organisation().toBuilder().name(name).kind(OrganisationKind.POLICE)
          .build());
    }
    store.organisations().save(fixtures.organisation());

    assertThat(pages(p -> store.organisations().findByKind(OrganisationKind.POLICE, p), Sort.unsorted(),
        Organisation::name, NAMES.size())).containsExactlyElementsOf(SWEDISH);
    assertThat(pages(p -> store.organisations().findByKind(OrganisationKind.POLICE, p),
        Sort.unsorted().codePointOrder(), Organisation::name, NAMES.size())).containsExactlyElementsOf(CODE_POINT);
  }

  @Test
  public void theOrderSurvivesAReopen() {
    assumeThat(store.capabilities()).as("only for stores with " + StoreCapability.PERSISTENT)
        .contains(StoreCapability.PERSISTENT);
    saveMeasures(NAMES);
    reopen();

    assertThat(measureTitles(Sort.unsorted())).containsExactlyElementsOf(SWEDISH);
  }
}
