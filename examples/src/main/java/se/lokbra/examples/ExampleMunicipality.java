package se.lokbra.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.Repositories;
import se.lokbra.core.coordination.CoordinationFunction;
import se.lokbra.core.coordination.CoordinationFunctionRepository;
import se.lokbra.core.coordination.CoordinationTask;
import se.lokbra.core.coordination.Holder;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.FollowUpOutcome;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.model.ContactDetails;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.DecidingBody;
import se.lokbra.core.model.Decision;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.person.Person;
import se.lokbra.core.person.PersonId;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.situation.SituationPicture;
import se.lokbra.core.situation.SituationPictureId;
import se.lokbra.core.situation.Source;
import se.lokbra.core.situation.SourceKind;

/**
 * A <strong>fictional</strong> municipality that meets every requirement of the law on municipalities'
 * responsibility for crime prevention (2023:196) as of {@link #AS_OF}: "Exempelby kommun", municipality code
 * {@code 1899} (a code that no municipality has, in Örebro county). Everything here is invented for tests and the
 * README; unlike the sample data ({@link se.lokbra.core.sample.KarlskogaDegerfors}) it describes no real place.
 *
 * <p>Exempelby has situation pictures of 2023 and 2025 (adopted by the municipal executive board), an action plan
 * for July 2024 – 2027 decided by the municipal council and resting on the 2023 picture, with follow-ups every
 * half year that the council's measures record, and a coordination function in the municipal executive office
 * since July 2023, held by one coordinator at 75 %.
 */
public final class ExampleMunicipality {
  /** Exempelby kommun: {@code 1899}, fictional (unassigned in Örebro county, 18). */
  public static final MunicipalityCode EXEMPELBY = MunicipalityCode.of("1899");
  /** The day on which Exempelby meets every requirement: 3 December 2026. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 12, 3);

  public static final OrganisationId KOMMUN = OrganisationId.of("exempelby-kommun");
  public static final OrganisationId KOMMUNLEDNINGSKONTORET = OrganisationId.of("exempelby-kommunledningskontoret");
  public static final PersonId COORDINATOR = PersonId.of("exempelby-samordnare");
  public static final CouncilId COUNCIL = CouncilId.of("exempelby-bra");
  public static final SituationPictureId PICTURE_2023 = SituationPictureId.of("exempelby-lagesbild-2023");
  public static final SituationPictureId PICTURE_2025 = SituationPictureId.of("exempelby-lagesbild-2025");
  public static final ActionPlanId PLAN = ActionPlanId.of("exempelby-atgardsplan-2024-2027");

  private ExampleMunicipality() {}

  private static DateSpan from(LocalDate day) {
    return DateSpan.from(PartialDate.of(day));
  }

  private static FollowUp followUp(LocalDate date, String note) {
    return new FollowUp(date, note, FollowUpOutcome.ON_TRACK, Optional.empty());
  }

  /** Saves the data set through {@code repositories} (inside a transaction, all or nothing). */
  public static void loadInto(Repositories repositories) {
    repositories.organisations().save(Organisation.builder().id(KOMMUN).name("Exempelby kommun")
        .kind(OrganisationKind.MUNICIPALITY).municipality(EXEMPELBY).build());
    repositories.organisations().save(Organisation.builder().id(KOMMUNLEDNINGSKONTORET)
        .name("Kommunledningskontoret, Exempelby kommun").kind(OrganisationKind.MUNICIPAL_ADMINISTRATION)
        .municipality(EXEMPELBY).parent(KOMMUN).build());
    repositories.people().save(Person.builder().id(COORDINATOR).givenName("Exempel").familyName("Samordnare")
        .title("Brottsförebyggande samordnare").affiliation(KOMMUNLEDNINGSKONTORET).build());
    repositories.councils().save(Council.builder().id(COUNCIL).name("Brottsförebyggande rådet i Exempelby")
        .shortName("Exempelby BRÅ").municipalities(EXEMPELBY).founded(2012).meetingsPerYear(4).build());

    repositories.situationPictures().save(SituationPicture.builder().id(PICTURE_2023).title("Lägesbild 2023")
        .municipalities(EXEMPELBY).council(COUNCIL).date(LocalDate.of(2023, 10, 2)).period(DateSpan.ofYear(2023))
        .producedBy(List.of(KOMMUNLEDNINGSKONTORET))
        .addSource(Source.of(SourceKind.SAFETY_SURVEY, "Trygghetsmätning 2023"))
        .adoptedBy(Decision.of(LocalDate.of(2023, 11, 6), DecidingBody.MUNICIPAL_EXECUTIVE_BOARD, "Kommunstyrelsen")
            .withParagraph("§ 201").withCaseNumber("KS 2023/311"))
        .build());
    repositories.situationPictures().save(SituationPicture.builder().id(PICTURE_2025).title("Lägesbild 2025")
        .municipalities(EXEMPELBY).council(COUNCIL).date(LocalDate.of(2025, 10, 6)).period(DateSpan.ofYear(2025))
        .producedBy(List.of(KOMMUNLEDNINGSKONTORET))
        .addSource(Source.of(SourceKind.SAFETY_SURVEY, "Trygghetsmätning 2025"))
        .adoptedBy(Decision.of(LocalDate.of(2025, 11, 3), DecidingBody.MUNICIPAL_EXECUTIVE_BOARD, "Kommunstyrelsen")
            .withParagraph("§ 188").withCaseNumber("KS 2025/297"))
        .build());

    repositories.actionPlans().save(ActionPlan.builder().id(PLAN).title("Åtgärdsplan 2024–2027")
        .municipalities(EXEMPELBY).council(COUNCIL)
        .decision(Decision.of(LocalDate.of(2024, 5, 27), DecidingBody.MUNICIPAL_COUNCIL, "Kommunfullmäktige")
            .withParagraph("§ 78").withCaseNumber("KS 2024/56"))
        .period(DateSpan.of(PartialDate.of(LocalDate.of(2024, 7, 1)), PartialDate.of(LocalDate.of(2027, 12, 31))))
        .followUpDates(List.of(LocalDate.of(2025, 5, 31), LocalDate.of(2025, 11, 30), LocalDate.of(2026, 5, 31),
            LocalDate.of(2026, 11, 30), LocalDate.of(2027, 5, 31), LocalDate.of(2027, 11, 30)))
        .restsOn(PICTURE_2023).build());

    repositories.measures().save(Measure.builder().id("exempelby-trygghetsvandringar").council(COUNCIL)
        .title("Trygghetsvandringar i centrum").category(MeasureCategory.SITUATIONAL).municipalities(EXEMPELBY)
        .period(DateSpan.of(PartialDate.ofYear(2024), PartialDate.ofYear(2027))).status(MeasureStatus.IN_PROGRESS)
        .actionPlan(PLAN)
        .followUps(List.of(followUp(LocalDate.of(2025, 5, 20), "Två vandringar genomförda."),
            followUp(LocalDate.of(2025, 11, 18), "Fyra vandringar genomförda."),
            followUp(LocalDate.of(2026, 5, 19), "Vandringar även i Norra Exempelby."),
            followUp(LocalDate.of(2026, 11, 17), "Åtta vandringar genomförda i år.")))
        .build());
    repositories.measures().save(Measure.builder().id("exempelby-belysning").council(COUNCIL)
        .title("Ny belysning i gångtunnlar").category(MeasureCategory.SITUATIONAL).municipalities(EXEMPELBY)
        .period(DateSpan.ofYear(2025)).status(MeasureStatus.COMPLETED).actionPlan(PLAN)
        .followUps(List.of(followUp(LocalDate.of(2025, 11, 18), "Belysningen bytt i tre av fyra tunnlar.")))
        .build());

    repositories.repository(CoordinationFunctionRepository.class).save(CoordinationFunction.builder()
        .id("exempelby-samordningsfunktion").name("Samordningsfunktionen för brottsförebyggande arbete")
        .municipality(EXEMPELBY.value())
        .decision(Decision.of(LocalDate.of(2023, 6, 12), DecidingBody.MUNICIPAL_EXECUTIVE_BOARD, "Kommunstyrelsen")
            .withParagraph("§ 112").withCaseNumber("KS 2023/210"))
        .placedIn(KOMMUNLEDNINGSKONTORET).tasks(List.of(CoordinationTask.values()))
        .otherTasks(List.of("Sammankallar brottsförebyggande rådets arbetsgrupp"))
        .contact(ContactDetails.NONE.withEmail("samordnare@exempelby.example"))
        .period(from(LocalDate.of(2023, 7, 1)))
        .addHolder(new Holder(COORDINATOR, 75, from(LocalDate.of(2023, 8, 1))))
        .build());
  }

  /** Loads the data set in one transaction unless the store already holds Exempelby's council. */
  public static boolean loadIfAbsent(LokbraStore store) {
    return store.inTransaction(tx -> {
      if (tx.councils().existsById(COUNCIL)) {
        return false;
      }
      loadInto(tx);
      return true;
    });
  }
}
