package se.lokbra.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.ValidationException;
import se.lokbra.core.VersionConflictException;
import se.lokbra.core.council.Council;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.Target;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Revision;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.problem.Cause;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.sample.KarlskogaDegerfors;

class StoreRulesTest {
  private static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant MODIFIED = Instant.parse("2024-02-01T00:00:00Z");
  private static final Instant NOW = Instant.parse("2024-03-01T00:00:00Z");

  private static final Council COUNCIL = KarlskogaDegerfors.council();

  @Test
  void aNewEntityGetsVersionOneOrOneMoreThanItsTombstone() {
    assertThat(StoreRules.revisionOnSave(COUNCIL, null, NOW)).isEqualTo(Revision.of(1, NOW, NOW));
    Tombstone tombstone = new Tombstone(COUNCIL.id(), 4, CREATED, MODIFIED);
    assertThat(StoreRules.revisionOnSave(COUNCIL, StoreRules.State.of(tombstone), NOW))
        .isEqualTo(Revision.of(5, NOW, NOW));
  }

  @Test
  void aNewEntityWhoseIdIsLiveConflicts() {
    Council live = COUNCIL.withRevision(Revision.of(3, CREATED, MODIFIED));

    assertThatThrownBy(() -> StoreRules.revisionOnSave(COUNCIL, StoreRules.State.of(live), NOW))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> {
          assertThat(e.givenVersion()).isZero();
          assertThat(e.storedVersion()).hasValue(3);
        });
  }

  @Test
  void aSaveOfTheLiveVersionKeepsCreatedAndNeverMovesModifiedBack() {
    Council live = COUNCIL.withRevision(Revision.of(3, CREATED, MODIFIED));

    assertThat(StoreRules.revisionOnSave(live, StoreRules.State.of(live), NOW))
        .isEqualTo(Revision.of(4, CREATED, NOW));
    assertThat(StoreRules.revisionOnSave(live, StoreRules.State.of(live), CREATED))
        .as("a clock that went back").isEqualTo(Revision.of(4, CREATED, MODIFIED));
  }

  @Test
  void aSaveOfAnotherVersionOrOfADeletedEntityConflicts() {
    Council stale = COUNCIL.withRevision(Revision.of(2, CREATED, CREATED));
    Council live = COUNCIL.withRevision(Revision.of(3, CREATED, MODIFIED));
    Tombstone tombstone = new Tombstone(COUNCIL.id(), 3, CREATED, MODIFIED);

    assertThatThrownBy(() -> StoreRules.revisionOnSave(stale, StoreRules.State.of(live), NOW))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.storedVersion()).hasValue(3));
    assertThatThrownBy(() -> StoreRules.revisionOnSave(stale, StoreRules.State.of(tombstone), NOW))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.storedVersion()).isEmpty());
    assertThatThrownBy(() -> StoreRules.revisionOnSave(stale, null, NOW))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.storedVersion()).isEmpty());
  }

  @Test
  void aDeleteNeedsTheLiveVersionAndLeavesATombstoneOneVersionOn() {
    Council live = COUNCIL.withRevision(Revision.of(3, CREATED, MODIFIED));
    Council stale = COUNCIL.withRevision(Revision.of(2, CREATED, CREATED));

    StoreRules.checkDeletedVersion(live, StoreRules.State.of(live));
    assertThatThrownBy(() -> StoreRules.checkDeletedVersion(stale, StoreRules.State.of(live)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.storedVersion()).hasValue(3));
    assertThatThrownBy(() -> StoreRules.checkDeletedVersion(live, null))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.storedVersion()).isEmpty());
    assertThat(StoreRules.tombstoneOnDelete(live.id(), StoreRules.State.of(live), NOW))
        .isEqualTo(new Tombstone(live.id(), 4, CREATED, NOW));
    assertThat(StoreRules.tombstoneOnDelete(live.id(), StoreRules.State.of(live), CREATED).deleted())
        .isEqualTo(MODIFIED);
  }

  @Test
  void anEntityOfAnotherKindIsRefusedNamingTheKind() {
    assertThatThrownBy(() -> StoreRules.checkKind(COUNCIL, AggregateKind.MEASURE))
        .isInstanceOf(ValidationException.class)
        .hasMessage("invalid entity 'council 'karlskoga-degerfors'': must be a measure");
  }

  @Test
  void everyDanglingReferenceIsNamedInOrderAndPartsAreChecked() {
    Problem problem = Problem.builder().id("p").title("P").addCause(Cause.of("a", "A")).build();
    Measure measure = Measure.builder().id("m").council(COUNCIL.id()).title("M")
        .category(se.lokbra.core.measure.MeasureCategory.SOCIAL)
        .addTarget(Target.cause(problem.id(), "a")).addTarget(Target.cause(problem.id(), "b")).build();
    Map<se.lokbra.core.model.EntityId, Aggregate<?, ?>> live = Map.of(problem.id(), problem);

    assertThatThrownBy(() -> StoreRules.checkReferences(measure, measure.references(), r -> live.containsKey(
        r.target()) && StoreRules.hasPart(live.get(r.target()), r)))
        .isInstanceOfSatisfying(ReferentialIntegrityException.class, e -> assertThat(e.references())
            .extracting(Reference::field).containsExactly("council", "targets[1]"));
  }

  @Test
  void aReferencedEntityOrPartIsNamedWithItsReferrersInIdOrder() {
    Problem problem = Problem.builder().id("p").title("P").addCause(Cause.of("a", "A")).build();
    Measure second = measure("m2", Target.cause(problem.id(), "a"));
    Measure first = measure("m1", Target.cause(problem.id(), "a"));
    Measure other = measure("m0", Target.problem(problem.id()));
    Problem withoutA = Problem.builder().id("p").title("P").build();

    assertThatThrownBy(() -> StoreRules.checkPartsKept(withoutA, List.of(second, other, first)))
        .isInstanceOf(ReferentialIntegrityException.class)
        .hasMessage("problem 'p' cannot drop 'a': it is still referenced by measure 'm1' (targets[0]), "
            + "measure 'm2' (targets[0])");
    StoreRules.checkPartsKept(problem, List.of(second, other, first));
    assertThatThrownBy(() -> StoreRules.checkNotReferenced(problem.id(), List.of(second, other)))
        .isInstanceOf(ReferentialIntegrityException.class)
        .hasMessage("problem 'p' cannot be deleted: it is still referenced by measure 'm0' (targets[0]), "
            + "measure 'm2' (targets[0])");
    StoreRules.checkNotReferenced(problem.id(), List.of());
  }

  private static Measure measure(String id, Target target) {
    return Measure.builder().id(id).council(COUNCIL.id()).title(id)
        .category(se.lokbra.core.measure.MeasureCategory.SOCIAL).addTarget(target).build();
  }

  @Test
  void aUniqueFieldOfTheDescriptionIsCheckedAgainstTheFirstOtherHolder() {
    Organisation mine = organisation("mine", "212000-1991");
    Organisation theirs = organisation("theirs", "212000-1991");
    Organisation later = organisation("later", "212000-1991");
    List<String> asked = new java.util.ArrayList<>();

    assertThatThrownBy(() -> StoreRules.checkUnique(mine, (field, value) -> {
      asked.add(field.name() + "=" + value);
      return List.of(mine, theirs, later);
    })).isInstanceOf(ValidationException.class).hasMessage("organisation 'mine': invalid organisationNumber "
        + "'212000-1991': must be unique, but organisation 'theirs' has it");
    assertThat(asked).containsExactly("organisationNumber=212000-1991");
    StoreRules.checkUnique(mine, (field, value) -> List.of(mine));
    StoreRules.checkUnique(organisation("none", null), (field, value) -> {
      throw new AssertionError("an absent value is not looked up");
    });
  }

  private static Organisation organisation(String id, String number) {
    Organisation.Builder b = Organisation.builder().id(OrganisationId.of(id)).name(id)
        .kind(OrganisationKind.POLICE);
    return number == null ? b.build() : b.organisationNumber(number).build();
  }

  @Test
  void aRestoreWritesWhatIsMissingSkipsWhatIsEqualAndRefusesAnyOtherClash() {
    Council stored = COUNCIL.withRevision(Revision.of(3, CREATED, MODIFIED));
    Council changed = stored.withRevision(Revision.of(4, CREATED, NOW));
    Tombstone tombstone = new Tombstone(COUNCIL.id(), 4, CREATED, NOW);

    assertThat(StoreRules.restoresEntity(stored, null, false)).isTrue();
    assertThat(StoreRules.restoresEntity(stored, stored, false)).isFalse();
    assertThatThrownBy(() -> StoreRules.restoresEntity(changed, stored, false))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.storedVersion()).hasValue(3));
    assertThatThrownBy(() -> StoreRules.restoresEntity(stored, null, true))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.storedVersion()).isEmpty());
    assertThatThrownBy(() -> StoreRules.restoresEntity(COUNCIL, null, false))
        .isInstanceOf(ValidationException.class).hasMessageContaining("must be a stored revision");

    assertThat(StoreRules.restoresTombstone(tombstone, null, null)).isTrue();
    assertThat(StoreRules.restoresTombstone(tombstone, null, tombstone)).isFalse();
    assertThatThrownBy(() -> StoreRules.restoresTombstone(tombstone, stored, null))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.storedVersion()).hasValue(3));
    assertThatThrownBy(() -> StoreRules.restoresTombstone(tombstone, null,
        new Tombstone(COUNCIL.id(), 5, CREATED, NOW)))
        .isInstanceOfSatisfying(VersionConflictException.class, e -> assertThat(e.storedVersion()).isEmpty());
  }
}
