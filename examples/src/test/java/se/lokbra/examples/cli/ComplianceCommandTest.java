package se.lokbra.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.examples.ExampleMunicipality;

/** {@code lokbra compliance} run in-process on the sample data and on the fictional complete municipality. */
class ComplianceCommandTest {
  @TempDir
  Path dir;

  String sample;
  String both;

  @BeforeEach
  void stores() {
    sample = "json:" + dir.resolve("sample");
    both = "json:" + dir.resolve("both");
    assertThat(CliRunner.run("demo", "--store", sample).exitCode()).isZero();
    CliRunner demo = CliRunner.run("demo", "--exempelby", "--store", both);
    assertThat(demo.exitCode()).isZero();
    assertThat(demo.out()).contains("Fictional Exempelby kommun (1899) loaded");
    try (LokbraStore store = LokbraStores.open(both)) {
      assertThat(ExampleMunicipality.loadIfAbsent(store)).as("already there").isFalse();
    }
  }

  @Test
  void theSampleShowsHonestlyThatKarlskogaMissedEveryRequirementIn2019To2022() {
    CliRunner r = CliRunner.run("compliance", "--municipality", "1883", "--period", "2019-2022", "--as-of",
        "2026-12-03", "--store", sample);
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("# Lagkrav enligt lagen om kommuners ansvar för brottsförebyggande arbete "
            + "(2023:196)\n")
        .contains("## Lagkrav (2023:196): Karlskoga kommun (1883)")
        .contains("Mandatperiod 2019–2022, läget 3 december 2026: 0 av 4 krav uppfyllda. Perioden slutade före "
            + "3 december 2026; läget bedöms per 31 december 2022.")
        .contains("| Krav | Status | Skäl |")
        .contains("| Lägesbild | Saknas | Ingen lägesbild är daterad inom 2019–2022. |")
        .contains("| Åtgärdsplan | Saknas | Åtgärdsplanen ”Åtgärdsplan för Karlskoga och Degerfors” är inte "
            + "beslutad. |")
        .contains("| Samordningsfunktion | Saknas | Det finns ingen samordningsfunktion. |")
        .contains("| Uppföljning av åtgärdsplanen | Saknas | Ingen beslutad åtgärdsplan gäller, så inget följs upp. |")
        .doesNotContain("Uppfyllt").doesNotContain("MISSING");
  }

  @Test
  void theFictionalMunicipalityMeetsEveryRequirementInJson() throws Exception {
    CliRunner r = CliRunner.run("compliance", "--municipality", "1899", "--as-of", "2026-12-03", "--format",
        "json", "--store", both);
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode ledger = new ObjectMapper().readTree(r.out()).get("ledgers").get(0);
    assertThat(ledger.get("municipality").asText()).isEqualTo("1899");
    assertThat(ledger.get("name").asText()).isEqualTo("Exempelby kommun (1899)");
    assertThat(ledger.get("period").asText()).isEqualTo("2023-2026");
    assertThat(ledger.get("allMet").asBoolean()).isTrue();
    assertThat(ledger.get("findings")).hasSize(4).allSatisfy(f -> assertThat(f.get("status").asText())
        .isEqualTo("MET"));
    JsonNode picture = ledger.get("findings").get(0);
    assertThat(picture.get("requirement").asText()).isEqualTo("SITUATION_PICTURE");
    assertThat(picture.get("code").asText()).isEqualTo("situationPicture.current");
    assertThat(picture.get("arguments").get(0).asText()).isEqualTo("2025-10-06");
    assertThat(picture.get("basis").get(0).get("id").asText()).isEqualTo("exempelby-lagesbild-2025");
    assertThat(picture.get("basis").get(0).get("kind").asText()).isEqualTo("SITUATION_PICTURE");
    assertThat(ledger.get("findings").get(3).get("arguments").get(1).asInt()).isEqualTo(4);
  }

  @Test
  void theCountyViewListsEveryMunicipalityOfTheCountyAfterTheOneAskedFor() {
    CliRunner r = CliRunner.run("compliance", "--municipality", "1899", "--county", "18", "--as-of", "2026-12-03",
        "--store", both);
    assertThat(r.exitCode()).as(r.err()).isZero();
    String out = r.out();
    int exempelby = out.indexOf("## Lagkrav (2023:196): Exempelby kommun (1899)");
    int degerfors = out.indexOf("## Lagkrav (2023:196): Degerfors kommun (1862)");
    int karlskoga = out.indexOf("## Lagkrav (2023:196): Karlskoga kommun (1883)");
    assertThat(exempelby).isNotNegative().isLessThan(degerfors);
    assertThat(degerfors).isLessThan(karlskoga);
    assertThat(out.indexOf("(1899)", out.indexOf('\n', exempelby))).as("listed once").isNegative();
    assertThat(out).contains("4 av 4 krav uppfyllda").contains("0 av 4 krav uppfyllda");
    CliRunner county = CliRunner.run("compliance", "--county", "18", "--as-of", "2026-12-03", "--store", both);
    assertThat(county.out()).contains("(1862)").contains("(1883)").contains("(1899)");
  }

  @Test
  void htmlInEnglishToAFileAndTheDefaultDayIsTheClocks() throws Exception {
    Path file = dir.resolve("compliance.html");
    CliRunner r = CliRunner.run("compliance", "--municipality", "1899", "--format", "html", "--lang", "en",
        "--output", file.toString(), "--store", both);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<h1>Requirements of the law on municipalities’ responsibility for crime prevention (2023:196)"
            .replace("’", "&#39;"))
        .contains("Mandate period 2023–2026, as of November 25, 2026: 4 of 4 requirements met.")
        .contains("<tr class=\"MET\"><th scope=\"row\">Situation picture</th><td>Met</td>")
        .contains("The action plan “Åtgärdsplan 2024–2027”, decided on May 27, 2024, is in force")
        .doesNotContain("<script");
  }

  @Test
  void theReadmeQuotesWhatTheCommandPrints() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    for (String command : new String[] {"compliance --municipality 1899 --as-of 2026-12-03 --lang en",
        "compliance --municipality 1883 --period 2019-2022 --as-of 2026-12-03"}) {
      String prompt = "$ java -jar lokbra.jar " + command + "\n";
      int start = readme.indexOf(prompt);
      assertThat(start).as("the README shows %s", command).isNotNegative();
      start += prompt.length();
      int nextPrompt = readme.indexOf("\n$ ", start);
      int blockEnd = readme.indexOf("```", start);
      int end = nextPrompt >= 0 && nextPrompt < blockEnd ? nextPrompt + 1 : blockEnd;
      List<String> args = new ArrayList<>(List.of(command.split(" ")));
      args.addAll(List.of("--store", both));
      assertThat(readme.substring(start, end)).isEqualTo(CliRunner.run(args.toArray(String[]::new)).out());
    }
  }

  @Test
  void badInputIsRefusedWithExitCodeTwoAndOneSentence() {
    assertRefused(new String[] {"compliance", "--store", both}, "--municipality");
    assertRefused(new String[] {"compliance", "--municipality", "99", "--store", both}, "municipalityCode");
    assertRefused(new String[] {"compliance", "--municipality", "0200", "--store", both}, "county code");
    assertRefused(new String[] {"compliance", "--municipality", "1883", "--period", "2023-2027", "--store", both},
        "mandatePeriod");
    assertRefused(new String[] {"compliance", "--municipality", "1883", "--period", "2024-2027", "--store", both},
        "mandatePeriod");
    assertRefused(new String[] {"compliance", "--municipality", "1883", "--as-of", "2026-13-01", "--store", both},
        "asOf");
    assertRefused(new String[] {"compliance", "--county", "99", "--store", both}, "county");
    assertRefused(new String[] {"compliance", "--municipality", "1883", "--format", "pdf", "--store", both},
        "--format");
    assertRefused(new String[] {"compliance", "--municipality", "1883", "--store", "json:" + dir.resolve("none")},
        "none");
    assertThat(Files.exists(dir.resolve("none"))).as("a read-only command creates no store").isFalse();
  }

  private static void assertRefused(String[] args, String mentions) {
    CliRunner r = CliRunner.run(args);
    assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("lokbra: ").contains(mentions).endsWith(".\n").hasLineCount(1);
  }
}
