package se.lokbra.examples.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.lokbra.core.Repositories;
import se.lokbra.core.agreement.AgreementGoal;
import se.lokbra.core.compliance.Compliance;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureQuery;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.measure.Target;
import se.lokbra.core.meeting.MeetingId;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.problem.Cause;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.repository.Pages;
import se.lokbra.core.situation.SituationPicture;
import se.lokbra.core.situation.SituationPictureId;

/**
 * The follow-up report of a council's measures ("avstämning"): per council, an overview (key figures, the
 * knowledge-based chain from situation picture through problems, indicators and measures to action plan, and what
 * is overdue, the compliance ledger of each of its municipalities), its measures (of one year, or all)
 * grouped by status in lifecycle order, each with the names of the
 * responsible organisations, its goals and its follow-ups; then the chain for each problem (cause → measures →
 * indicator baseline, values and goal → status), and the measures that target no problem. Built from the public
 * repository API; rendered in a language ({@link ReportText}) by {@link MarkdownReport} and {@link HtmlReport}.
 */
public record MeasureReport(OptionalInt year, LocalDate generatedOn, ImmutableList<CouncilSection> councils) {

  /**
   * One council's part of the report: its measures by status, the knowledge-based chain of each problem its
   * measures target (or its situation pictures found), its measures that target no problem, the situation pictures
   * and action plans behind them, its measures that are overdue: planned or in progress after their period ended,
   * and the compliance ledger (law 2023:196) of each of its municipalities in the mandate period of the report's day.
   */
  public record CouncilSection(Council council, ImmutableMap<MeasureStatus, ImmutableList<Line>> byStatus,
      ImmutableList<ProblemChain> chains, ImmutableList<Measure> withoutProblem,
      ImmutableList<SituationPicture> situationPictures, ImmutableList<ActionPlan> actionPlans,
      ImmutableList<Measure> overdue, ImmutableList<ComplianceReport.Entry> compliance) {
    public int total() {
      return byStatus.values().stream().mapToInt(List::size).sum();
    }

    /** How many measures have the status. */
    public int count(MeasureStatus status) {
      return byStatus.getOrDefault(status, ImmutableList.of()).size();
    }

    /** The indicators of all the chains. */
    public ImmutableList<IndicatorLine> indicators() {
      return chains.stream().flatMap(c -> c.indicators().stream()).collect(ImmutableList.toImmutableList());
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
   * An indicator: its baseline and values, the goal a cooperation agreement sets for it, and the progress from the
   * baseline toward that goal (0 at the baseline, 1 at the goal).
   */
  public record IndicatorLine(Indicator indicator, Optional<AgreementGoal> goal, Optional<BigDecimal> progress) {}

  /** One measure, with the names of its responsible organisations and the dates of the meetings of its follow-ups. */
  public record Line(Measure measure, ImmutableList<String> responsible, ImmutableMap<String, LocalDate> meetings) {}

  /**
   * Builds the report for every council in the store, or for one.
   *
   * @param year the calendar year whose measures to show, or empty for all
   * @param today the day the report is made: measures whose period ended before it and that are still planned or
   *     in progress are overdue
   */
  public static MeasureReport build(Repositories store, OptionalInt year, Optional<CouncilId> only, LocalDate today) {
    ImmutableList.Builder<CouncilSection> sections = ImmutableList.builder();
    Compliance compliance = Compliance.of(store);
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
        ImmutableMap.Builder<String, LocalDate> meetings = ImmutableMap.builder();
        m.followUps().forEach(f -> f.meeting().flatMap(id -> store.meetings().findById(id))
            .ifPresent(meeting -> meetings.put(meeting.id().value(), meeting.start().toLocalDate())));
        groups.computeIfAbsent(m.status(), s -> ImmutableList.builder())
            .add(new Line(m, responsible, meetings.buildKeepingLast()));
      }
      ImmutableMap.Builder<MeasureStatus, ImmutableList<Line>> byStatus = ImmutableMap.builder();
      groups.forEach((status, lines) -> byStatus.put(status, lines.build()));
      ImmutableList<ProblemChain> chains = chains(store, council, measures);
      sections.add(new CouncilSection(council, byStatus.build(), chains,
          measures.stream().filter(m -> !m.targetsAProblem()).collect(ImmutableList.toImmutableList()),
          situationPictures(store, council, chains), actionPlans(store, measures),
          measures.stream().filter(m -> isOverdue(m, today)).collect(ImmutableList.toImmutableList()),
          ComplianceReport.entries(store, council.municipalities().stream().sorted()
              .map(code -> compliance.ledger(code, today)).toList())));
    }
    return new MeasureReport(year, today, sections.build());
  }

  /** True if the measure is planned or in progress although its period ended before {@code today}. */
  public static boolean isOverdue(Measure measure, LocalDate today) {
    return (measure.status() == MeasureStatus.PLANNED || measure.status() == MeasureStatus.IN_PROGRESS)
        && measure.period().flatMap(p -> p.lastDay()).map(last -> last.isBefore(today)).orElse(false);
  }

  /** The council's situation pictures and those that found the problems of its chains. */
  private static ImmutableList<SituationPicture> situationPictures(Repositories store, Council council,
      List<ProblemChain> chains) {
    Map<SituationPictureId, SituationPicture> pictures = new LinkedHashMap<>();
    Pages.all(page -> store.situationPictures().findByCouncil(council.id(), page))
        .forEach(p -> pictures.put(p.id(), p));
    chains.forEach(c -> c.problem().situationPicture().filter(id -> !pictures.containsKey(id))
        .flatMap(id -> store.situationPictures().findById(id)).ifPresent(p -> pictures.put(p.id(), p)));
    return ImmutableList.copyOf(pictures.values());
  }

  /** The action plans the measures belong to, in the order the measures name them. */
  private static ImmutableList<ActionPlan> actionPlans(Repositories store, List<Measure> measures) {
    Map<ActionPlanId, ActionPlan> plans = new LinkedHashMap<>();
    measures.forEach(m -> m.actionPlan().filter(id -> !plans.containsKey(id))
        .flatMap(id -> store.actionPlans().findById(id)).ifPresent(p -> plans.put(p.id(), p)));
    return ImmutableList.copyOf(plans.values());
  }

  /** The chains of the problems the measures target or the council's situation pictures found, in priority order. */
  private static ImmutableList<ProblemChain> chains(Repositories store, Council council, List<Measure> measures) {
    Map<ProblemId, Optional<Problem>> problems = new LinkedHashMap<>();
    for (Measure m : measures) {
      for (Target t : m.targets()) {
        problems.computeIfAbsent(t.problem(), id -> store.problems().findById(id));
      }
    }
    for (SituationPicture picture : Pages.all(page -> store.situationPictures().findByCouncil(council.id(), page))) {
      for (Problem p : Pages.all(page -> store.problems().findBySituationPicture(picture.id(), page))) {
        problems.putIfAbsent(p.id(), Optional.of(p));
      }
    }
    List<AgreementGoal> goals = Pages.all(page -> store.cooperationAgreements().findAll(page)).stream()
        .flatMap(a -> a.goals().stream()).toList();
    return problems.values().stream().flatMap(Optional::stream)
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
  public String title(ReportText text) {
    return year.isPresent() ? text.get("title.year", String.valueOf(year.getAsInt())) : text.get("title");
  }

  /** "Belysning (Genomförda)": a measure in a chain. */
  public static String describe(Measure measure, ReportText text) {
    return text.get("measure.withStatus", measure.title(), text.label(measure.status()));
  }

  /** "sammanträde 1 april 2019": the meeting of a follow-up, or its id if the meeting is not in the store. */
  public static String describeMeeting(Line line, MeetingId meeting, ReportText text) {
    LocalDate date = line.meetings().get(meeting.value());
    return date == null ? meeting.value() : text.get("meeting", text.date(date));
  }

  /**
   * "nollmätning 41,5 % (1 mars 2021), mål 30 % senast 31 december 2027, senaste 35,25 % (1 mars 2023), 54 % av
   * vägen"; the parts that are unknown are left out.
   */
  public static String describe(IndicatorLine line, ReportText text) {
    Indicator i = line.indicator();
    List<String> parts = new ArrayList<>();
    i.baseline().ifPresent(b -> parts.add(text.get("describe.baseline", text.quantity(b.value(), i.unit()),
        text.date(b.date()))));
    line.goal().ifPresent(g -> parts.add(text.get("describe.goal", text.quantity(g.target(), i.unit()),
        text.date(g.byWhen()))));
    i.latest().ifPresent(v -> parts.add(text.get("describe.latest", text.quantity(v.value(), i.unit()),
        text.date(v.date()))));
    line.progress().ifPresent(p -> parts.add(text.get("describe.progress",
        text.number(p.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN)))));
    return parts.isEmpty() ? text.get("describe.none") : String.join(", ", parts);
  }

  /** "Otrygghet i centrum (prioritet 1)". */
  public static String describe(Problem problem, ReportText text) {
    return problem.priority().isPresent()
        ? text.get("problem.priority", problem.title(), text.number(problem.priority().getAsInt()))
        : text.get("problem.unprioritised", problem.title());
  }

  /** "Lägesbild 2024 (1 november 2024)". */
  public static String describe(SituationPicture picture, ReportText text) {
    return picture.date().map(d -> text.get("situationPicture.dated", picture.title(), text.date(d)))
        .orElse(picture.title());
  }

  /** "Åtgärdsplan 2025–2027, beslutad 24 februari 2025 av Kommunfullmäktige". */
  public static String describe(ActionPlan plan, ReportText text) {
    return plan.decision().map(d -> text.get("actionPlan.decided", plan.title(), text.date(d.date()), d.body()))
        .orElse(text.get("actionPlan.undecided", plan.title()));
  }

  /** "Ny belysning i gångtunnlar (Planerade): perioden slutade 31 december 2025". */
  public static String describeOverdue(Measure measure, ReportText text) {
    return text.get("overdue.item", measure.title(), text.label(measure.status()),
        measure.period().flatMap(p -> p.lastDay()).map(text::date).orElse(""));
  }

  /** The measures, each with its status, or "inga insatser". */
  public static String describe(List<Measure> measures, ReportText text) {
    return measures.isEmpty() ? text.get("noMeasuresLower")
        : String.join(", ", measures.stream().map(m -> describe(m, text)).toList());
  }

  /** A term and its value, as both renderers list them: a key figure, a step of the chain. */
  public record Entry(String term, String value) {}

  /** The key figures of the council's overview: measures, overdue, problems, indicators, without a problem. */
  public static ImmutableList<Entry> keyFigures(CouncilSection section, ReportText text) {
    return ImmutableList.of(new Entry(text.get("figure.measures"), text.number(section.total())),
        new Entry(text.get("figure.overdue"), text.number(section.overdue().size())),
        new Entry(text.get("figure.problems"), text.number(section.chains().size())),
        new Entry(text.get("figure.indicators"), text.number(section.indicators().size())),
        new Entry(text.get("figure.withoutProblem"), text.number(section.withoutProblem().size())));
  }

  /**
   * The knowledge-based chain of the council at a glance, one entry per step: situation picture → problems →
   * indicators → measures → action plan; a missing step says "saknas".
   */
  public static ImmutableList<Entry> chainSteps(CouncilSection section, ReportText text) {
    int targeting = section.total() - section.withoutProblem().size();
    return ImmutableList.of(
        new Entry(text.get("chain.situationPictures"), joined(section.situationPictures().stream()
            .map(p -> describe(p, text)).toList(), text)),
        new Entry(text.get("chain.problems"), joined(section.chains().stream()
            .map(c -> describe(c.problem(), text)).toList(), text)),
        new Entry(text.get("chain.indicators"), joined(section.indicators().stream()
            .map(i -> i.indicator().name()).toList(), text)),
        new Entry(text.get("chain.measures"), text.get("chain.measureCount", section.total(), targeting)),
        new Entry(text.get("chain.actionPlans"), joined(section.actionPlans().stream()
            .map(p -> describe(p, text)).toList(), text)));
  }

  private static String joined(List<String> items, ReportText text) {
    return items.isEmpty() ? text.get("chain.missing") : String.join("; ", items);
  }
}
