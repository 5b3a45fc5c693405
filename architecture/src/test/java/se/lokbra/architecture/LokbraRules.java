package se.lokbra.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Which module may use which. Modules are told apart by package: {@code se.lokbra.core} (lokbra-core),
 * {@code se.lokbra.storage.json}, {@code se.lokbra.storage.jdbc} (the backends), {@code se.lokbra.tck},
 * {@code se.lokbra.interop}, {@code se.lokbra.examples}, {@code se.lokbra.benchmarks}, {@code se.lokbra.spring}.
 * Each rule is proven able to fail by {@link RulesCanFailTest}.
 */
final class LokbraRules {
  /** What a store is made of: the backends' packages and the libraries they are built on. */
  private static final String[] STORAGE = {
    "se.lokbra.storage..", "com.fasterxml.jackson..", "org.jdbi..", "java.sql..", "javax.sql..", "org.flywaydb..",
    "com.zaxxer.hikari..", "org.sqlite..", "org.postgresql..",
  };

  /** The domain core knows no backend, no exporter, no test kit, and no JSON or SQL library. */
  static final ArchRule CORE_IMPORTS_NO_BACKEND = noClasses().that().resideInAPackage("se.lokbra.core..")
      .should().dependOnClassesThat().resideInAnyPackage(STORAGE)
      .orShould().dependOnClassesThat().resideInAnyPackage("se.lokbra.interop..", "se.lokbra.tck..",
          "se.lokbra.examples..", "se.lokbra.benchmarks..", "se.lokbra.spring..")
      .because("lokbra-core depends on Guava and ICU4J only; backends plug in through se.lokbra.core.spi");

  /** No backend uses another: each is a StoreProvider of its own over core. */
  static final ArchRule BACKENDS_IMPORT_NO_OTHER_BACKEND = slices().matching("se.lokbra.storage.(*)..")
      .namingSlices("backend $1").should().notDependOnEachOther()
      .because("a backend is found by its URI scheme, never through another backend");

  /** The contract suite talks to a store through core's API only, so every backend runs it unchanged. */
  static final ArchRule TCK_NAMES_NO_BACKEND = noClasses().that().resideInAPackage("se.lokbra.tck..")
      .should().dependOnClassesThat().resideInAnyPackage(STORAGE)
      .because("the contract suite is what every backend must do, so it may not know any of them");

  /**
   * An {@code internal} package is used from its own module only ({@code se.lokbra.core.internal} from
   * {@code se.lokbra.core..}, and so on): backends reach core through {@code se.lokbra.core.spi}.
   */
  static final ArchRule INTERNAL_STAYS_IN_ITS_MODULE = classes().that().resideInAPackage("se.lokbra..internal..")
      .should(new ArchCondition<JavaClass>("be used from their own module only") {
        @Override
        public void check(JavaClass item, ConditionEvents events) {
          String module = moduleOf(item.getPackageName());
          for (Dependency dependency : item.getDirectDependenciesToSelf()) {
            String origin = dependency.getOriginClass().getPackageName();
            if (!origin.equals(module) && !origin.startsWith(module + ".")) {
              events.add(SimpleConditionEvent.violated(dependency,
                  dependency.getDescription() + ": " + module + ".internal is not API"));
            }
          }
        }
      });

  /** The exporters, the tool, the benchmarks and the Spring starter use lokbra's public API only, no store SPI. */
  static final ArchRule USERS_USE_PUBLIC_API_ONLY = noClasses()
      .that().resideInAnyPackage("se.lokbra.interop..", "se.lokbra.examples..", "se.lokbra.benchmarks..",
          "se.lokbra.spring..")
      .should().dependOnClassesThat().resideInAnyPackage("se.lokbra.core.spi..", "se.lokbra.core.internal..",
          "se.lokbra.storage.json.internal..", "se.lokbra.storage.jdbc.internal..")
      .because("they show what an application can do with the published API");

  private LokbraRules() {}

  /** {@code se.lokbra.storage.jdbc.internal.sql} is in the module {@code se.lokbra.storage.jdbc}. */
  static String moduleOf(String internalPackage) {
    int at = internalPackage.indexOf(".internal");
    return at < 0 ? internalPackage : internalPackage.substring(0, at);
  }
}
