package se.lokbra.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.lokbra.core.ReferentialIntegrityException;
import se.lokbra.core.Repositories;
import se.lokbra.core.council.Council;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.FollowUpOutcome;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.measure.MeasureQuery;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.meeting.MeetingId;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.model.Reference;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;
import se.lokbra.core.repository.Sort;

/** The contract of {@link se.lokbra.core.measure.MeasureRepository}. */
public abstract class MeasureRepositoryContract extends RepositoryContract<Measure, MeasureId> {
  protected Council council;

  @BeforeEach
  public void saveCouncil() {
    council = fixtures.savedCouncil();
  }

  @Override
  protected Repository<Measure, MeasureId> repository(Repositories repositories) {
    return repositories.measures();
  }

  @Override
  protected Measure newEntity() {
    return fixtures.measure(council.id());
  }

  @Override
  protected Measure richEntity() {
    OrganisationId org = fixtures.savedOrganisation().id();
    MeetingId meeting = fixtures.savedMeeting(council.id()).id();
    se.lokbra.core.problem.ProblemId problem = store.problems().save(
        fixtures.richProblem(fixtures.savedSituationPicture().id())).id();
    se.lokbra.core.plan.ActionPlanId plan = store.actionPlans().save(fixtures.actionPlan()).id();
    return fixtures.richMeasure(council.id(), org, meeting, problem, plan);
  }

  @Override
  protected Measure changed(Measure entity) {
    return entity.toBuilder().title(Fixtures.unique("Renamed")).build();
  }

  private Measure save(String title, MeasureStatus status, MeasureCategory category, DateSpan period) {
    Measure.Builder b = fixtures.measure(council.id()).toBuilder().title(title).status(status).category(category);
    if (period != null) {
      b.period(period);
    }
    return store.measures().save(b.build());
  }

  @Test
  public void findsByCouncilStatusCategoryAndYear() {
    Council other = fixtures.savedCouncil();
    Measure andt = save("ANDT-strategi", MeasureStatus.COMPLETED, MeasureCategory.STRATEGY, DateSpan.ofYear(2018));
    Measure walks = save("Trygghetsvandringar", MeasureStatus.IN_PROGRESS, MeasureCategory.SITUATIONAL,
        DateSpan.of(PartialDate.ofYear(2017), PartialDate.ofYear(2019)));
    Measure training = save("Utbildning", MeasureStatus.IN_PROGRESS, MeasureCategory.TRAINING,
        DateSpan.from(PartialDate.ofMonth(2016, 9)));
    Measure undated = save("Odaterad", MeasureStatus.PLANNED, MeasureCategory.SITUATIONAL, null);
    Measure elsewhere = store.measures().save(fixtures.measure(other.id()).toBuilder().title("Annat råd")
        .status(MeasureStatus.IN_PROGRESS).period(DateSpan.ofYear(2018)).build());

    PageRequest all = PageRequest.first(10);
    assertThat(store.measures().findByCouncil(council.id(), all).content())
        .containsExactly(andt, undated, walks, training);
    assertThat(store.measures().findByCouncil(other.id(), all).content()).containsExactly(elsewhere);
    assertThat(store.measures().findByStatus(MeasureStatus.IN_PROGRESS, all).content())
        .containsExactly(elsewhere, walks, training);
    assertThat(store.measures().findByStatus(MeasureStatus.CANCELLED, all).content()).isEmpty();
    assertThat(store.measures().findByCategory(MeasureCategory.SITUATIONAL, all).content())
        .containsExactly(elsewhere, undated, walks);
    assertThat(store.measures().findByCategory(MeasureCategory.TRAINING, all).content()).containsExactly(training);
    assertThat(store.measures().findByYear(2018, all).content())
        .as("periods overlapping 2018: the year itself, 2017-2019, open-ended since 2016")
        .containsExactly(andt, elsewhere, walks, training);
    assertThat(store.measures().findByYear(2016, all).content()).containsExactly(training);
    assertThat(store.measures().findByYear(2015, all).content()).isEmpty();
    assertThat(store.measures().findByYear(2040, all).content()).containsExactly(training);

    Page<Measure> combined = store.measures().find(MeasureQuery.all().withCouncil(council.id())
        .withStatus(MeasureStatus.IN_PROGRESS).withYear(2019), PageRequest.of(0, 1));
    assertThat(combined.content()).containsExactly(walks);
    assertThat(combined.totalElements()).isEqualTo(2);
    assertThat(store.measures().find(MeasureQuery.all(), all).totalElements()).isEqualTo(5);
  }

  @Test
  public void yearBoundariesAreInclusive() {
    Measure m = save("Höst", MeasureStatus.PLANNED, MeasureCategory.SOCIAL,
        DateSpan.of(PartialDate.of(LocalDate.of(2018, 12, 31)), PartialDate.of(LocalDate.of(2019, 1, 1))));
    assertThat(store.measures().findByYear(2018, PageRequest.first(10)).content()).containsExactly(m);
    assertThat(store.measures().findByYear(2019, PageRequest.first(10)).content()).containsExactly(m);
    assertThat(store.measures().findByYear(2020, PageRequest.first(10)).content()).isEmpty();
  }

  @Test
  public void queriesFollowStatusChanges() {
    Measure m = save("Drogfri skolavslutning", MeasureStatus.PLANNED, MeasureCategory.SOCIAL, DateSpan.ofYear(2018));
    Measure started = store.measures().save(m.withStatus(MeasureStatus.IN_PROGRESS));
    assertThat(store.measures().findByStatus(MeasureStatus.PLANNED, PageRequest.first(10)).content()).isEmpty();
    assertThat(store.measures().findByStatus(MeasureStatus.IN_PROGRESS, PageRequest.first(10)).content())
        .containsExactly(started);
    Measure moved = store.measures().save(started.toBuilder().period(DateSpan.ofYear(2021)).build());
    assertThat(store.measures().findByYear(2018, PageRequest.first(10)).content()).isEmpty();
    assertThat(store.measures().findByYear(2021, PageRequest.first(10)).content()).containsExactly(moved);
  }

  @Test
  public void textSortsInSwedishOrderOrByCodePointTheSameOnEveryBackend() {
    List<String> titles = List.of("Öl", "apa", "Zebra", "Ångest", "Äpple", "Apa", "Apa 🚓", "Apa2");
    for (String title : titles) {
      save(title, MeasureStatus.PLANNED, MeasureCategory.OTHER, null);
    }
    assertThat(store.measures().findAll(PageRequest.first(20)).content()).extracting(Measure::title)
        .containsExactly("apa", "Apa", "Apa 🚓", "Apa2", "Zebra", "Ångest", "Äpple", "Öl");
    assertThat(store.measures().findAll(PageRequest.of(0, 3, Sort.by(Sort.Order.desc("title")))).content())
        .extracting(Measure::title).containsExactly("Öl", "Äpple", "Ångest");
    assertThat(store.measures().findAll(PageRequest.of(0, 20, Sort.unsorted().codePointOrder())).content())
        .extracting(Measure::title).containsExactly("Apa", "Apa 🚓", "Apa2", "Zebra", "apa", "Äpple", "Ångest", "Öl");
    assertThat(store.measures().findAll(PageRequest.of(0, 3, Sort.by(Sort.Order.desc("title")).codePointOrder()))
        .content()).extracting(Measure::title).containsExactly("Öl", "Ångest", "Äpple");
  }

  @Test
  public void sortsByStartWithMissingPeriodsFirstAndByEnumName() {
    Measure late = save("B", MeasureStatus.PLANNED, MeasureCategory.TRAINING, DateSpan.ofYear(2020));
    Measure none = save("C", MeasureStatus.COMPLETED, MeasureCategory.SOCIAL, null);
    Measure early = save("A", MeasureStatus.IN_PROGRESS, MeasureCategory.STRATEGY, DateSpan.ofYear(2018));
    assertThat(store.measures().findAll(PageRequest.of(0, 10, Sort.by("start"))).content())
        .containsExactly(none, early, late);
    assertThat(store.measures().findAll(PageRequest.of(0, 10, Sort.by(Sort.Order.desc("start")))).content())
        .containsExactly(late, early, none);
    assertThat(store.measures().findAll(PageRequest.of(0, 10, Sort.by("status"))).content())
        .as("COMPLETED < IN_PROGRESS < PLANNED by name").containsExactly(none, early, late);
    assertThat(store.measures().findAll(PageRequest.of(0, 10, Sort.by("category"))).content())
        .as("SOCIAL < STRATEGY < TRAINING by name").containsExactly(none, early, late);
    assertThat(store.measures().findByCouncil(council.id(), PageRequest.of(0, 2, Sort.by("start"))).content())
        .containsExactly(none, early);
  }

  @Test
  public void theCouncilResponsibleOrganisationsAndFollowUpMeetingsMustExist() {
    Measure m = fixtures.measure(se.lokbra.core.council.CouncilId.of("no-council")).toBuilder()
        .responsibleOrganisations(OrganisationId.of("no-org"))
        .addFollowUp(new FollowUp(LocalDate.of(2019, 4, 1), "x", FollowUpOutcome.ON_TRACK,
            Optional.of(MeetingId.of("no-meeting"))))
        .build();
    ReferentialIntegrityException e = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.measures().save(m));
    assertThat(e.references()).extracting(Reference::field)
        .containsExactly("council", "responsibleOrganisations[0]", "followUps[0].meeting");
    assertThat(store.measures().count()).isZero();
  }

  @Test
  public void aCouncilWithMeasuresCannotBeDeleted() {
    Measure m = store.measures().save(newEntity());
    ReferentialIntegrityException e = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.councils().deleteById(council.id()));
    assertThat(e.references()).singleElement().satisfies(r -> {
      assertThat(r.source()).contains(m.id());
      assertThat(r.field()).isEqualTo("council");
    });
    store.measures().deleteById(m.id());
    assertThat(store.councils().deleteById(council.id())).isTrue();
  }

  @Test
  public void targetsProblemsAndCausesAndBelongsToAnActionPlan() {
    se.lokbra.core.problem.Problem problem = store.problems().save(
        fixtures.richProblem(fixtures.savedSituationPicture().id()));
    se.lokbra.core.problem.Problem other = fixtures.savedProblem();
    se.lokbra.core.plan.ActionPlan plan = store.actionPlans().save(fixtures.actionPlan());
    Measure targeted = store.measures().save(fixtures.measure(council.id()).toBuilder().title("Belysning")
        .addTarget(se.lokbra.core.measure.Target.cause(problem.id(), "c1"))
        .addTarget(se.lokbra.core.measure.Target.problem(other.id())).actionPlan(plan.id()).build());
    Measure alsoTargeted = store.measures().save(fixtures.measure(council.id()).toBuilder().title("Fältarbete")
        .addTarget(se.lokbra.core.measure.Target.cause(problem.id(), "c2")).build());
    Measure unjustified = store.measures().save(fixtures.measure(council.id()).toBuilder().title("Affischer")
        .actionPlan(plan.id()).build());

    assertThat(store.measures().getById(targeted.id())).isEqualTo(targeted);
    PageRequest all = PageRequest.first(10);
    assertThat(store.measures().findByProblem(problem.id(), all).content()).containsExactly(targeted, alsoTargeted);
    assertThat(store.measures().findByProblem(other.id(), all).content()).containsExactly(targeted);
    assertThat(store.measures().findByActionPlan(plan.id(), all).content()).containsExactly(unjustified, targeted);
    assertThat(store.measures().findWithoutProblem(all).content()).containsExactly(unjustified);
    assertThat(store.measures().find(MeasureQuery.all().withActionPlan(plan.id()).withProblem(problem.id()), all)
        .content()).containsExactly(targeted);
    assertThat(store.measures().find(MeasureQuery.all().withCouncil(council.id()).withoutProblem(), all)
        .totalElements()).isEqualTo(1);

    Measure justified = store.measures().save(unjustified.toBuilder()
        .addTarget(se.lokbra.core.measure.Target.problem(problem.id())).build());
    assertThat(store.measures().findWithoutProblem(all).content()).isEmpty();
    assertThat(store.measures().findByProblem(problem.id(), all).content())
        .containsExactly(justified, targeted, alsoTargeted);
  }

  @Test
  public void aTargetedCauseMustExistInItsProblem() {
    se.lokbra.core.problem.Problem problem = store.problems().save(
        fixtures.richProblem(fixtures.savedSituationPicture().id()));
    Measure bad = fixtures.measure(council.id()).toBuilder()
        .addTarget(se.lokbra.core.measure.Target.cause(problem.id(), "no-such-cause"))
        .actionPlan(se.lokbra.core.plan.ActionPlanId.of("no-plan")).build();
    ReferentialIntegrityException e = catchThrowableOfType(ReferentialIntegrityException.class,
        () -> store.measures().save(bad));
    assertThat(e.references()).extracting(Reference::field).containsExactly("targets[0]", "actionPlan");
    assertThat(e.references().get(0).part()).contains("no-such-cause");
    assertThat(e).hasMessageContaining("no-such-cause");
    assertThat(store.measures().count()).isZero();
  }

  @Test
  public void aPageOfAQueryHasTheRightTotals() {
    for (int i = 0; i < 12; i++) {
      save(String.format(java.util.Locale.ROOT, "Insats %02d", i), i % 3 == 0 ? MeasureStatus.COMPLETED
          : MeasureStatus.PLANNED, MeasureCategory.OTHER, DateSpan.ofYear(2018));
    }
    Page<Measure> page = store.measures().findByStatus(MeasureStatus.PLANNED, PageRequest.of(1, 5));
    assertThat(page.totalElements()).isEqualTo(8);
    assertThat(page.totalPages()).isEqualTo(2);
    assertThat(page.content()).extracting(Measure::title)
        .containsExactly("Insats 08", "Insats 10", "Insats 11");
  }
}
