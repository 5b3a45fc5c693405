package se.lokbra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCommandTest {
  @Test
  void printsTheSampleCouncil() {
    CliRunner r = CliRunner.run("demo", "--store", "memory:demo");
    System.out.println(r.out());
    System.out.println(r.err());
    assertThat(r.exitCode()).isZero();
  }
}
