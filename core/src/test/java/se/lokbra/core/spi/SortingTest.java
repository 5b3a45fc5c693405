package se.lokbra.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SortingTest {
  /** The order by code point, the slow obvious way. */
  private static int reference(String a, String b) {
    return Integer.signum(Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));
  }

  @Test
  void textSortsByCodePointEvenWhereUtf16SortsOtherwise() {
    // U+FF5E sorts before U+1F693 by code point, after its surrogates by UTF-16 unit.
    assertThat(Sorting.compareCodePoints("a\uFF5E", "a\uD83D\uDE93")).isNegative();
    assertThat(Sorting.compareCodePoints("a\uD83D\uDE93", "a\uFF5E")).isPositive();
    assertThat(Sorting.compareCodePoints("Örebro", "Orebro")).isPositive();
    assertThat(Sorting.compareCodePoints("abc", "abcd")).isNegative();
    assertThat(Sorting.compareCodePoints("", "")).isZero();
  }

  @Test
  void agreesWithCodePointOrderOnRandomTextWithSurrogatesAndLoneHalves() {
    char[] alphabet = {'a', 'b', 'Å', 'ö', '\uE000', '\uFF5E', '\uFFFF', '\uD83D', '\uDE93', '\uDBFF', '\uDC00'};
    SplittableRandom random = new SplittableRandom(11);
    for (int i = 0; i < 100_000; i++) {
      String a = text(random, alphabet);
      String b = random.nextInt(4) == 0 ? a + text(random, alphabet) : text(random, alphabet);
      assertThat(Integer.signum(Sorting.compareCodePoints(a, b))).as("%s vs %s", a, b).isEqualTo(reference(a, b));
    }
  }

  private static String text(SplittableRandom random, char[] alphabet) {
    char[] chars = new char[random.nextInt(6)];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = alphabet[random.nextInt(alphabet.length)];
    }
    return new String(chars);
  }
}
