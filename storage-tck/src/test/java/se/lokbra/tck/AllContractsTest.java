package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link AllContracts}, the one class a backend subclasses, holds every contract of the TCK: each class of this
 * package that a backend could run (a {@link ContractSupport} whose only open method is {@code openStore}) is the
 * superclass of exactly one of its {@link Nested} classes. A new contract left out of AllContracts fails here.
 */
class AllContractsTest {

  @Test
  void everyContractOfThePackageIsANestedClassOfAllContracts() throws IOException {
    List<Class<?>> contracts = ClassPath.from(AllContractsTest.class.getClassLoader())
        .getTopLevelClasses(AllContracts.class.getPackageName()).stream().map(ClassPath.ClassInfo::load)
        .filter(c -> ContractSupport.class.isAssignableFrom(c) && c != ContractSupport.class)
        .filter(AllContractsTest::onlyTheStoreIsLeftOpen).toList();
    assertThat(contracts).as("the contracts found").contains(StoreContract.class, MeasureRepositoryContract.class)
        .hasSizeGreaterThanOrEqualTo(14);

    List<Class<?>> nested = Arrays.stream(AllContracts.class.getDeclaredClasses())
        .filter(c -> c.isAnnotationPresent(Nested.class)).toList();
    List<Class<?>> run = nested.stream().<Class<?>>map(Class::getSuperclass).toList();
    assertThat(run).as("the contracts AllContracts runs").containsExactlyInAnyOrderElementsOf(contracts);
    assertThat(nested).allSatisfy(c -> {
      assertThat(Modifier.isStatic(c.getModifiers())).as("%s is an inner class", c).isFalse();
      assertThat(Modifier.isAbstract(c.getModifiers())).as("%s is concrete", c).isFalse();
      assertThat(onlyTheStoreIsLeftOpen(c.getSuperclass())).isTrue();
    });
    assertThat(Arrays.stream(AllContracts.class.getDeclaredClasses())
        .filter(ContractSupport.class::isAssignableFrom)).as("every contract member class is @Nested")
        .containsExactlyInAnyOrderElementsOf(nested);
  }

  @Test
  void theCheckTellsAContractFromItsGenericBase() {
    assertThat(onlyTheStoreIsLeftOpen(MeasureRepositoryContract.class)).isTrue();
    assertThat(onlyTheStoreIsLeftOpen(StressContract.class)).isTrue();
    assertThat(onlyTheStoreIsLeftOpen(RepositoryContract.class)).as("needs repository, newEntity, ...").isFalse();
    assertThat(onlyTheStoreIsLeftOpen(ContractSupport.class)).isTrue();
  }

  /**
   * True if {@code type}'s abstract methods (declared or inherited, not implemented) are openStore and at most the
   * others that {@link AllContracts} asks a backend for (absentStoreUri).
   */
  private static boolean onlyTheStoreIsLeftOpen(Class<?> type) {
    Set<String> open = open(type);
    return open.contains(OPEN_STORE) && open(AllContracts.class).containsAll(open);
  }

  private static final String OPEN_STORE = "openStore[class se.lokbra.core.StoreOptions]";

  private static Set<String> open(Class<?> type) {
    Set<String> implemented = new HashSet<>();
    Set<String> open = new HashSet<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        String signature = m.getName() + Arrays.toString(m.getParameterTypes());
        if (!Modifier.isAbstract(m.getModifiers())) {
          implemented.add(signature);
        } else if (!implemented.contains(signature)) {
          open.add(signature);
        }
      }
    }
    return open;
  }
}
