package se.lokbra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCommandTest {
  @Test
  void loadsTheSampleDataAndPrintsTheCouncilItsMembersMeasuresMeetingsAndConference() {
    CliRunner r = CliRunner.run("demo", "--store", "memory:demo");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("lokbra demo on memory:demo (sample data loaded)")
        .contains("Lokala brottsförebyggande rådet i Karlskoga och Degerfors (Lokbrå)")
        .contains("Municipalities: Karlskoga kommun (1883), Degerfors kommun (1862)")
        .contains("Members on 2026-11-25: none recorded")
        .contains("Chair: Martin Hårsmar (M)")
        .contains("Member: Polisen")
        .contains("COMPLETED (3)")
        .contains("IN_PROGRESS (1)")
        .contains("- ANDT-strategi för Karlskoga och Degerfors [STRATEGY], followed up 2019-04-01")
        .contains("2019-04-01 00:00 Europe/Stockholm — HELD, 3 agenda items")
        .contains("Guest: Annika Borg (Länsstyrelsen i Örebro län) — Regionalt brottsförebyggande arbete")
        .contains("2019-05-14 Tillsammans mot brott (with De kommunala bolagen)")
        .contains("Speaker: Professor Per-Olof Wikström (University of Cambridge)");
  }

  @Test
  void helpWorksOnEveryCommand() {
    for (String command : new String[] {"demo", "report", "copy", "export", "import", "validate"}) {
      CliRunner r = CliRunner.run(command, "--help");
      assertThat(r.exitCode()).as(command).isZero();
      assertThat(r.out()).as(command).contains("Usage: lokbra " + command);
    }
    assertThat(CliRunner.run("--help").out()).contains("demo").contains("report").contains("copy");
    assertThat(CliRunner.run("--version").out()).startsWith("lokbra ");
  }

  @Test
  void badUsageExitsWithTwoAndOneSentenceOnStderr() {
    CliRunner noCommand = CliRunner.run();
    assertThat(noCommand.exitCode()).isEqualTo(2);
    assertThat(noCommand.err()).contains("Missing command");

    CliRunner unknownOption = CliRunner.run("demo", "--no-such-option");
    assertThat(unknownOption.exitCode()).isEqualTo(2);
    assertThat(unknownOption.err()).contains("--no-such-option");

    CliRunner unknownScheme = CliRunner.run("demo", "--store", "mongodb://localhost/x");
    assertThat(unknownScheme.exitCode()).isEqualTo(2);
    assertThat(unknownScheme.err()).startsWith("lokbra: invalid uri 'mongodb://localhost/x'")
        .contains("available schemes").doesNotContain("\tat ");
    assertThat(unknownScheme.err().strip().lines()).hasSize(1);

    CliRunner malformed = CliRunner.run("demo", "--store", "not a uri");
    assertThat(malformed.exitCode()).isEqualTo(2);
    // Text without a scheme: a path alone is not enough, the message lists the forms.
    assertThat(malformed.err()).contains("invalid uri 'not a uri'")
        .contains("must start with a scheme: memory:, json:, jdbc:sqlite:, jdbc:postgresql:");
  }

  @Test
  void verboseAddsTheStackTrace() {
    CliRunner r = CliRunner.run("demo", "--verbose", "--store", "mongodb://localhost/x");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("ValidationException").contains("\tat ");
  }
}
