package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.model.ContactDetails;
import se.lokbra.core.model.Aggregate;

/**
 * The "rich" fixtures of {@link Fixtures} set every field of their aggregate, judged by the aggregate's description
 * ({@link Populated}): a field added to an aggregate without fixture data fails here, instead of leaving
 * {@code everyFieldRoundTrips} blind to a backend that drops it.
 */
class RichFixturesTest {
  /** The fixtures need a store only for their {@code saved…} methods, which these tests do not call. */
  private static final LokbraStore STORE = LokbraStores.open("memory:rich-fixtures");

  @AfterAll
  static void closeStore() {
    STORE.close();
  }

  static Stream<Method> richFixtures() {
    return Arrays.stream(Fixtures.class.getMethods())
        .filter(m -> m.getName().startsWith("rich") && !Modifier.isStatic(m.getModifiers()))
        .sorted(java.util.Comparator.comparing(Method::getName));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("richFixtures")
  void setsEveryFieldOfItsAggregate(Method fixture) throws Exception {
    Aggregate<?, ?> entity = call(fixture);
    assertThat(Populated.unsetFields(entity))
        .as("fields of %s that Fixtures.%s leaves unset or at their default", entity.aggregateKind().singular(),
            fixture.getName())
        .isEmpty();
  }

  @Test
  void everyKindOfAggregateHasARichFixture() {
    List<AggregateKind> covered = new ArrayList<>();
    for (Method fixture : richFixtures().toList()) {
      covered.add(AggregateKind.of(fixture.getReturnType()));
    }
    assertThat(covered).containsExactlyInAnyOrder(AggregateKind.values());
  }

  @Test
  void theCheckSeesAnUnsetFieldInsideACompositeAndAnEmptyCollection() {
    Fixtures fixtures = new Fixtures(STORE);
    var person = fixtures.richPerson(se.lokbra.core.organisation.OrganisationId.of("org"));
    var contact = person.contact();
    var withoutWebsite = person.toBuilder().contact(new ContactDetails(contact.email(), contact.phone(),
        contact.address(), java.util.Optional.empty())).identifiers(List.of()).build();
    assertThat(Populated.unsetFields(withoutWebsite)).containsExactly("identifiers", "contact.website");
    var measure = fixtures.measure(se.lokbra.core.council.CouncilId.of("c"));
    assertThat(Populated.unsetFields(measure)).contains("description (the default \"\")", "targets", "actionPlan",
        "status (the default PLANNED)");
  }

  /** Calls a rich fixture with an id of the right kind for each parameter (nothing is saved). */
  private static Aggregate<?, ?> call(Method fixture) throws Exception {
    Object[] arguments = new Object[fixture.getParameterCount()];
    Class<?>[] types = fixture.getParameterTypes();
    for (int i = 0; i < arguments.length; i++) {
      Class<?> idType = types[i];
      AggregateKind kind = Arrays.stream(AggregateKind.values())
          .filter(k -> k.descriptor().idType().javaType() == idType).findFirst()
          .orElseThrow(() -> new AssertionError(fixture + " takes a " + idType.getSimpleName() + ", not an id"));
      arguments[i] = kind.id("ref-" + i);
    }
    return (Aggregate<?, ?>) fixture.invoke(new Fixtures(STORE), arguments);
  }
}
