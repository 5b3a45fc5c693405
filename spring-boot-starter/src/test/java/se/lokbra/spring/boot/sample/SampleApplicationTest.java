package se.lokbra.spring.boot.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import se.lokbra.storage.jdbc.TestDatabases;

/** The sample application's {@code main}, run twice on one SQLite file: the second run finds the first's data. */
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTest {
  @Test
  void runsAndRunsAgainOnTheSameDatabase(CapturedOutput output) {
    String[] args = {"--spring.datasource.url=jdbc:sqlite:" + TestDatabases.newSqliteFile(),
        "--spring.datasource.hikari.data-source-properties.foreign_keys=true", "--spring.main.banner-mode=off"};
    SampleApplication.main(args);
    SampleApplication.main(args);
    Matcher m = Pattern.compile("1 councils in lokbra, 1 registrations in the application's table")
        .matcher(output.getOut());
    int runs = 0;
    while (m.find()) {
      runs++;
    }
    assertThat(runs).isEqualTo(2);
  }
}
