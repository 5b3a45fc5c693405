package se.lokbra.examples.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.lokbra.core.Repositories;
import se.lokbra.core.council.Council;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureQuery;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Pages;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import se.lokbra.core.agreement.AgreementGoal;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.measure.Target;
import se.lokbra.core.problem.Cause;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.situation.SituationPicture;

/**
 * The follow-up report of a council's measures ("avstämning"): per council, its measures (of one year, or all)
 * grouped by status in lifecycle order, each with the names of the responsible organisations, its goals and its
 * follow-ups, and totals; then the knowledge-based chain for each problem (cause → measures → indicator baseline,
 * goal and latest value → status), and the measures that target no problem. Built from the public repository API;
 * rendered by {@link MarkdownReport} and {@link HtmlReport}.
 */
public record MeasureReport(OptionalInt year, LocalDate generatedOn, ImmutableList<CouncilSection> councils) {

  /**
   * One council's part of the report: its measures by status, the knowledge-based chain of each problem its
   * measures target (or its situation pictures found), and its measures that target no problem.
   */
  public record CouncilSection(Council council, ImmutableMap<MeasureStatus, ImmutableList<Line>> byStatus,
      ImmutableList<ProblemChain> chains, ImmutableList<Measure> withoutProblem) {
    public int total() {
      return byStatus.values().stream().mapToInt(List::size).sum();
    }
  }

  /**
   * A problem and what the council does about it: each cause with the measures that target it, the measures that
   * target the problem as a whole, and the indicators that measure it.
   */
  public record ProblemChain(Problem problem, ImmutableList<CauseLink> causes, ImmutableList<Measure> direct,
      ImmutableList<IndicatorLine> indicators) {}

  /** A cause of a problem and the measures that target it. */
  public record CauseLink(Cause cause, ImmutableList<Measure> measures) {}

  /**
   * An indicator: its baseline and latest value, the goal a cooperation agreement sets for it, and the progress
   * from the baseline toward that goal (0 at the baseline, 1 at the goal).
   */
  public record IndicatorLine(Indicator indicator, Optional<AgreementGoal> goal, Optional<BigDecimal> progress) {}

  /** One measure, with what the report shows about it. */
  public record Line(Measure measure, ImmutableList<String> responsible, ImmutableMap<String, String> meetings) {}

  /**
   * Builds the report for every council in the store, or for one.
   *
   * @param year the calendar year whose measures to show, or empty for all
   */
  public static MeasureReport build(Repositories store, OptionalInt year, Optional<se.lokbra.core.council.CouncilId>
      only, LocalDate today) {
    ImmutableList.Builder<CouncilSection> sections = ImmutableList.builder();
    for (Council council : Pages.all(page -> store.councils().findAll(page))) {
      if (only.isPresent() && !only.get().equals(council.id())) {
        continue;
      }
      MeasureQuery query = MeasureQuery.all().withCouncil(council.id());
      if (year.isPresent()) {
        query = query.withYear(year.getAsInt());
      }
      MeasureQuery q = query;
      Map<MeasureStatus, ImmutableList.Builder<Line>> groups = new EnumMap<>(MeasureStatus.class);
      List<Measure> measures = Pages.all(page -> store.measures().find(q, page));
      for (Measure m : measures) {
        ImmutableList<String> responsible = m.responsibleOrganisations().stream()
            .map(id -> store.organisations().findById(id).map(Organisation::name).orElse(id.value()))
            .collect(ImmutableList.toImmutableList());
        ImmutableMap.Builder<String, String> meetings = ImmutableMap.builder();
        m.followUps().forEach(f -> f.meeting().ifPresent(id -> meetings.put(id.value(),
            store.meetings().findById(id).map(MeasureReport::describe).orElse(id.value()))));
        groups.computeIfAbsent(m.status(), s -> ImmutableList.builder())
            .add(new Line(m, responsible, meetings.buildKeepingLast()));
      }
      ImmutableMap.Builder<MeasureStatus, ImmutableList<Line>> byStatus = ImmutableMap.builder();
      groups.forEach((status, lines) -> byStatus.put(status, lines.build()));
      sections.add(new CouncilSection(council, byStatus.build(), chains(store, council, measures),
          measures.stream().filter(m -> !m.targetsAProblem()).collect(ImmutableList.toImmutableList())));
    }
    return new MeasureReport(year, today, sections.build());
  }

  /** The chains of the problems the measures target or the council's situation pictures found, in priority order. */
  private static ImmutableList<ProblemChain> chains(Repositories store, Council council, List<Measure> measures) {
    Map<ProblemId, Problem> problems = new LinkedHashMap<>();
    for (Measure m : measures) {
      for (Target t : m.targets()) {
        problems.computeIfAbsent(t.problem(), id -> store.problems().findById(id).orElse(null));
      }
    }
    for (SituationPicture picture : Pages.all(page -> store.situationPictures().findByCouncil(council.id(), page))) {
      for (Problem p : Pages.all(page -> store.problems().findBySituationPicture(picture.id(), page))) {
        problems.putIfAbsent(p.id(), p);
      }
    }
    List<AgreementGoal> goals = Pages.all(page -> store.cooperationAgreements().findAll(page)).stream()
        .flatMap(a -> a.goals().stream()).toList();
    return problems.values().stream().filter(java.util.Objects::nonNull)
        .sorted(Comparator.comparingInt((Problem p) -> p.priority().orElse(Integer.MAX_VALUE))
            .thenComparing(Problem::title).thenComparing(p -> p.id().value()))
        .map(problem -> {
          ImmutableList<CauseLink> causes = problem.causes().stream().map(cause -> new CauseLink(cause,
              measures.stream().filter(m -> m.targets().contains(Target.cause(problem.id(), cause.key())))
                  .collect(ImmutableList.toImmutableList()))).collect(ImmutableList.toImmutableList());
          ImmutableList<Measure> direct = measures.stream()
              .filter(m -> m.targets().contains(Target.problem(problem.id())))
              .collect(ImmutableList.toImmutableList());
          ImmutableList<IndicatorLine> indicators = Pages.all(page -> store.indicators()
              .findByProblem(problem.id(), page)).stream().map(indicator -> {
                Optional<AgreementGoal> goal = goals.stream().filter(g -> g.indicator().equals(indicator.id()))
                    .findFirst();
                return new IndicatorLine(indicator, goal,
                    goal.flatMap(g -> indicator.progressToward(g.target())));
              }).collect(ImmutableList.toImmutableList());
          return new ProblemChain(problem, causes, direct, indicators);
        }).collect(ImmutableList.toImmutableList());
  }

  /** The report's title: "Uppföljning av insatser 2018". */
  public String title() {
    return "Uppföljning av insatser" + (year.isPresent() ? " " + year.getAsInt() : "");
  }

  private static String describe(Meeting meeting) {
    return "sammanträde " + meeting.start().toLocalDate();
  }



  /** "Belysning (Genomförda)": a measure in a chain. */
  public static String describe(Measure measure) {
    return measure.title() + " (" + label(measure.status()) + ")";
  }

  /**
   * "nollmätning 41.5 % (2021-03-01), mål 30 % senast 2027-12-31, senaste 35.25 % (2023-03-01), 54 % av vägen"; the
   * parts that are unknown are left out.
   */
  public static String describe(IndicatorLine line) {
    Indicator i = line.indicator();
    String unit = i.unit().map(u -> " " + u).orElse("");
    List<String> parts = new java.util.ArrayList<>();
    i.baseline().ifPresent(b -> parts.add("nollmätning " + b.value().toPlainString() + unit + " (" + b.date() + ")"));
    line.goal().ifPresent(g -> parts.add("mål " + g.target().toPlainString() + unit + " senast " + g.byWhen()));
    i.latest().ifPresent(v -> parts.add("senaste " + v.value().toPlainString() + unit + " (" + v.date() + ")"));
    line.progress().ifPresent(p -> parts.add(p.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_EVEN)
        .toPlainString() + " % av vägen"));
    return parts.isEmpty() ? "inga värden" : String.join(", ", parts);
  }

  /** "Otrygghet i centrum (prioritet 1)". */
  public static String describe(Problem problem) {
    return problem.title() + (problem.priority().isPresent() ? " (prioritet " + problem.priority().getAsInt() + ")"
        : " (ej prioriterat)");
  }

  /** Swedish label of a status, for the rendered report. */
  public static String label(MeasureStatus status) {
    return switch (status) {
      case PLANNED -> "Planerade";
      case IN_PROGRESS -> "Pågående";
      case COMPLETED -> "Genomförda";
      case FOLLOWED_UP -> "Uppföljda";
      case CANCELLED -> "Avbrutna";
    };
  }
}
