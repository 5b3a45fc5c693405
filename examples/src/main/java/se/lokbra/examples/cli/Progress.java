package se.lokbra.examples.cli;

import java.io.PrintStream;

/** Progress of a long command on stderr, shown only when stderr is a terminal (so scripts and pipes stay quiet). */
final class Progress {
  private final PrintStream err;
  private final boolean enabled;

  Progress(PrintStream err) {
    this(err, System.console() != null);
  }

  Progress(PrintStream err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  void step(String message) {
    if (enabled) {
      err.println("… " + message);
    }
  }
}
