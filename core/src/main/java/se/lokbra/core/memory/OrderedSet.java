package se.lokbra.core.memory;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * A set ordered by a comparator (elements that compare equal are the same element), kept in a list of sorted
 * blocks of at most {@value #MAX_BLOCK} references. It replaces {@link java.util.TreeSet} in the indexes of
 * {@link InMemoryStore}: a tree spends a 40-byte node on every element of every index, and walking a page of it
 * visits scattered nodes; here an element costs about six bytes and a page is read from one or two arrays.
 *
 * <p>Adding and removing cost O(log n) comparisons plus moving at most one block's references (and, when a block
 * splits or empties, the block list's). Finding the i-th element or the rank of a value also sums the sizes of the
 * blocks before it, O(n / {@value #MAX_BLOCK}). Not thread-safe: the store's lock guards it.
 *
 * @param <E> the element type
 */
final class OrderedSet<E> implements Iterable<E> {
  /** The most references one block holds; a full block splits in two. */
  static final int MAX_BLOCK = 128;
  /** A block this small is merged into a neighbour that has room, so that deletions leave no sparse blocks. */
  private static final int MIN_BLOCK = MAX_BLOCK / 4;
  private static final @Nullable Object[] @Nullable [] NO_BLOCKS = {};

  private final Comparator<? super E> order;
  /** Blocks of elements in order: the first {@code counts[b]} slots of block b are used, the rest null. */
  private @Nullable Object[] @Nullable [] blocks = NO_BLOCKS;
  private int[] counts = new int[0];
  private int blockCount;
  private int size;

  OrderedSet(Comparator<? super E> order) {
    this.order = order;
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  @SuppressWarnings("unchecked")
  private E at(int block, int index) {
    return (E) blocks[block][index];
  }

  /** The block where {@code e} is or would go: the first whose last element is not less than it, else the last. */
  private int blockFor(E e) {
    int lo = 0;
    int hi = blockCount - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (order.compare(at(mid, counts[mid] - 1), e) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Within a block: the index of {@code e}, or {@code -(insertion point) - 1}. */
  @SuppressWarnings("unchecked")
  private int indexIn(int block, E e) {
    return Arrays.binarySearch((E[]) blocks[block], 0, counts[block], e, order);
  }

  /**
   * Adds {@code e}.
   *
   * @return false, changing nothing, if an element equal to it (by the comparator) is already there
   */
  boolean add(E e) {
    if (blockCount == 0) {
      ensureBlockSlots(1);
      blocks[0] = new Object[4];
      blocks[0][0] = e;
      counts[0] = 1;
      blockCount = 1;
      size = 1;
      return true;
    }
    int b = blockFor(e);
    int i = indexIn(b, e);
    if (i >= 0) {
      return false;
    }
    i = -i - 1;
    if (counts[b] == MAX_BLOCK) {
      split(b);
      if (i > counts[b]) {
        i -= counts[b];
        b++;
      }
    }
    Object[] block = blocks[b];
    if (counts[b] == block.length) {
      block = blocks[b] = Arrays.copyOf(block, Math.min(MAX_BLOCK, block.length * 2));
    }
    System.arraycopy(block, i, block, i + 1, counts[b] - i);
    block[i] = e;
    counts[b]++;
    size++;
    return true;
  }

  /**
   * Adds {@code e}, which should sort after every element here: then it is appended without a search, filling
   * blocks completely. Anything else is added as {@link #add} would.
   */
  boolean addLast(E e) {
    if (blockCount == 0) {
      return add(e);
    }
    int b = blockCount - 1;
    int c = order.compare(at(b, counts[b] - 1), e);
    if (c >= 0) {
      return c != 0 && add(e);
    }
    if (counts[b] == MAX_BLOCK) {
      ensureBlockSlots(blockCount + 1);
      blocks[blockCount] = new Object[MAX_BLOCK];
      blockCount++;
      b++;
    }
    Object[] block = blocks[b];
    if (counts[b] == block.length) {
      block = blocks[b] = Arrays.copyOf(block, Math.min(MAX_BLOCK, block.length * 2));
    }
    block[counts[b]++] = e;
    size++;
    return true;
  }

  /** Splits full block {@code b} into two half-full blocks, {@code b} and {@code b + 1}. */
  private void split(int b) {
    ensureBlockSlots(blockCount + 1);
    System.arraycopy(blocks, b + 1, blocks, b + 2, blockCount - b - 1);
    System.arraycopy(counts, b + 1, counts, b + 2, blockCount - b - 1);
    int half = MAX_BLOCK / 2;
    Object[] upper = new Object[MAX_BLOCK];
    System.arraycopy(blocks[b], half, upper, 0, MAX_BLOCK - half);
    Arrays.fill(blocks[b], half, MAX_BLOCK, null);
    blocks[b + 1] = upper;
    counts[b] = half;
    counts[b + 1] = MAX_BLOCK - half;
    blockCount++;
  }

  private void ensureBlockSlots(int needed) {
    if (blocks.length < needed) {
      int capacity = Math.max(needed, blocks.length + (blocks.length >> 1) + 1);
      blocks = Arrays.copyOf(blocks, capacity);
      counts = Arrays.copyOf(counts, capacity);
    }
  }

  /** Removes the element equal to {@code e} (by the comparator); false if there is none. */
  boolean remove(E e) {
    if (blockCount == 0) {
      return false;
    }
    int b = blockFor(e);
    int i = indexIn(b, e);
    if (i < 0) {
      return false;
    }
    Object[] block = blocks[b];
    System.arraycopy(block, i + 1, block, i, counts[b] - i - 1);
    block[--counts[b]] = null;
    size--;
    if (counts[b] == 0) {
      removeBlock(b);
    } else if (counts[b] < MIN_BLOCK) {
      if (b + 1 < blockCount && counts[b] + counts[b + 1] <= MAX_BLOCK * 3 / 4) {
        merge(b);
      } else if (b > 0 && counts[b - 1] + counts[b] <= MAX_BLOCK * 3 / 4) {
        merge(b - 1);
      }
    }
    if (blockCount == 0) {
      blocks = NO_BLOCKS;
      counts = new int[0];
    }
    return true;
  }

  /** Moves block {@code b + 1}'s elements to the end of block {@code b}. */
  private void merge(int b) {
    int total = counts[b] + counts[b + 1];
    if (blocks[b].length < total) {
      blocks[b] = Arrays.copyOf(blocks[b], MAX_BLOCK);
    }
    System.arraycopy(blocks[b + 1], 0, blocks[b], counts[b], counts[b + 1]);
    counts[b] = total;
    removeBlock(b + 1);
  }

  private void removeBlock(int b) {
    System.arraycopy(blocks, b + 1, blocks, b, blockCount - b - 1);
    System.arraycopy(counts, b + 1, counts, b, blockCount - b - 1);
    blockCount--;
    blocks[blockCount] = null;
    counts[blockCount] = 0;
  }

  /** The number of elements less than {@code probe}: the index of the first element not less than it. */
  int rank(E probe) {
    if (blockCount == 0) {
      return 0;
    }
    int b = blockFor(probe);
    int i = indexIn(b, probe);
    int before = 0;
    for (int k = 0; k < b; k++) {
      before += counts[k];
    }
    return before + (i >= 0 ? i : -i - 1);
  }

  @Override
  public Iterator<E> iterator() {
    return iterator(0);
  }

  /** The elements from index {@code from} on, in order. */
  Iterator<E> iterator(int from) {
    return new Cursor(from, size);
  }

  /** The elements with indexes {@code from} (inclusive) to {@code to} (exclusive), in order. */
  Iterator<E> iterator(int from, int to) {
    return new Cursor(from, Math.min(to, size));
  }

  /** Reads the elements in order, by block. */
  private final class Cursor implements Iterator<E> {
    private int block;
    private int index;
    private int remaining;

    Cursor(int from, int to) {
      remaining = Math.max(0, to - from);
      int skip = from;
      while (block < blockCount && skip >= counts[block]) {
        skip -= counts[block];
        block++;
      }
      index = skip;
    }

    @Override
    public boolean hasNext() {
      return remaining > 0;
    }

    @Override
    public E next() {
      if (remaining <= 0) {
        throw new NoSuchElementException();
      }
      if (index == counts[block]) {
        block++;
        index = 0;
      }
      remaining--;
      return at(block, index++);
    }
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("[");
    for (E e : this) {
      text.append(text.length() > 1 ? ", " : "").append(e);
    }
    return text.append(']').toString();
  }
}
