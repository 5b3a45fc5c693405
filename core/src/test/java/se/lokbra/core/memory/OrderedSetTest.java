package se.lokbra.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OrderedSetTest {

  @Test
  void behavesLikeATreeSetUnderRandomAddsAndRemoves() {
    SplittableRandom random = new SplittableRandom(1);
    OrderedSet<Integer> set = new OrderedSet<>(Comparator.naturalOrder());
    TreeSet<Integer> expected = new TreeSet<>();
    for (int step = 0; step < 60_000; step++) {
      // Phases of growth and shrinkage, so that blocks split, empty and merge.
      boolean growing = (step / 10_000) % 2 == 0;
      int value = random.nextInt(5_000);
      if (random.nextInt(100) < (growing ? 70 : 30)) {
        assertThat(set.add(value)).isEqualTo(expected.add(value));
      } else {
        assertThat(set.remove(value)).isEqualTo(expected.remove(value));
      }
      assertThat(set.size()).isEqualTo(expected.size());
      if (step % 997 == 0) {
        assertThat(ImmutableList.copyOf(set)).containsExactlyElementsOf(expected);
        int probe = random.nextInt(5_100);
        assertThat(set.rank(probe)).isEqualTo(expected.headSet(probe, false).size());
      }
    }
    assertThat(ImmutableList.copyOf(set)).containsExactlyElementsOf(expected);
  }

  @Test
  void readsAnyRangeByIndex() {
    OrderedSet<Integer> set = new OrderedSet<>(Comparator.naturalOrder());
    List<Integer> expected = new ArrayList<>();
    for (int i = 999; i >= 0; i--) {
      set.add(i * 2);
    }
    for (int i = 0; i < 1000; i++) {
      expected.add(i * 2);
    }
    for (int from = 0; from <= 1000; from += 37) {
      for (int to = from; to <= 1010; to += 101) {
        assertThat(ImmutableList.copyOf(set.iterator(from, to)))
            .isEqualTo(expected.subList(from, Math.min(to, 1000)));
      }
      assertThat(ImmutableList.copyOf(set.iterator(from))).isEqualTo(expected.subList(from, 1000));
    }
    assertThat(set.rank(-1)).isZero();
    assertThat(set.rank(7)).isEqualTo(4);
    assertThat(set.rank(8)).isEqualTo(4);
    assertThat(set.rank(5000)).isEqualTo(1000);
  }

  @Test
  void addingInOrderFillsBlocksAndAnythingElseIsStillAdded() {
    OrderedSet<Integer> set = new OrderedSet<>(Comparator.naturalOrder());
    TreeSet<Integer> expected = new TreeSet<>();
    for (int i = 0; i < 1000; i += 2) {
      assertThat(set.addLast(i)).isTrue();
      expected.add(i);
    }
    assertThat(set.addLast(998)).as("equal to the last").isFalse();
    assertThat(set.addLast(501)).as("not after the last: added in its place").isTrue();
    expected.add(501);
    assertThat(set.addLast(500)).as("already there").isFalse();
    for (int i = 1; i < 1000; i += 50) {
      set.add(i);
      expected.add(i);
    }
    assertThat(ImmutableList.copyOf(set)).containsExactlyElementsOf(expected);
    assertThat(set.size()).isEqualTo(expected.size());
    assertThat(set.rank(502)).isEqualTo(expected.headSet(502).size());
  }

  @Test
  void anEmptiedSetCanBeFilledAgain() {
    OrderedSet<String> set = new OrderedSet<>(Comparator.naturalOrder());
    for (int i = 0; i < 300; i++) {
      set.add("e" + i);
    }
    for (int i = 0; i < 300; i++) {
      assertThat(set.remove("e" + i)).isTrue();
    }
    assertThat(set.isEmpty()).isTrue();
    assertThat(set.iterator().hasNext()).isFalse();
    assertThat(set.rank("x")).isZero();
    assertThat(set.add("a")).isTrue();
    assertThat(set.add("a")).isFalse();
    assertThat(ImmutableList.copyOf(set)).containsExactly("a");
  }
}
