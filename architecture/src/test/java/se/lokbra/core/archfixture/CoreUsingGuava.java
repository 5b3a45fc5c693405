package se.lokbra.core.archfixture;

import com.google.common.collect.ImmutableList;

/** Keeps every rule: core may use Guava (the rules are not so wide that they refuse everything). */
public final class CoreUsingGuava {
  private CoreUsingGuava() {}

  /** Guava in core. */
  public static ImmutableList<String> names() {
    return ImmutableList.of("Karlskoga", "Degerfors");
  }
}
