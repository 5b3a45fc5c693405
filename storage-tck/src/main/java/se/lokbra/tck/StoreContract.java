package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import se.lokbra.core.DataSet;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.Repositories;
import se.lokbra.core.StorageException;
import se.lokbra.core.StoreNotFoundException;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.agreement.CooperationAgreement;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.DateLimits;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.StoreCapability;
import se.lokbra.core.ValidationException;
import se.lokbra.core.VersionConflictException;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.council.Membership;
import se.lokbra.core.council.Role;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Revision;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.person.Person;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.sample.KarlskogaDegerfors;

/**
 * What a store must do beyond single repositories: transactions across repositories, references across
 * aggregates, snapshot and restore (how stores are copied), the sample data set, concurrent transactions, the
 * clock, and persistence of everything across a reopen.
 */
public abstract class StoreContract extends ContractSupport {

  /**
   * A URI of this backend at which no store exists yet (a new file, directory or empty PostgreSQL schema); for
   * {@code memory:}, any memory URI.
   */
  protected abstract URI absentStoreUri();

  /** A small but complete data set: every aggregate with every field, and a tombstone. */
  protected DataSet fillWithRichData() {
    Organisation org = store.organisations().save(fixtures.richOrganisation(fixtures.savedOrganisation().id()));
    Person person = store.people().save(fixtures.richPerson(org.id()));
    Council council = store.councils().save(fixtures.richCouncil(org.id(), person.id()));
    Meeting plainMeeting = fixtures.savedMeeting(council.id());
    var picture = store.situationPictures().save(fixtures.richSituationPicture(council.id(), org.id()));
    var problem = store.problems().save(fixtures.richProblem(picture.id()));
    var plan = store.actionPlans().save(fixtures.richActionPlan(council.id(), picture.id()));
    Measure measure = store.measures().save(fixtures.richMeasure(council.id(), org.id(), plainMeeting.id(),
        problem.id(), plan.id()));
    store.meetings().save(fixtures.richMeeting(council.id(), measure.id(), person.id()));
    store.conferences().save(fixtures.richConference(council.id(), org.id(), person.id()));
    var indicator = store.indicators().save(fixtures.richIndicator(problem.id()));
    Organisation police = fixtures.savedOrganisation();
    store.cooperationAgreements().save(fixtures.richAgreement(org.id(), police.id(), person.id(), problem.id(),
        indicator.id()));
    store.repository(se.lokbra.core.coordination.CoordinationFunctionRepository.class)
        .save(fixtures.richCoordinationFunction(org.id(), person.id()));
    tick();
    Organisation doomed = fixtures.savedOrganisation();
    tick();
    store.organisations().deleteById(doomed.id());
    return store.snapshot();
  }

  // ------------------------------------------------------------ the generated full set

  /**
   * The whole {@link FullInstances generated} set (every kind, every field set, references across all kinds and in
   * cycles) saves in one transaction and reads back equal through a snapshot, also after a reopen.
   */
  @Test
  public void theWholeGeneratedSetSavesAndReadsBackEqual() {
    FullInstances full = FullInstances.generate();
    ImmutableMap<se.lokbra.core.model.EntityId, se.lokbra.core.model.Aggregate<?, ?>> saved =
        store.inTransaction(full::saveInto);
    assertThat(saved).hasSize(full.all().size());
    assertSnapshotHolds(saved, "after saving");
    if (persistent()) {
      reopen();
      assertSnapshotHolds(saved, "after a reopen");
    }
  }

  /** The whole generated set, snapshot from one store, restores into a fresh one and reads back equal. */
  @Test
  public void theWholeGeneratedSetRestoresIntoAnotherStoreEqual() {
    store.inTransaction(FullInstances.generate()::saveInto);
    DataSet original = store.snapshot();
    try (LokbraStore copy = openStore(options())) {
      copy.restore(original);
      assertThat(copy.snapshot()).isEqualTo(original);
    }
  }

  private void assertSnapshotHolds(
      ImmutableMap<se.lokbra.core.model.EntityId, se.lokbra.core.model.Aggregate<?, ?>> saved, String when) {
    DataSet snapshot = store.snapshot();
    assertThat(snapshot.size()).isEqualTo(saved.size());
    snapshot.entities().forEach(read -> {
      var stored = saved.get(read.id());
      assertThat(stored).as("%s %s is in the snapshot %s", read.aggregateKind(), read.id(), when).isNotNull();
      assertThat(FullInstances.differingFields(stored, read))
          .as("fields of %s %s that differ %s", read.aggregateKind(), read.id(), when).isEmpty();
      assertThat(read).isEqualTo(stored);
    });
  }

  // ------------------------------------------------------------ transactions

  @Test
  public void aTransactionCommitsAcrossRepositories() {
    Council council = store.inTransaction(tx -> {
      Organisation org = tx.organisations().save(fixtures.organisation());
      Person person = tx.people().save(fixtures.person().toBuilder().affiliation(org.id()).build());
      Council c = tx.councils().save(fixtures.council().withMembership(Membership.ofPerson(person.id(),
          Optional.of(org.id()), Role.CHAIR, LocalDate.of(2019, 1, 1), Optional.empty())));
      tx.measures().save(fixtures.measure(c.id()));
      assertThat(tx.measures().findByCouncil(c.id(), PageRequest.first(10)).totalElements())
          .as("a transaction sees its own writes").isEqualTo(1);
      return c;
    });
    assertThat(store.councils().findById(council.id())).contains(council);
    assertThat(store.organisations().count()).isEqualTo(1);
    assertThat(store.people().count()).isEqualTo(1);
    assertThat(store.measures().count()).isEqualTo(1);
  }

  @Test
  public void anExceptionRollsBackEveryRepository() {
    Organisation existing = fixtures.savedOrganisation();
    DataSet before = store.snapshot();
    RuntimeException boom = new IllegalStateException("boom");
    Throwable thrown = catchThrowable(() -> store.useTransaction(tx -> {
      Organisation org = tx.organisations().save(fixtures.organisation());
      tx.people().save(fixtures.person().toBuilder().affiliation(org.id()).build());
      tx.organisations().save(existing.toBuilder().name("Changed in a failed transaction").build());
      Council c = tx.councils().save(fixtures.council());
      tx.measures().save(fixtures.measure(c.id()));
      tx.organisations().deleteById(org.id() == null ? existing.id() : existing.id());
      throw boom;
    }));
    assertThat(thrown).isSameAs(boom);
    assertThat(store.snapshot()).isEqualTo(before);
  }

  @Test
  public void aFailedWriteInsideATransactionRollsBackEarlierWrites() {
    DataSet before = store.snapshot();
    assertThatThrownBy(() -> store.useTransaction(tx -> {
      Council c = tx.councils().save(fixtures.council());
      tx.measures().save(fixtures.measure(c.id()));
      tx.measures().save(fixtures.measure(CouncilId.of("no-such-council")));
    })).isInstanceOf(ReferentialIntegrityException.class);
    assertThat(store.snapshot()).isEqualTo(before);
    assertThat(store.councils().count()).isZero();
  }

  @Test
  public void aNestedTransactionJoinsTheOuterOne() {
    assertThatThrownBy(() -> store.useTransaction(outer -> {
      outer.organisations().save(fixtures.organisation());
      outer.toString();
      store.useTransaction(inner -> inner.organisations().save(fixtures.organisation()));
      throw new IllegalStateException("undo both");
    })).isInstanceOf(IllegalStateException.class);
    int saved = store.inTransaction(tx -> {
      tx.organisations().save(fixtures.organisation());
      return 1;
    });
    assertThat(saved).isEqualTo(1);
    assertThat(store.organisations().count()).isEqualTo(1);
  }

  @Test
  public void eightThreadsRunningTransactionsAtOnceLoseNothing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 5; i++) {
            store.useTransaction(tx -> {
              Organisation org = tx.organisations().save(fixtures.organisation());
              tx.people().save(fixtures.person().toBuilder().affiliation(org.id()).build());
            });
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.organisations().count()).isEqualTo(40);
    assertThat(store.people().count()).isEqualTo(40);
    DataSet all = store.snapshot();
    assertThat(all.people()).allSatisfy(p -> assertThat(store.organisations().existsById(p.affiliation().get()))
        .isTrue());
  }

  // ------------------------------------------------------------ references across aggregates

  @Test
  public void aDeleteRefusedForReferencesNamesEveryReferrer() {
    Organisation org = fixtures.savedOrganisation();
    Person person = store.people().save(fixtures.person().toBuilder().affiliation(org.id()).build());
    Council council = store.councils().save(fixtures.council().withMembership(Membership.ofOrganisation(org.id(),
        Role.MEMBER, LocalDate.of(2019, 1, 1), Optional.empty())));
    Measure measure = store.measures().save(fixtures.measure(council.id()).toBuilder()
        .responsibleOrganisations(org.id()).build());
    Conference conference = store.conferences().save(fixtures.conference(LocalDate.of(2019, 5, 14)).toBuilder()
        .organisingOrganisations(List.of(org.id())).build());
    DataSet before = store.snapshot();

    ReferentialIntegrityException e = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.organisations().deleteById(org.id()));
    assertThat(e.onDelete()).isTrue();
    assertThat(e.references()).extracting(r -> r.source().orElseThrow().value() + "." + r.field())
        .containsExactlyInAnyOrder(person.id().value() + ".affiliation",
            council.id().value() + ".memberships[0].organisation",
            measure.id().value() + ".responsibleOrganisations[0]",
            conference.id().value() + ".organisingOrganisations[0]");
    assertThat(e.references()).extracting(Reference::target).containsOnly(org.id());
    assertThat(e).hasMessageContaining(person.id().value()).hasMessageContaining(conference.id().value());
    assertThat(store.snapshot()).isEqualTo(before);
  }

  @Test
  public void aStaleDeleteOrInvalidWriteLeavesTheStoreExactlyAsBefore() {
    DataSet before = fillWithRichData();
    Measure measure = before.measures().get(0);
    assertThatThrownBy(() -> store.measures().save(measure.withRevision(Revision.NEW)))
        .isInstanceOf(VersionConflictException.class);
    assertThatThrownBy(() -> store.measures().save(measure.withStatus(MeasureStatus.FOLLOWED_UP).toBuilder()
        .council(CouncilId.of("missing")).build())).isInstanceOf(ReferentialIntegrityException.class);
    assertThatThrownBy(() -> store.councils().deleteById(measure.council()))
        .isInstanceOf(ReferentialIntegrityException.class);
    assertThat(store.snapshot()).isEqualTo(before);
  }

  // ------------------------------------------------------------ snapshot and restore

  @Test
  public void aSnapshotRestoredIntoAnEmptyStoreIsTheSameStore() {
    DataSet original = fillWithRichData();
    assertThat(original.tombstones()).hasSize(1);
    for (se.lokbra.core.AggregateKind kind : se.lokbra.core.AggregateKind.values()) {
      assertThat(original.entities(kind)).as("the rich data has every kind: " + kind).isNotEmpty();
    }
    try (LokbraStore copy = openStore(options())) {
      copy.restore(original);
      assertThat(copy.snapshot()).isEqualTo(original);
      copy.restore(original);
      assertThat(copy.snapshot()).as("restoring the same data again changes nothing").isEqualTo(original);
      Measure m = copy.measures().findAll(PageRequest.first(1)).content().get(0);
      assertThat(copy.measures().save(m.toBuilder().title("Next").build()).version()).isEqualTo(m.version() + 1);
    }
  }

  @Test
  public void restoringAClashingEntityIsAConflictAndChangesNothing() {
    DataSet original = fillWithRichData();
    Organisation org = original.organisations().get(0);
    store.organisations().save(org.toBuilder().name("Changed since the snapshot").build());
    DataSet before = store.snapshot();
    assertThatThrownBy(() -> store.restore(original)).isInstanceOf(VersionConflictException.class);
    assertThat(store.snapshot()).isEqualTo(before);
  }

  @Test
  public void restoringDanglingReferencesOrUnsavedEntitiesIsRefusedAndChangesNothing() {
    DataSet original = fillWithRichData();
    DataSet withoutOrganisations = original.toBuilder().clear(AggregateKind.ORGANISATION).build();
    try (LokbraStore copy = openStore(options())) {
      assertThatThrownBy(() -> copy.restore(withoutOrganisations)).isInstanceOf(
          ReferentialIntegrityException.class);
      assertThat(copy.snapshot()).isEqualTo(DataSet.empty());
      DataSet unsaved = DataSet.builder().add(fixtures.organisation()).build();
      assertThatThrownBy(() -> copy.restore(unsaved)).isInstanceOf(ValidationException.class);
      assertThat(copy.snapshot()).isEqualTo(DataSet.empty());
    }
  }

  @Test
  public void restoredTombstonesShowInChangesSinceAndBlockNothing() {
    Tombstone tomb = new Tombstone(se.lokbra.core.organisation.OrganisationId.of("gone"), 4,
        Instant.parse("2019-01-01T00:00:00Z"), Instant.parse("2019-02-01T00:00:00Z"));
    store.restore(DataSet.builder().tombstone(tomb).build());
    assertThat(store.organisations().changesSince(Instant.EPOCH, PageRequest.first(10)).content())
        .singleElement().satisfies(c -> {
          assertThat(c.id().value()).isEqualTo("gone");
          assertThat(c.version()).isEqualTo(4);
          assertThat(c.modified()).isEqualTo(tomb.deleted());
        });
    assertThat(store.snapshot().tombstones()).containsExactly(tomb);
  }

  // ------------------------------------------------------------ sample data and clock

  @Test
  public void theSampleDataSetLoadsOnceAndAnswersQueries() {
    assertThat(KarlskogaDegerfors.loadIfEmpty(store)).isTrue();
    assertThat(KarlskogaDegerfors.loadIfEmpty(store)).isFalse();
    assertThat(store.organisations().count()).isEqualTo(6);
    assertThat(store.people().count()).isEqualTo(3);
    assertThat(store.councils().count()).isEqualTo(1);
    assertThat(store.measures().count()).isEqualTo(4);
    assertThat(store.actionPlans().count()).isEqualTo(1);
    assertThat(store.problems().count()).isEqualTo(1);
    assertThat(store.measures().findByActionPlan(KarlskogaDegerfors.ACTION_PLAN, PageRequest.first(10)).content())
        .extracting(Measure::id).containsExactly(KarlskogaDegerfors.ANDT_STRATEGY);
    assertThat(store.measures().findWithoutProblem(PageRequest.first(10)).totalElements())
        .as("only the safety walks target a problem").isEqualTo(3);
    Council council = store.councils().getById(KarlskogaDegerfors.COUNCIL);
    assertThat(council.chairOn(LocalDate.of(2019, 4, 1))).flatMap(Membership::person)
        .contains(KarlskogaDegerfors.MARTIN_HARSMAR);
    assertThat(store.measures().findByYear(2018, PageRequest.first(10)).totalElements()).isEqualTo(4);
    assertThat(store.measures().findByStatus(MeasureStatus.COMPLETED, PageRequest.first(10)).totalElements())
        .isEqualTo(3);
    assertThat(store.conferences().upcoming(LocalDate.of(2019, 4, 1), PageRequest.first(10)).content())
        .extracting(Conference::title).containsExactly("Tillsammans mot brott");
    assertThat(store.organisations().findByOrganisationNumber(
        se.lokbra.core.model.OrganisationNumber.parse("212000-1991"))).isPresent();
  }

  @Test
  public void timestampsComeFromTheClockInMicroseconds() {
    clock.set(Instant.parse("2026-05-01T08:00:00.123456789Z"));
    Organisation saved = fixtures.savedOrganisation();
    assertThat(saved.revision().created()).contains(Instant.parse("2026-05-01T08:00:00.123456Z"));
    assertThat(store.organisations().getById(saved.id()).revision()).isEqualTo(saved.revision());
  }

  // ------------------------------------------------------------ opening stores

  @Test
  public void anUnknownSchemeIsAClearErrorListingTheAvailableOnes() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> LokbraStores.open(URI.create("mongodb://localhost/lokbra")));
    assertThat(e.field()).isEqualTo("uri");
    assertThat(e).hasMessageContaining("mongodb://localhost/lokbra").hasMessageContaining("memory");
    assertThat(LokbraStores.providers()).containsKey("memory");
  }

  @Test
  public void theStoreUriIsKnownAndStoresAreIndependent() {
    assertThat(store.uri()).isNotNull();
    fixtures.savedOrganisation();
    try (LokbraStore other = openStore(options())) {
      assertThat(other.organisations().count()).isZero();
    }
  }

  @Test
  public void everythingSurvivesCloseAndReopen() {
    assumeThat(store.capabilities()).contains(StoreCapability.PERSISTENT);
    DataSet before = fillWithRichData();
    reopen();
    assertThat(store.snapshot()).isEqualTo(before);
    fixtures.savedCouncil(); // a write after a reopen persists too (the sample data would clash with the rich data)
    reopen();
    assertThat(store.councils().count()).isEqualTo(2);
  }

  // ------------------------------------------------------------ issue 23: one behaviour on every backend

  @Test
  public void repositoriesOfATransactionRefuseEveryCallOnceItHasEnded() {
    Repositories[] kept = new Repositories[2];
    Organisation saved = store.inTransaction(tx -> {
      kept[0] = tx;
      return tx.organisations().save(fixtures.organisation());
    });
    RuntimeException boom = new IllegalStateException("boom");
    assertThatThrownBy(() -> store.useTransaction(tx -> {
      kept[1] = tx;
      throw boom;
    })).isSameAs(boom);
    Organisation later = fixtures.organisation();
    for (Repositories ended : kept) {
      for (Runnable call : List.<Runnable>of(() -> ended.organisations().save(later),
          () -> ended.organisations().findById(saved.id()), () -> ended.organisations().count(),
          () -> ended.organisations().deleteById(saved.id()),
          () -> ended.repository(AggregateKind.ORGANISATION).count(), () -> ended.measures().count())) {
        assertThatThrownBy(call::run).as("a call through the repositories of an ended transaction")
            .isInstanceOf(StorageException.class).hasMessageContaining("transaction").hasMessageContaining("ended");
      }
    }
    if (persistent()) {
      reopen();
    }
    assertThat(store.organisations().findById(later.id())).as("the late save was not done").isEmpty();
    assertThat(store.organisations().findById(saved.id())).as("the late delete was not done").contains(saved);
  }

  @Test
  public void theStoreClockMustLieInTheRangeOfInstantsEveryBackendStores() {
    clock.set(DateLimits.MAX_INSTANT);
    Organisation last = fixtures.savedOrganisation();
    assertThat(last.revision().created()).contains(DateLimits.MAX_INSTANT);
    clock.set(DateLimits.MIN_INSTANT);
    Organisation first = fixtures.savedOrganisation();
    assertThat(first.revision().created()).contains(DateLimits.MIN_INSTANT);
    DataSet before = store.snapshot();
    for (Instant outside : List.of(DateLimits.MAX_INSTANT.plus(1, ChronoUnit.MICROS),
        DateLimits.MIN_INSTANT.minus(1, ChronoUnit.MICROS), Instant.parse("+10000-01-01T00:00:00Z"))) {
      clock.set(outside);
      // A deletion is stamped with the clock, or with the last modification if the clock is behind it.
      List<Runnable> writes = outside.isAfter(DateLimits.MAX_INSTANT)
          ? List.of(() -> store.organisations().save(fixtures.organisation()),
              () -> store.organisations().deleteById(first.id()))
          : List.of(() -> store.organisations().save(fixtures.organisation()));
      for (Runnable write : writes) {
        assertThatThrownBy(write::run).as("a write at %s", outside).isInstanceOf(ValidationException.class)
            .hasMessageContaining("the instants lokbra stores");
      }
    }
    if (persistent()) {
      reopen();
    }
    assertThat(store.snapshot()).isEqualTo(before);
  }

  @Test
  public void datesAtTheEndsOfTheRangeAreStoredAndQueriedAlikeOnEveryBackend() {
    Conference first = store.conferences().save(fixtures.conference(DateLimits.MIN_DATE));
    Conference last = store.conferences().save(fixtures.conference(DateLimits.MAX_DATE));
    Conference between = store.conferences().save(fixtures.conference(LocalDate.of(2019, 5, 14)));
    Organisation party = fixtures.savedOrganisation();
    CooperationAgreement open = store.cooperationAgreements().save(fixtures.agreement(party.id()).toBuilder()
        .period(DateSpan.from(PartialDate.of(DateLimits.MIN_DATE))).build());
    CooperationAgreement bounded = store.cooperationAgreements().save(fixtures.agreement(party.id()).toBuilder()
        .period(DateSpan.of(PartialDate.of(DateLimits.MIN_DATE), PartialDate.of(DateLimits.MAX_DATE))).build());
    if (persistent()) {
      reopen();
    }
    assertThat(store.conferences().findById(last.id())).contains(last);
    assertThat(store.conferences().findById(first.id())).contains(first);
    var conferences = store.conferences();
    assertThat(conferences.upcoming(LocalDate.MAX, ALL).content()).isEmpty();
    assertThat(conferences.upcoming(DateLimits.MAX_DATE.plusDays(1), ALL).content()).isEmpty();
    assertThat(conferences.upcoming(DateLimits.MAX_DATE, ALL).content()).containsExactly(last);
    assertThat(conferences.upcoming(LocalDate.of(2020, 1, 1), ALL).content()).containsExactly(last);
    assertThat(conferences.upcoming(LocalDate.MIN, ALL).content()).containsExactlyInAnyOrder(first, last, between);
    assertThat(conferences.findByDateOverlapping(LocalDate.MIN, LocalDate.MAX, ALL).content())
        .containsExactlyInAnyOrder(first, last, between);
    assertThat(conferences.findByDateOverlapping(LocalDate.MIN, DateLimits.MIN_DATE.minusDays(1), ALL).content())
        .isEmpty();
    assertThat(conferences.findByDateOverlapping(LocalDate.MIN, DateLimits.MIN_DATE, ALL).content())
        .containsExactly(first);
    assertThat(conferences.findByDateOverlapping(DateLimits.MAX_DATE.plusDays(1), LocalDate.MAX, ALL).content())
        .isEmpty();
    assertThat(conferences.findByDateOverlapping(DateLimits.MAX_DATE, LocalDate.MAX, ALL).content())
        .containsExactly(last);
    var agreements = store.cooperationAgreements();
    assertThat(agreements.findInForceOn(LocalDate.MAX, ALL).content()).containsExactly(open);
    assertThat(agreements.findInForceOn(DateLimits.MAX_DATE, ALL).content()).containsExactlyInAnyOrder(open,
        bounded);
    assertThat(agreements.findInForceOn(DateLimits.MIN_DATE, ALL).content()).containsExactlyInAnyOrder(open,
        bounded);
    assertThat(agreements.findInForceOn(LocalDate.MIN, ALL).content()).isEmpty();
    for (LocalDate outside : List.of(DateLimits.MIN_DATE.minusDays(1), DateLimits.MAX_DATE.plusDays(1))) {
      assertThatThrownBy(() -> fixtures.conference(outside)).isInstanceOf(ValidationException.class)
          .hasMessageContaining("the dates lokbra stores");
    }
  }

  @Test
  public void aStoreThatDoesNotExistIsNotCreatedWhenTheOptionsSaySo() {
    URI absent = absentStoreUri();
    StoreOptions noCreate = options().withCreateIfMissing(false);
    if (!persistent()) {
      try (LokbraStore memory = LokbraStores.open(absent, noCreate)) {
        assertThat(memory.organisations().count()).as("memory ignores createIfMissing: always new").isZero();
      }
      return;
    }
    String text = absent.toString();
    String name = text.substring(Math.max(text.lastIndexOf('/'), text.lastIndexOf('=')) + 1);
    for (int attempt = 0; attempt < 2; attempt++) {
      StoreNotFoundException e = catchThrowableOfType(StoreNotFoundException.class,
          () -> LokbraStores.open(absent, noCreate));
      assertThat(e).as("a missing store is refused, and nothing is created (attempt %s)", attempt).isNotNull();
      assertThat(e).hasMessageContaining(name).hasMessageContaining("no lokbra store");
      assertThat(e.location()).contains(name);
    }
    try (LokbraStore created = LokbraStores.open(absent, options())) {
      created.organisations().save(fixtures.organisation());
    }
    try (LokbraStore existing = LokbraStores.open(absent, noCreate)) {
      assertThat(existing.organisations().count()).isEqualTo(1);
    }
  }

  @Test
  public void restoringAnEntityOfTheStoredVersionButOtherContentSaysSo() {
    Organisation saved = fixtures.savedOrganisation();
    Organisation edited = saved.toBuilder().name("Ändrad någon annanstans").build();
    DataSet before = store.snapshot();
    VersionConflictException e = catchThrowableOfType(VersionConflictException.class, () -> store.restore(
        DataSet.builder().add(edited).build()));
    assertThat(e).isNotNull().hasMessageContaining(saved.id().value()).hasMessageContaining("same version (1)")
        .hasMessageContaining("different content").hasMessageNotContaining("changed concurrently");
    assertThat(store.snapshot()).isEqualTo(before);
  }

  private static final PageRequest ALL = PageRequest.first(100);
}
