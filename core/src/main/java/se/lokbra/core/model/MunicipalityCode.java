package se.lokbra.core.model;

import com.google.common.collect.ImmutableSortedSet;
import se.lokbra.core.internal.Checks;

/**
 * A Swedish municipality code ("kommunkod"): four digits, the first two being one of Sweden's 21 county codes
 * (01, 03–10, 12–14, 17–25). Karlskoga is {@code 1883}, Degerfors {@code 1862}, both in Örebro county (18).
 */
public record MunicipalityCode(String value) implements Comparable<MunicipalityCode> {
  /** The 21 county codes ("länskoder") in use since 1998. */
  public static final ImmutableSortedSet<String> COUNTY_CODES = ImmutableSortedSet.of("01", "03", "04", "05", "06",
      "07", "08", "09", "10", "12", "13", "14", "17", "18", "19", "20", "21", "22", "23", "24", "25");

  public MunicipalityCode {
    Checks.notNull(value, "municipalityCode");
    Checks.check(value.length() == 4 && value.chars().allMatch(c -> c >= '0' && c <= '9'), "municipalityCode",
        value, "must be four digits");
    Checks.check(COUNTY_CODES.contains(value.substring(0, 2)), "municipalityCode", value,
        "must start with a county code (one of %s)", String.join(", ", COUNTY_CODES));
  }

  public static MunicipalityCode of(String value) {
    return new MunicipalityCode(value);
  }

  /** The two-digit county code ("länskod"): {@code 18} for Örebro county. */
  public String countyCode() {
    return value.substring(0, 2);
  }

  @Override
  public int compareTo(MunicipalityCode o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
