package se.lokbra.core.spi;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Swedish text order (svensk sortering), the same on every backend: ICU4J's collator for {@code sv} with numeric
 * collation on. Å, ä and ö come last, after z, in that order; case and accents count only where the letters are
 * otherwise equal ({@code "ärende"} next to {@code "Ärende"}, not after every capital); digits compare as numbers
 * ({@code "9 punkter"} before {@code "10 punkter"}). Texts the collator holds equal (canonically equivalent
 * spellings, ignorable characters) are then ordered by {@linkplain Sorting#CODE_POINT_ORDER code point}, so the
 * order is total.
 *
 * <p>The memory engine compares texts with {@link #ORDER}. A SQL backend stores the {@link #sortKey sort key} of
 * each text it sorts by beside the text and orders by the key's bytes, then by the text (binary collation): ICU
 * guarantees that comparing two sort keys as unsigned bytes gives the collator's own answer, so both agree. Keys
 * from one collator are comparable only with keys from the same {@link #VERSION}; a store that keeps them records
 * the version and computes them again when it changes.
 */
public final class Collation {
  private static final RuleBasedCollator SWEDISH = swedish();

  /**
   * What a sort key depends on: the collator's version (its rules, the Unicode Collation Algorithm's version and
   * ICU's code), the locale and the settings. Equal versions give equal keys for the same text.
   */
  public static final String VERSION = "icu4j " + VersionInfo.ICU_VERSION + ", collator " + SWEDISH.getVersion()
      + ", uca " + SWEDISH.getUCAVersion() + ", sv, tertiary, numeric";

  /** Swedish order, then code point order: the order of {@link #sortKey} bytes, then the text's. */
  public static final Comparator<String> ORDER = Collation::compare;

  private Collation() {}

  private static RuleBasedCollator swedish() {
    RuleBasedCollator collator = (RuleBasedCollator) Collator.getInstance(new ULocale("sv"));
    collator.setStrength(Collator.TERTIARY);
    collator.setNumericCollation(true);
    // Frozen: immutable, so one instance serves every thread.
    return (RuleBasedCollator) collator.freeze();
  }

  /**
   * The sort key of {@code text}: bytes that compare (as unsigned bytes, {@link #compareKeys}) as the texts do in
   * Swedish order. Equal keys mean the collator holds the texts equal; {@link #ORDER} then compares the texts.
   */
  public static byte[] sortKey(String text) {
    return SWEDISH.getCollationKey(text).toByteArray();
  }

  /** Two sort keys compared as unsigned bytes (as SQLite compares BLOBs and PostgreSQL {@code bytea}). */
  public static int compareKeys(byte[] a, byte[] b) {
    return Arrays.compareUnsigned(a, b);
  }

  private static int compare(String a, String b) {
    int c = SWEDISH.compare(a, b);
    return c != 0 ? c : Sorting.compareCodePoints(a, b);
  }
}
