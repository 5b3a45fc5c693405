package se.lokbra.tck;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.StoreOptions;

/**
 * The whole contract suite in one class: a backend wires every contract by subclassing this once and implementing
 * {@link #openStore}; each contract runs as a {@link Nested} class of the backend's test ({@code
 * JsonContractsTest > Measures > everyFieldRoundTrips}). A contract added to the TCK is added here, and
 * {@code AllContractsTest} fails if one is missing, so no backend can forget it. Reopening a persistent store goes
 * through {@link se.lokbra.core.LokbraStores#open} with the store's URI, as in {@link ContractSupport}.
 *
 * <p>JUnit names each contract after the backend ({@link BackendNames}): {@code Sqlite Measures}, not the
 * {@code AllContracts$Measures} that every backend shares. Maven Surefire ignores display names of nested classes
 * (SUREFIRE-1736) and names their tests by the backend's class in some lines and by {@code AllContracts$Measures}
 * in others, so a failed assertion also names the backend in its message ({@link BackendInFailures}):
 * {@code [Sqlite] [fields of measure full-measure-0 read back differently] ...}.
 */
@DisplayNameGeneration(AllContracts.BackendNames.class)
@ExtendWith(AllContracts.BackendInFailures.class)
public abstract class AllContracts {

  /**
   * Names a contract's nested class after the backend's test class: {@code JsonContractsTest} and
   * {@code Measures} give {@code Json Measures}.
   */
  public static final class BackendNames extends DisplayNameGenerator.Standard {
    @Override
    public String generateDisplayNameForNestedClass(List<Class<?>> enclosingInstanceTypes, Class<?> nestedClass) {
      if (enclosingInstanceTypes.isEmpty()) {
        return super.generateDisplayNameForNestedClass(enclosingInstanceTypes, nestedClass);
      }
      String backend = enclosingInstanceTypes.get(enclosingInstanceTypes.size() - 1).getSimpleName()
          .replaceFirst("ContractsTest$", "");
      return backend + " " + nestedClass.getSimpleName();
    }
  }

  /** Puts the backend's name in front of the message of a failed assertion; other exceptions pass unchanged. */
  public static final class BackendInFailures implements TestExecutionExceptionHandler {
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
      if (!(failure instanceof AssertionError)) {
        throw failure;
      }
      String backend = context.getRequiredTestInstances().getAllInstances().get(0).getClass().getSimpleName()
          .replaceFirst("ContractsTest$", "");
      AssertionError named = new AssertionError("[" + backend + "] " + failure.getMessage(), failure);
      named.setStackTrace(failure.getStackTrace());
      throw named;
    }
  }

  /**
   * Opens a new, empty store of the backend under test with these options (they carry the test clock). Each call
   * must give a store that shares nothing with stores given earlier.
   */
  protected abstract LokbraStore openStore(StoreOptions options);

  /**
   * The URI of a store of this backend that does not exist (and that opening with {@code createIfMissing} false
   * must refuse); see {@link StoreContract#absentStoreUri}.
   */
  protected abstract java.net.URI absentStoreUri();

  /** {@link OrganisationRepositoryContract} on this backend. */
  @Nested
  public class Organisations extends OrganisationRepositoryContract {
    @Override
    protected LokbraStore openStore(StoreOptions options) {
      return AllContracts.this.openStore(options);
    }
  }

  /** {@link PersonRepositoryContract} on this backend. */
  @Nested
  public class People extends PersonRepositoryContract {
    @Override
    protected LokbraStore openStore(StoreOptions options) {
      return AllContracts.this.openStore(options);
    }
  }

  /** {@link CouncilRepositoryContract} on this backend. */
  @Nested
  public class Councils extends CouncilRepositoryContract {
    @Override
    protected LokbraStore openStore(StoreOptions options) {
      return AllContracts.this.openStore(options);
    }
  }

  /** {@link MeasureRepositoryContract} on this backend. */
  @Nested
  public class Measures extends MeasureRepositoryContract {
    @Override
    protected LokbraStore openStore(StoreOptions options) {
      return AllContracts.this.openStore(options);
    }
  }

  /** {@link MeetingRepositoryContract} on this backend. */
  @Nested
  public class Meetings extends MeetingRepositoryContract {
    @Override
    protected LokbraStore openStore(StoreOptions options) {
      return AllContracts.this.openStore(options);
    }
  }

  /** {@link ConferenceRepositoryContract} on this backend. */
  @Nested
  public class Conferences extends ConferenceRepositoryContract {
    @Override
    protected LokbraStore openStore(StoreOptions options) {
      return AllContracts.this.openStore(options);
    }
  }

  /** {@link SituationPictureRepositoryContract} on this backend. */
  @Nested
  public class SituationPictures extends SituationPictureRepositoryContract {
    @Override
    protected LokbraStore openStore(StoreOptions options) {
      return AllContracts.this.openStore(options);
    }
  }

  /** {@link ProblemRepositoryContract} on this backend. */
  @Nested
  public class Problems extends ProblemRepositoryContract {
    @Override
    protected LokbraStore openStore(StoreOptions options) {
      return AllContracts.this.openStore(options);
    }
  }

  /** {@link IndicatorRepositoryContract} on this backend. */
  @Nested
  public class Indicators extends IndicatorRepositoryContract {
    @Override
    protected LokbraStore openStore(StoreOptions options) {
      return AllContracts.this.openStore(options);
    }
  }

  /** {@link CooperationAgreementRepositoryContract} on this backend. */
  @Nested
  public class CooperationAgreements extends CooperationAgreementRepositoryContract {
    @Override
    protected LokbraStore openStore(StoreOptions options) {
      return AllContracts.this.openStore(options);
    }
  }

  /** {@link ActionPlanRepositoryContract} on this backend. */
  @Nested
  public class ActionPlans extends ActionPlanRepositoryContract {
    @Override
    protected LokbraStore openStore(StoreOptions options) {
      return AllContracts.this.openStore(options);
    }
  }

  /** {@link SwedishSortingContract} on this backend. */
  @Nested
  public class SwedishSorting extends SwedishSortingContract {
    @Override
    protected LokbraStore openStore(StoreOptions options) {
      return AllContracts.this.openStore(options);
    }
  }

  /** {@link CoordinationFunctionRepositoryContract} on this backend. */
  @Nested
  public class CoordinationFunctions extends CoordinationFunctionRepositoryContract {
    @Override
    protected LokbraStore openStore(StoreOptions options) {
      return AllContracts.this.openStore(options);
    }
  }

  /** {@link ComplianceContract} on this backend. */
  @Nested
  public class ComplianceLedger extends ComplianceContract {
    @Override
    protected LokbraStore openStore(StoreOptions options) {
      return AllContracts.this.openStore(options);
    }
  }

  /** {@link FindByContract} on this backend. */
  @Nested
  public class FindBy extends FindByContract {
    @Override
    protected LokbraStore openStore(StoreOptions options) {
      return AllContracts.this.openStore(options);
    }
  }

  /** {@link StoreContract} on this backend. */
  @Nested
  public class Store extends StoreContract {
    @Override
    protected LokbraStore openStore(StoreOptions options) {
      return AllContracts.this.openStore(options);
    }

    @Override
    protected java.net.URI absentStoreUri() {
      return AllContracts.this.absentStoreUri();
    }
  }

  /** {@link CheckContract} on this backend. */
  @Nested
  public class Check extends CheckContract {
    @Override
    protected LokbraStore openStore(StoreOptions options) {
      return AllContracts.this.openStore(options);
    }
  }

  /** {@link ResourceContract} on this backend. */
  @Nested
  public class Resources extends ResourceContract {
    @Override
    protected LokbraStore openStore(StoreOptions options) {
      return AllContracts.this.openStore(options);
    }
  }

  /** {@link StressContract} on this backend. */
  @Nested
  public class Stress extends StressContract {
    @Override
    protected LokbraStore openStore(StoreOptions options) {
      return AllContracts.this.openStore(options);
    }
  }
}
