package se.lokbra.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import se.lokbra.core.archfixture.CoreUsingGuava;
import se.lokbra.core.archfixture.CoreUsingStorage;
import se.lokbra.core.internal.Checks;
import se.lokbra.examples.archfixture.ExampleUsingInternals;
import se.lokbra.storage.jdbc.JdbcStores;
import se.lokbra.storage.jdbc.archfixture.JdbcUsingItsInternals;
import se.lokbra.storage.jdbc.internal.Stores;
import se.lokbra.storage.json.JsonStore;
import se.lokbra.storage.json.archfixture.JsonUsingJdbc;
import se.lokbra.tck.archfixture.TckNamingSqlite;

/**
 * Each rule of {@link LokbraRules} run against a few classes of these test sources that break it on purpose (they
 * sit in the packages of core, the backends, the TCK and the examples), and against classes that keep it.
 */
class RulesCanFailTest {
  private static final JavaClasses KEEPING = new ClassFileImporter().importClasses(CoreUsingGuava.class,
      JdbcUsingItsInternals.class, Stores.class, JdbcStores.class, JsonStore.class);

  @Test
  void coreUsingJdbcOrABackendFails() {
    assertViolations(LokbraRules.CORE_IMPORTS_NO_BACKEND, classes(CoreUsingStorage.class),
        "java.sql.ResultSetMetaData", "se.lokbra.storage.json.JsonStore");
  }

  @Test
  void aBackendUsingAnotherFails() {
    assertViolations(LokbraRules.BACKENDS_IMPORT_NO_OTHER_BACKEND, classes(JsonUsingJdbc.class, JdbcStores.class),
        "backend json", "backend jdbc", "JsonUsingJdbc", "JdbcStores.sqliteDataSource");
  }

  @Test
  void theTckNamingABackendFails() {
    assertViolations(LokbraRules.TCK_NAMES_NO_BACKEND, classes(TckNamingSqlite.class),
        "se.lokbra.storage.jdbc.JdbcStores", "java.sql.Connection");
  }

  @Test
  void internalsUsedFromAnotherModuleFail() {
    assertViolations(LokbraRules.INTERNAL_STAYS_IN_ITS_MODULE,
        classes(ExampleUsingInternals.class, Checks.class, Stores.class),
        "se.lokbra.core.internal is not API", "se.lokbra.storage.jdbc.internal is not API", "ExampleUsingInternals");
  }

  @Test
  void anExampleUsingTheSpiOrInternalsFails() {
    assertViolations(LokbraRules.USERS_USE_PUBLIC_API_ONLY, classes(ExampleUsingInternals.class),
        "se.lokbra.core.spi.Arguments", "se.lokbra.core.internal.Checks", "se.lokbra.storage.jdbc.internal.Stores");
  }

  @Test
  void classesThatKeepTheRulesPass() {
    for (ArchRule rule : new ArchRule[] {LokbraRules.CORE_IMPORTS_NO_BACKEND,
        LokbraRules.BACKENDS_IMPORT_NO_OTHER_BACKEND, LokbraRules.INTERNAL_STAYS_IN_ITS_MODULE}) {
      EvaluationResult result = rule.evaluate(KEEPING);
      assertThat(result.hasViolation()).as("%s%n%s", rule.getDescription(), result.getFailureReport()).isFalse();
    }
  }

  @Test
  void theModuleOfAnInternalPackageIsWhatPrecedesInternal() {
    assertThat(LokbraRules.moduleOf("se.lokbra.storage.jdbc.internal")).isEqualTo("se.lokbra.storage.jdbc");
    assertThat(LokbraRules.moduleOf("se.lokbra.core.internal.sub")).isEqualTo("se.lokbra.core");
  }

  private static JavaClasses classes(Class<?>... classes) {
    return new ClassFileImporter().importClasses(classes);
  }

  private static void assertViolations(ArchRule rule, JavaClasses classes, String... named) {
    EvaluationResult result = rule.evaluate(classes);
    assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
    assertThat(result.getFailureReport().toString()).contains(named);
  }
}
