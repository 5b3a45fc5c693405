package se.lokbra.benchmarks;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.council.Membership;
import se.lokbra.core.council.Role;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.FollowUpOutcome;
import se.lokbra.core.measure.Goal;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.measure.Target;
import se.lokbra.core.meeting.AgendaItem;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.meeting.MeetingState;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.person.Person;
import se.lokbra.core.person.PersonId;
import se.lokbra.core.problem.Cause;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.problem.ProblemId;

/**
 * Deterministic data of realistic shape for benchmarks: for {@code n} measures, one council per 100 measures (each
 * with memberships), 3 organisations, 2 people and 2 problems (with two causes each) per council, 3 meetings a year
 * per council, and measures with two responsible organisations, two municipalities, a one-to-three-year period, two
 * goals, one or two follow-ups and a targeted cause. Ids are zero-padded so that their order is their number.
 */
public final class DataGenerator {
  /** Changes whenever the generated data changes, so that cached stores of older data are not reused. */
  public static final int VERSION = 2;

  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  private static final List<MunicipalityCode> MUNICIPALITIES = List.of("1883", "1862", "1880", "0180", "1480",
      "1280", "0380", "2480").stream().map(MunicipalityCode::of).toList();

  /** The entities, in an order that can be saved one by one (every reference points backwards). */
  public record Data(ImmutableList<Organisation> organisations, ImmutableList<Person> people,
      ImmutableList<Council> councils, ImmutableList<Problem> problems, ImmutableList<Meeting> meetings,
      ImmutableList<Measure> measures) {}

  private DataGenerator() {}

  public static Data generate(int measures) {
    SplittableRandom random = new SplittableRandom(42);
    int councils = Math.max(1, measures / 100);
    List<Organisation> orgs = new ArrayList<>();
    List<Person> people = new ArrayList<>();
    List<Council> councilList = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    List<Meeting> meetings = new ArrayList<>();
    List<Measure> measureList = new ArrayList<>();
    for (int c = 0; c < councils; c++) {
      MunicipalityCode municipality = MUNICIPALITIES.get(c % MUNICIPALITIES.size());
      OrganisationId municipalityOrg = OrganisationId.of(id("org", c * 3));
      orgs.add(Organisation.builder().id(municipalityOrg).name("Kommun " + c).kind(OrganisationKind.MUNICIPALITY)
          .municipality(municipality).build());
      orgs.add(Organisation.builder().id(id("org", c * 3 + 1)).name("Socialförvaltningen " + c)
          .kind(OrganisationKind.MUNICIPAL_ADMINISTRATION).municipality(municipality).parent(municipalityOrg)
          .build());
      orgs.add(Organisation.builder().id(id("org", c * 3 + 2)).name("Lokalpolisområde " + c)
          .kind(OrganisationKind.POLICE).build());
      PersonId chair = PersonId.of(id("person", c * 2));
      people.add(Person.builder().id(chair).givenName("Förnamn" + c).familyName("Ordförande " + c)
          .affiliation(municipalityOrg).build());
      people.add(Person.builder().id(id("person", c * 2 + 1)).givenName("Förnamn" + c).familyName("Samordnare " + c)
          .affiliation(OrganisationId.of(id("org", c * 3 + 1))).build());
      CouncilId councilId = CouncilId.of(id("council", c));
      councilList.add(Council.builder().id(councilId).name("Brottsförebyggande rådet " + c)
          .municipalities(municipality).meetingsPerYear(3).founded(1994 + c % 30)
          .addMembership(Membership.ofOrganisation(municipalityOrg, Role.MEMBER, LocalDate.of(2019, 1, 1),
              Optional.empty()))
          .addMembership(Membership.ofOrganisation(OrganisationId.of(id("org", c * 3 + 2)), Role.MEMBER,
              LocalDate.of(2019, 1, 1), Optional.empty()))
          .addMembership(Membership.ofPerson(chair, Optional.of(municipalityOrg), Role.CHAIR,
              LocalDate.of(2019, 1, 1), Optional.of(LocalDate.of(2022, 12, 31))))
          .build());
      problems.add(Problem.builder().id(id("problem", c * 2)).title("Otrygghet i centrum kvällstid")
          .description("Många känner sig otrygga i centrum efter mörkrets inbrott.").place("Centrum")
          .priority(1).causes(List.of(Cause.of("belysning", "Dålig belysning på torget och i gångtunneln"),
              Cause.of("folktomt", "Få människor i rörelse efter klockan 19")))
          .build());
      problems.add(Problem.builder().id(id("problem", c * 2 + 1)).title("Skadegörelse vid skolor")
          .description("Klotter och krossade rutor vid kommunens skolor under helger och lov.").priority(2)
          .causes(List.of(Cause.of("tillsyn", "Ingen vuxen närvaro på skolgårdarna kvällstid"),
              Cause.of("fritid", "Få fritidsaktiviteter för unga på helger")))
          .build());
      for (int year = 2018; year <= 2024; year++) {
        for (int k = 0; k < 3; k++) {
          meetings.add(Meeting.builder().id(id("meeting", meetings.size())).council(councilId)
              .start(ZonedDateTime.of(year, 2 + k * 4, 10, 13, 30, 0, 0, STOCKHOLM))
              .end(ZonedDateTime.of(year, 2 + k * 4, 10, 16, 0, 0, 0, STOCKHOLM))
              .location("Stadshuset, sal " + (k + 1)).state(MeetingState.HELD)
              .addAgendaItem(AgendaItem.of("Lägesbild")).addAgendaItem(AgendaItem.of("Avstämning av insatser"))
              .participants(List.of(chair)).build());
        }
      }
    }
    MeasureStatus[] statuses = MeasureStatus.values();
    MeasureCategory[] categories = MeasureCategory.values();
    for (int i = 0; i < measures; i++) {
      int c = i % councils;
      int start = 2018 + random.nextInt(6);
      int length = random.nextInt(3);
      String meeting = id("meeting", c * 21 + (start - 2018) * 3 + random.nextInt(3));
      Measure.Builder b = Measure.builder().id(id("measure", i)).council(CouncilId.of(id("council", c)))
          .title("Insats " + i + ": " + categories[i % categories.length].name().toLowerCase(Locale.ROOT))
          .description("Beskrivning av insats " + i + ". Syftet är att minska brottsligheten och öka tryggheten i "
              + "centrum kvällstid genom samverkan mellan kommun, polis och civilsamhälle.")
          .category(categories[i % categories.length]).targetProblem("Otrygghet i centrum kvällstid")
          .responsibleOrganisations(OrganisationId.of(id("org", c * 3 + 1)), OrganisationId.of(id("org", c * 3 + 2)))
          .municipalities(MUNICIPALITIES.get(c % MUNICIPALITIES.size()), MUNICIPALITIES.get((c + 1)
              % MUNICIPALITIES.size()))
          .period(DateSpan.of(PartialDate.ofYear(start), PartialDate.ofYear(start + length)))
          .status(statuses[random.nextInt(statuses.length)])
          .addGoal(new Goal("Andel som känner sig trygga", BigDecimal.valueOf(60 + random.nextInt(30)),
              Optional.of("%")))
          .addGoal(new Goal("Antal trygghetsvandringar", BigDecimal.valueOf(2 + random.nextInt(10)),
              Optional.empty()))
          .addFollowUp(new FollowUp(LocalDate.of(start, 6, 1), "Första avstämning för insats " + i,
              FollowUpOutcome.ON_TRACK, Optional.of(se.lokbra.core.meeting.MeetingId.of(meeting))))
          .addTarget(new Target(ProblemId.of(id("problem", c * 2 + i % 2)),
              Optional.of(i % 4 < 2 ? (i % 2 == 0 ? "belysning" : "tillsyn") : (i % 2 == 0 ? "folktomt" : "fritid"))));
      if (random.nextBoolean()) {
        b.addFollowUp(new FollowUp(LocalDate.of(start + length, 11, 1), "Slutlig uppföljning",
            FollowUpOutcome.PARTLY_ACHIEVED, Optional.empty()));
      }
      measureList.add(b.build());
    }
    return new Data(ImmutableList.copyOf(orgs), ImmutableList.copyOf(people), ImmutableList.copyOf(councilList),
        ImmutableList.copyOf(problems), ImmutableList.copyOf(meetings), ImmutableList.copyOf(measureList));
  }

  private static String id(String prefix, int n) {
    return String.format(Locale.ROOT, "%s-%07d", prefix, n);
  }
}
