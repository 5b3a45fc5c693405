package se.lokbra.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lokbra.core.ValidationException;
import se.lokbra.core.repository.Sort;

class CollationTest {
  private static final List<String> TEXTS = List.of("Åmål", "Ängelholm", "Örebro", "Östersund", "Eskilstuna",
      "ärende", "Ärende", "Zebra", "zebra", "Öland", "Åre", "Vännäs", "10 punkter", "9 punkter", "élan", "e\u0301lan",
      "Elan", "", "Über", "Ystad", "Wallin", "Vallentuna", "🚓", "Œ", "ß", "Øresund", "Æsir");

  @Test
  void swedishLettersComeLastInTheirOrderAndNumbersByValue() {
    List<String> sorted = new ArrayList<>(TEXTS.subList(0, 14));
    sorted.sort(Collation.ORDER);
    assertThat(sorted).containsExactly("9 punkter", "10 punkter", "Eskilstuna", "Vännäs", "zebra", "Zebra", "Åmål",
        "Åre", "Ängelholm", "ärende", "Ärende", "Öland", "Örebro", "Östersund");
  }

  @Test
  void sortKeysComparedAsUnsignedBytesGiveTheOrderOfTheCollator() {
    for (String a : TEXTS) {
      for (String b : TEXTS) {
        int keys = Integer.signum(Collation.compareKeys(Collation.sortKey(a), Collation.sortKey(b)));
        int order = Integer.signum(Collation.ORDER.compare(a, b));
        if (keys != 0) {
          assertThat(keys).as("%s vs %s", a, b).isEqualTo(order);
        } else {
          // Equal keys: the collator holds the texts equal, and code points decide (as SQL's binary collation).
          assertThat(order).as("%s vs %s", a, b).isEqualTo(Integer.signum(Sorting.compareCodePoints(a, b)));
        }
      }
    }
    assertThat(Collation.compareKeys(Collation.sortKey("élan"), Collation.sortKey("e\u0301lan"))).isZero();
  }

  @Test
  void theVersionNamesTheCollatorAndItsSettings() {
    assertThat(Collation.VERSION).startsWith("icu4j ").contains("collator ", "uca ", "sv", "numeric");
  }

  @Test
  void textOrderIsPartOfTheSortAndSurvivesReversal() {
    Sort sort = Sort.by("title").codePointOrder();
    assertThat(sort.textOrder()).isEqualTo(Sort.TextOrder.CODE_POINT);
    assertThat(sort.descending().textOrder()).isEqualTo(Sort.TextOrder.CODE_POINT);
    assertThat(Sort.by("title").textOrder()).isEqualTo(Sort.TextOrder.SWEDISH);
    assertThat(Sort.unsorted().isDefault()).isTrue();
    assertThat(Sort.unsorted().codePointOrder().isDefault()).isFalse();
    assertThat(Sort.unsorted().codePointOrder().isUnsorted()).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Sort.by("title").withTextOrder(null))
        .isInstanceOf(ValidationException.class).hasMessageContaining("sort.textOrder");
  }
}
