package se.lokbra.storage.jdbc.internal.repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import se.lokbra.storage.jdbc.internal.sql.Params;
import se.lokbra.storage.jdbc.internal.sql.SqlType;
import se.lokbra.storage.jdbc.internal.sql.Tx;

/**
 * One count a table keeps of its live rows, in its {@code <table>_tally} table: how many rows have {@code item} as
 * their {@code dimension} (a council, a status, a start year, …). A page's total then costs one lookup instead of
 * a {@code COUNT(*)} that reads every match.
 */
public record Tally(String table, String dimension, String item) {
  /** Table, then dimension, then item: the one order in which every transaction updates tallies. */
  static final Comparator<Tally> ORDER = Comparator.comparing(Tally::table).thenComparing(Tally::dimension)
      .thenComparing(Tally::item);

  /**
   * The tally changes of one transaction, written just before it commits ({@link #flush}). Written last and in
   * {@link #ORDER}, the hot rows of a tally table are locked briefly and always in the same order, so that
   * concurrent PostgreSQL transactions wait for each other there but never deadlock.
   */
  public static final class Deltas {
    private final TreeMap<Tally, long[]> deltas = new TreeMap<>(ORDER);

    public void add(List<Tally> tallies, int sign) {
      for (Tally t : tallies) {
        deltas.computeIfAbsent(t, k -> new long[1])[0] += sign;
      }
    }

    void addAll(Deltas other) {
      other.deltas.forEach((t, d) -> deltas.computeIfAbsent(t, k -> new long[1])[0] += d[0]);
    }

    /** The sum of the pending changes of the tallies that {@code which} accepts, each times {@code sign(t)}. */
    public long pending(Predicate<Tally> which, java.util.function.ToIntFunction<Tally> sign) {
      long sum = 0;
      for (Map.Entry<Tally, long[]> e : deltas.entrySet()) {
        if (which.test(e.getKey())) {
          sum += sign.applyAsInt(e.getKey()) * e.getValue()[0];
        }
      }
      return sum;
    }

    /** Adds the changes to the tally tables, dropping tallies that fall to zero, and forgets them. */
    public void flush(Tx tx) {
      List<Map.Entry<Tally, long[]>> changed = deltas.entrySet().stream().filter(e -> e.getValue()[0] != 0)
          .toList();
      String table = null;
      List<Params> upserts = new ArrayList<>();
      List<Params> zeroes = new ArrayList<>();
      for (Map.Entry<Tally, long[]> e : changed) {
        Tally t = e.getKey();
        if (!t.table().equals(table)) {
          write(tx, table, upserts, zeroes);
          table = t.table();
          upserts = new ArrayList<>();
          zeroes = new ArrayList<>();
        }
        upserts.add(new Params().text(t.dimension()).text(t.item()).add(SqlType.LONG, e.getValue()[0]));
        if (e.getValue()[0] < 0) {
          zeroes.add(new Params().text(t.dimension()).text(t.item()));
        }
      }
      write(tx, table, upserts, zeroes);
      deltas.clear();
    }

    private static void write(Tx tx, String table, List<Params> upserts, List<Params> zeroes) {
      if (table == null) {
        return;
      }
      String tallies = table + "_tally";
      tx.batch("INSERT INTO " + tallies + " (dimension, item, n) VALUES (?, ?, ?) ON CONFLICT (dimension, item) "
          + "DO UPDATE SET n = " + tallies + ".n + excluded.n", upserts);
      tx.batch("DELETE FROM " + tallies + " WHERE dimension = ? AND item = ? AND n = 0", zeroes);
    }
  }
}
