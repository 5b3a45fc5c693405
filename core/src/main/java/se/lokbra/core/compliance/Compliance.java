package se.lokbra.core.compliance;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.lokbra.core.Repositories;
import se.lokbra.core.coordination.CoordinationFunction;
import se.lokbra.core.coordination.CoordinationFunctionRepository;
import se.lokbra.core.council.Council;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.Decision;
import se.lokbra.core.model.EntityId;
import se.lokbra.core.model.MandatePeriod;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.repository.Pages;
import se.lokbra.core.situation.SituationPicture;
import se.lokbra.core.situation.SituationPictureId;

/**
 * The compliance ledger: where a municipality stands against the law on municipalities' responsibility for crime
 * prevention (2023:196), computed from a store's {@link Repositories} (a store or a transaction) through the
 * public repository API only, so every backend gives the same ledger for the same data. Nothing here reads the
 * system clock: the day asked about is a parameter (or a {@link Clock}).
 *
 * <p>The findings describe the <em>day of evaluation</em> {@code d}: the day asked about, or the period's last day
 * if the period ended before it. With {@code w} the {@linkplain ComplianceOptions#warningWindow() warning window}
 * and {@code a} the {@linkplain ComplianceOptions#maximumAge() maximum age}:
 *
 * <ul>
 *   <li><b>Situation picture.</b> The newest picture of the municipality whose date lies in the period and is not
 *       after {@code d} (pictures without a date are not counted). None: MISSING ({@code situationPicture.none};
 *       arguments: period). It counts up to and including {@code date + a}: after that OUT_OF_DATE
 *       ({@code situationPicture.tooOld}; date, last day it counted); if that last day is before {@code d + w}:
 *       DUE_SOON ({@code situationPicture.agingSoon}; date, last day); otherwise MET ({@code situationPicture.current};
 *       date, last day).
 *   <li><b>Action plan.</b> A plan of the municipality is <em>decided</em> when its decision is dated on or before
 *       {@code d}, <em>in force</em> when {@code d} lies in its period (without a period: from its decision on), and
 *       <em>grounded</em> when at least one situation picture it names is in the store. Of the decided plans in
 *       force and grounded, the one that runs longest counts: MET ({@code actionPlan.inForce}; title, decision date),
 *       or DUE_SOON if its period ends before {@code d + w} ({@code actionPlan.endsSoon}; title, last day). Without
 *       one: MISSING if a decided plan is in force but rests on no picture in the store
 *       ({@code actionPlan.notGrounded}; title), OUT_OF_DATE if decided plans exist and have all ended
 *       ({@code actionPlan.ended}; title, last day), MISSING if they start later ({@code actionPlan.notYetInForce};
 *       title, first day), if plans exist but none is decided ({@code actionPlan.undecided}; title), or if there is
 *       none ({@code actionPlan.none}).
 *   <li><b>Coordination function.</b> The functions of the municipality {@linkplain CoordinationFunction#isInForceOn
 *       in force} on {@code d}: MET ({@code coordinationFunction.inForce}; name), or DUE_SOON if every one ends before
 *       {@code d + w} ({@code coordinationFunction.endsSoon}; name, last day). Without one: OUT_OF_DATE if functions
 *       exist and have all ended ({@code coordinationFunction.ended}; name, last day), MISSING if they start later
 *       ({@code coordinationFunction.notYetInForce}; name) or there is none ({@code coordinationFunction.none}).
 *   <li><b>Follow-ups held by their dates.</b> For the decided plan in force that the action-plan finding rests on
 *       (or, if none is grounded, the decided plan in force that runs longest), with follow-up dates
 *       {@code f1 < f2 < …}: date {@code fi} is <em>held</em> if a measure naming the plan has a follow-up dated
 *       after {@code f(i-1)} (for {@code f1}: on or after the plan's decision date) and on or before {@code fi},
 *       and not after {@code d}. A follow-up recorded after its date is late: it does not hold that date (it may
 *       hold the next). MISSING if a date before {@code d} is not held ({@code followUps.missed}; title, the first
 *       such date), if the plan has no follow-up dates ({@code followUps.noDates}; title), or if no decided plan is
 *       in force ({@code followUps.noPlan}); DUE_SOON if a date from {@code d} up to before {@code d + w} is not held
 *       yet ({@code followUps.dueSoon}; title, the date); otherwise MET ({@code followUps.held}; title, how many
 *       dates have passed and were held).
 * </ul>
 *
 * <p>The basis of a finding is the ids of what it rests on: the picture; the plan and its pictures in the store;
 * the functions; the plan and the measures whose follow-ups held its dates.
 */
public final class Compliance {
  private final Repositories store;
  private final ComplianceOptions options;

  private Compliance(Repositories store, ComplianceOptions options) {
    this.store = store;
    this.options = options;
  }

  /** The ledger over {@code store} with the {@linkplain ComplianceOptions#defaults() default options}. */
  public static Compliance of(Repositories store) {
    return of(store, ComplianceOptions.defaults());
  }

  public static Compliance of(Repositories store, ComplianceOptions options) {
    return new Compliance(Checks.notNull(store, "store"), Checks.notNull(options, "options"));
  }

  public ComplianceOptions options() {
    return options;
  }

  /** The ledger of the municipality in the mandate period that holds today's date on {@code clock}. */
  public Ledger ledger(MunicipalityCode municipality, Clock clock) {
    LocalDate today = LocalDate.now(Checks.notNull(clock, "clock"));
    return ledger(municipality, MandatePeriod.containing(today), today);
  }

  /** The ledger of the municipality in the mandate period that holds {@code asOf}. */
  public Ledger ledger(MunicipalityCode municipality, LocalDate asOf) {
    Checks.notNull(asOf, "asOf");
    return ledger(municipality, MandatePeriod.containing(asOf), asOf);
  }

  /** The ledger of the municipality in the period, as of the day (see the class documentation). */
  public Ledger ledger(MunicipalityCode municipality, MandatePeriod period, LocalDate asOf) {
    Checks.notNull(municipality, "municipality");
    Checks.notNull(period, "period");
    Checks.date(asOf, "asOf");
    LocalDate d = asOf.isAfter(period.end()) ? period.end() : asOf;
    List<ActionPlan> plans = Pages.all(page -> store.actionPlans().findByMunicipality(municipality, page));
    PlanChoice choice = choosePlan(plans, d);
    return new Ledger(municipality, period, asOf, d, ImmutableList.of(
        situationPicture(municipality, period, d),
        actionPlan(plans, choice, d),
        coordinationFunction(municipality, d),
        followUps(choice, d)));
  }

  /** The ledgers of every municipality of the county the store knows of, in the period that holds {@code asOf}. */
  public CountyView county(String countyCode, LocalDate asOf) {
    Checks.notNull(asOf, "asOf");
    return county(countyCode, MandatePeriod.containing(asOf), asOf);
  }

  /**
   * The ledgers of every municipality of the county (the two-digit county code, {@code 18} for Örebro county) that
   * the store knows of: named by a situation picture, an action plan, a coordination function or a council.
   */
  public CountyView county(String countyCode, MandatePeriod period, LocalDate asOf) {
    Checks.notNull(countyCode, "county");
    Checks.check(MunicipalityCode.COUNTY_CODES.contains(countyCode), "county", countyCode,
        "must be a county code (one of %s)", String.join(", ", MunicipalityCode.COUNTY_CODES));
    Checks.notNull(period, "period");
    Checks.date(asOf, "asOf");
    TreeSet<MunicipalityCode> codes = new TreeSet<>();
    Stream.of(
        Pages.all(page -> store.situationPictures().findAll(page)).stream().map(SituationPicture::municipalities),
        Pages.all(page -> store.actionPlans().findAll(page)).stream().map(ActionPlan::municipalities),
        Pages.all(page -> functions().findAll(page)).stream().map(CoordinationFunction::municipalities),
        Pages.all(page -> store.councils().findAll(page)).stream().map(Council::municipalities))
        .flatMap(s -> s).flatMap(set -> set.stream())
        .filter(c -> c.countyCode().equals(countyCode)).forEach(codes::add);
    return new CountyView(countyCode, period, asOf,
        codes.stream().map(c -> ledger(c, period, asOf)).collect(ImmutableList.toImmutableList()));
  }

  private CoordinationFunctionRepository functions() {
    return store.repository(CoordinationFunctionRepository.class);
  }

  private Finding situationPicture(MunicipalityCode municipality, MandatePeriod period, LocalDate d) {
    Optional<SituationPicture> newest = Pages.all(page -> store.situationPictures()
            .findByMunicipality(municipality, page)).stream()
        .filter(p -> p.date().filter(date -> period.contains(date) && !date.isAfter(d)).isPresent())
        .max(Comparator.comparing((SituationPicture p) -> p.date().orElseThrow())
            .thenComparing(p -> p.id().value()));
    Requirement r = Requirement.SITUATION_PICTURE;
    if (newest.isEmpty()) {
      return new Finding(r, Status.MISSING, Reason.of("situationPicture.none",
          "No situation picture of " + municipality + " is dated within " + period + ".", period), ImmutableList.of());
    }
    SituationPicture p = newest.get();
    LocalDate date = p.date().orElseThrow();
    LocalDate lastDay = date.plus(options.maximumAge());
    ImmutableList<EntityId> basis = ImmutableList.of(p.id());
    if (d.isAfter(lastDay)) {
      return new Finding(r, Status.OUT_OF_DATE, Reason.of("situationPicture.tooOld", "The newest situation picture, "
          + "of " + date + ", is older than " + describe(options.maximumAge()) + " (it counted until " + lastDay
          + ").", date,
          lastDay), basis);
    }
    if (lastDay.isBefore(d.plus(options.warningWindow()))) {
      return new Finding(r, Status.DUE_SOON, Reason.of("situationPicture.agingSoon", "The situation picture of "
          + date + " counts until " + lastDay + ": a new one is due soon.", date, lastDay), basis);
    }
    return new Finding(r, Status.MET, Reason.of("situationPicture.current", "The situation picture of " + date
        + " is current (it counts until " + lastDay + ").", date, lastDay), basis);
  }

  /** The decided plans in force on the day, the grounded ones among them, and the one that counts. */
  private record PlanChoice(List<ActionPlan> decided, List<ActionPlan> inForce, Optional<ActionPlan> grounded,
      Optional<ActionPlan> followed, List<SituationPictureId> pictures) {}

  private PlanChoice choosePlan(List<ActionPlan> plans, LocalDate d) {
    List<ActionPlan> decided = plans.stream()
        .filter(p -> p.decision().map(Decision::date).filter(date -> !date.isAfter(d)).isPresent()).toList();
    List<ActionPlan> inForce = decided.stream().filter(p -> inForce(p, d)).toList();
    Comparator<ActionPlan> longest = Comparator.comparing((ActionPlan p) -> lastDay(p).orElse(LocalDate.MAX))
        .thenComparing(p -> p.id().value());
    Optional<ActionPlan> grounded = Optional.empty();
    List<SituationPictureId> pictures = List.of();
    for (ActionPlan p : inForce.stream().sorted(longest.reversed()).toList()) {
      List<SituationPictureId> found = p.situationPictures().stream().sorted(Comparator.comparing(
          SituationPictureId::value)).filter(id -> store.situationPictures().existsById(id)).toList();
      if (!found.isEmpty()) {
        grounded = Optional.of(p);
        pictures = found;
        break;
      }
    }
    Optional<ActionPlan> followed = grounded.isPresent() ? grounded : inForce.stream().max(longest);
    return new PlanChoice(decided, inForce, grounded, followed, pictures);
  }

  private static boolean inForce(ActionPlan p, LocalDate d) {
    if (p.period().isPresent()) {
      return p.period().get().contains(d);
    }
    return true; // decided (on or before d) and without a period: in force from its decision on
  }

  private static Optional<LocalDate> lastDay(ActionPlan p) {
    return p.period().flatMap(DateSpan::lastDay);
  }

  private Finding actionPlan(List<ActionPlan> plans, PlanChoice choice, LocalDate d) {
    Requirement r = Requirement.ACTION_PLAN;
    if (choice.grounded().isPresent()) {
      ActionPlan p = choice.grounded().get();
      ImmutableList<EntityId> basis = ImmutableList.<EntityId>builder().add(p.id()).addAll(choice.pictures()).build();
      Optional<LocalDate> last = lastDay(p);
      if (last.isPresent() && last.get().isBefore(d.plus(options.warningWindow()))) {
        return new Finding(r, Status.DUE_SOON, Reason.of("actionPlan.endsSoon", "The action plan '" + p.title()
            + "' ends on " + last.get() + ": a new plan is due soon.", p.title(), last.get()), basis);
      }
      LocalDate decided = p.decision().orElseThrow().date();
      return new Finding(r, Status.MET, Reason.of("actionPlan.inForce", "The action plan '" + p.title()
          + "', decided on " + decided + ", is in force and rests on a situation picture.", p.title(), decided),
          basis);
    }
    if (!choice.inForce().isEmpty()) {
      ActionPlan p = choice.followed().orElseThrow();
      return new Finding(r, Status.MISSING, Reason.of("actionPlan.notGrounded", "The action plan '" + p.title()
          + "' is in force but rests on no situation picture in the store.", p.title()), ImmutableList.of(p.id()));
    }
    Optional<ActionPlan> ended = choice.decided().stream().filter(p -> lastDay(p).filter(d::isAfter).isPresent())
        .max(Comparator.comparing((ActionPlan p) -> lastDay(p).orElseThrow()).thenComparing(p -> p.id().value()));
    if (ended.isPresent()) {
      ActionPlan p = ended.get();
      return new Finding(r, Status.OUT_OF_DATE, Reason.of("actionPlan.ended", "The action plan '" + p.title()
          + "' ended on " + lastDay(p).orElseThrow() + "; no decided plan is in force.", p.title(),
          lastDay(p).orElseThrow()), ImmutableList.of(p.id()));
    }
    if (!choice.decided().isEmpty()) {
      ActionPlan p = choice.decided().stream().min(Comparator.comparing((ActionPlan x) -> x.period().orElseThrow()
          .firstDay()).thenComparing(x -> x.id().value())).orElseThrow();
      LocalDate first = p.period().orElseThrow().firstDay();
      return new Finding(r, Status.MISSING, Reason.of("actionPlan.notYetInForce", "The action plan '" + p.title()
          + "' is in force only from " + first + ".", p.title(), first), ImmutableList.of(p.id()));
    }
    Optional<ActionPlan> undecided = plans.stream().min(Comparator.comparing(p -> p.id().value()));
    if (undecided.isPresent()) {
      ActionPlan p = undecided.get();
      return new Finding(r, Status.MISSING, Reason.of("actionPlan.undecided", "The action plan '" + p.title()
          + "' has not been decided.", p.title()), plans.stream().map(ActionPlan::id)
          .sorted(Comparator.comparing(x -> x.value())).collect(ImmutableList.toImmutableList()));
    }
    return new Finding(r, Status.MISSING, Reason.of("actionPlan.none", "There is no action plan."),
        ImmutableList.of());
  }

  private Finding coordinationFunction(MunicipalityCode municipality, LocalDate d) {
    Requirement r = Requirement.COORDINATION_FUNCTION;
    List<CoordinationFunction> all = Pages.all(page -> functions().findByMunicipality(municipality, page)).stream()
        .sorted(Comparator.comparing(f -> f.id().value())).toList();
    List<CoordinationFunction> inForce = all.stream().filter(f -> f.isInForceOn(d)).toList();
    if (!inForce.isEmpty()) {
      ImmutableList<EntityId> basis = inForce.stream().map(f -> (EntityId) f.id())
          .collect(ImmutableList.toImmutableList());
      LocalDate warnUntil = d.plus(options.warningWindow());
      Optional<CoordinationFunction> longest = inForce.stream().max(Comparator.comparing(
          (CoordinationFunction f) -> functionEnd(f).orElse(LocalDate.MAX)));
      CoordinationFunction f = longest.orElseThrow();
      Optional<LocalDate> end = functionEnd(f);
      if (end.isPresent() && end.get().isBefore(warnUntil)) {
        return new Finding(r, Status.DUE_SOON, Reason.of("coordinationFunction.endsSoon", "The coordination "
            + "function '" + f.name() + "' ends on " + end.get() + ".", f.name(), end.get()), basis);
      }
      return new Finding(r, Status.MET, Reason.of("coordinationFunction.inForce", "The coordination function '"
          + f.name() + "' is in force.", f.name()), basis);
    }
    Optional<CoordinationFunction> ended = all.stream().filter(f -> functionEnd(f).filter(d::isAfter).isPresent())
        .max(Comparator.comparing((CoordinationFunction f) -> functionEnd(f).orElseThrow()));
    if (ended.isPresent()) {
      CoordinationFunction f = ended.get();
      return new Finding(r, Status.OUT_OF_DATE, Reason.of("coordinationFunction.ended", "The coordination function '"
          + f.name() + "' ended on " + functionEnd(f).orElseThrow() + ".", f.name(), functionEnd(f).orElseThrow()),
          ImmutableList.of(f.id()));
    }
    if (!all.isEmpty()) {
      CoordinationFunction f = all.get(0);
      return new Finding(r, Status.MISSING, Reason.of("coordinationFunction.notYetInForce", "The coordination "
          + "function '" + f.name() + "' is not yet in force.", f.name()), all.stream().map(x -> (EntityId) x.id())
          .collect(ImmutableList.toImmutableList()));
    }
    return new Finding(r, Status.MISSING, Reason.of("coordinationFunction.none", "There is no coordination "
        + "function."), ImmutableList.of());
  }

  /** "24 months", "1 year and 2 days": a period in words, for the English texts. */
  static String describe(java.time.Period period) {
    List<String> parts = new ArrayList<>();
    if (period.getYears() != 0) {
      parts.add(period.getYears() + (period.getYears() == 1 ? " year" : " years"));
    }
    if (period.getMonths() != 0) {
      parts.add(period.getMonths() + (period.getMonths() == 1 ? " month" : " months"));
    }
    if (period.getDays() != 0 || parts.isEmpty()) {
      parts.add(period.getDays() + (period.getDays() == 1 ? " day" : " days"));
    }
    return String.join(" and ", parts);
  }

  private static Optional<LocalDate> functionEnd(CoordinationFunction f) {
    return f.period().flatMap(DateSpan::lastDay);
  }

  private Finding followUps(PlanChoice choice, LocalDate d) {
    Requirement r = Requirement.FOLLOW_UPS;
    if (choice.followed().isEmpty()) {
      return new Finding(r, Status.MISSING, Reason.of("followUps.noPlan", "No decided action plan is in force, so "
          + "nothing is followed up."), ImmutableList.of());
    }
    ActionPlan plan = choice.followed().get();
    List<LocalDate> dates = plan.followUpDates().stream().sorted().distinct().toList();
    if (dates.isEmpty()) {
      return new Finding(r, Status.MISSING, Reason.of("followUps.noDates", "The action plan '" + plan.title()
          + "' sets no follow-up dates.", plan.title()), ImmutableList.of(plan.id()));
    }
    List<Measure> measures = Pages.all(page -> store.measures().findByActionPlan(plan.id(), page)).stream()
        .sorted(Comparator.comparing(m -> m.id().value())).toList();
    LocalDate warnUntil = d.plus(options.warningWindow());
    TreeSet<String> holding = new TreeSet<>();
    List<EntityId> holders = new ArrayList<>();
    int held = 0;
    Optional<LocalDate> previous = Optional.empty();
    for (LocalDate date : dates) {
      Optional<LocalDate> after = previous;
      LocalDate from = plan.decision().map(Decision::date).orElse(LocalDate.MIN);
      List<Measure> holdingDate = measures.stream().filter(m -> m.followUps().stream().map(FollowUp::date)
          .anyMatch(f -> (after.isPresent() ? f.isAfter(after.get()) : !f.isBefore(from)) && !f.isAfter(date)
              && !f.isAfter(d))).toList();
      previous = Optional.of(date);
      if (!holdingDate.isEmpty()) {
        if (!date.isAfter(d)) {
          held++;
        }
        holdingDate.forEach(m -> {
          if (holding.add(m.id().value())) {
            holders.add(m.id());
          }
        });
        continue;
      }
      ImmutableList<EntityId> basis = ImmutableList.of(plan.id());
      if (date.isBefore(d)) {
        return new Finding(r, Status.MISSING, Reason.of("followUps.missed", "The follow-up of the action plan '"
            + plan.title() + "' due on " + date + " was not held.", plan.title(), date), basis);
      }
      if (date.isBefore(warnUntil)) {
        return new Finding(r, Status.DUE_SOON, Reason.of("followUps.dueSoon", "The follow-up of the action plan '"
            + plan.title() + "' is due on " + date + ".", plan.title(), date), basis);
      }
      break;
    }
    ImmutableList<EntityId> basis = ImmutableList.<EntityId>builder().add(plan.id())
        .addAll(holders.stream().sorted(Comparator.comparing(EntityId::value)).toList()).build();
    return new Finding(r, Status.MET, Reason.of("followUps.held", "The follow-ups of the action plan '"
        + plan.title() + "' were held by their dates (" + held + " so far).", plan.title(), held), basis);
  }
}
