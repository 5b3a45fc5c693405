package se.lokbra.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of {@link LokbraRules} over the main classes of every module (test classes are left out). */
@AnalyzeClasses(packages = "se.lokbra", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule coreImportsNoBackend = LokbraRules.CORE_IMPORTS_NO_BACKEND;

  @ArchTest
  static final ArchRule backendsImportNoOtherBackend = LokbraRules.BACKENDS_IMPORT_NO_OTHER_BACKEND;

  @ArchTest
  static final ArchRule tckNamesNoBackend = LokbraRules.TCK_NAMES_NO_BACKEND;

  @ArchTest
  static final ArchRule internalStaysInItsModule = LokbraRules.INTERNAL_STAYS_IN_ITS_MODULE;

  @ArchTest
  static final ArchRule usersUsePublicApiOnly = LokbraRules.USERS_USE_PUBLIC_API_ONLY;

  /** The rules above see every module's classes (and none of the deliberately broken test classes). */
  @ArchTest
  static void everyModuleIsAnalysed(JavaClasses classes) {
    assertThat(classes.stream().map(JavaClass::getPackageName).map(p -> p.split("\\.")).filter(p -> p.length > 2)
        .map(p -> p[2].equals("storage") && p.length > 3 ? p[2] + "." + p[3] : p[2]).distinct())
        .contains("core", "tck", "storage.json", "storage.jdbc", "interop", "examples", "benchmarks", "spring")
        .doesNotContain("architecture");
    assertThat(classes.stream().map(JavaClass::getPackageName)).noneMatch(p -> p.contains("archfixture"));
  }
}
