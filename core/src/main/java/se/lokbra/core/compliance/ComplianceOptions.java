package se.lokbra.core.compliance;

import java.time.Period;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.internal.Checks;

/**
 * How {@link Compliance} judges age and warns.
 *
 * @param maximumAge how old the newest situation picture may be and still count (default 24 months). The law
 *     (2023:196) names no interval; 24 months is the cadence municipalities use and Brå's guidance describes. A
 *     picture dated {@code d} counts up to and including the day {@code d + maximumAge}.
 * @param warningWindow how far ahead a requirement that is met but about to stop being met is
 *     {@link Status#DUE_SOON} (default 3 months); {@link Period#ZERO} turns the warning off
 */
public record ComplianceOptions(Period maximumAge, Period warningWindow) {
  /** 24 months. */
  public static final Period DEFAULT_MAXIMUM_AGE = Period.ofMonths(24);
  /** 3 months. */
  public static final Period DEFAULT_WARNING_WINDOW = Period.ofMonths(3);

  public ComplianceOptions {
    Checks.notNull(maximumAge, "maximumAge");
    Checks.notNull(warningWindow, "warningWindow");
    Checks.check(!maximumAge.isNegative() && !maximumAge.isZero(), "maximumAge", maximumAge, "must be positive");
    Checks.check(!warningWindow.isNegative(), "warningWindow", warningWindow, "must not be negative");
  }

  /** 24 months' maximum age, 3 months' warning. */
  public static ComplianceOptions defaults() {
    return new ComplianceOptions(DEFAULT_MAXIMUM_AGE, DEFAULT_WARNING_WINDOW);
  }

  public static Builder builder() {
    return new Builder(defaults());
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public ComplianceOptions withMaximumAge(Period maximumAge) {
    return new ComplianceOptions(maximumAge, warningWindow);
  }

  public ComplianceOptions withWarningWindow(Period warningWindow) {
    return new ComplianceOptions(maximumAge, warningWindow);
  }

  /** Builds {@link ComplianceOptions}, starting from the defaults. */
  public static final class Builder {
    private @Nullable Period maximumAge;
    private @Nullable Period warningWindow;

    private Builder(ComplianceOptions from) {
      maximumAge = from.maximumAge;
      warningWindow = from.warningWindow;
    }

    public Builder maximumAge(Period maximumAge) {
      this.maximumAge = maximumAge;
      return this;
    }

    public Builder warningWindow(Period warningWindow) {
      this.warningWindow = warningWindow;
      return this;
    }

    public ComplianceOptions build() {
      return new ComplianceOptions(Checks.notNull(maximumAge, "maximumAge"),
          Checks.notNull(warningWindow, "warningWindow"));
    }
  }
}
