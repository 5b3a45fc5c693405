package se.lokbra.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lokbra.core.ValidationException;
import se.lokbra.core.council.CouncilId;

class ValueObjectsTest {

  @Test
  void municipalityCodesAreFourDigitsWithACountyPrefix() {
    assertThat(MunicipalityCode.of("1883").countyCode()).isEqualTo("18");
    assertThat(MunicipalityCode.of("0180").toString()).isEqualTo("0180");
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> MunicipalityCode.of("0280"));
    assertThat(e.field()).isEqualTo("municipalityCode");
    assertThat(e.value()).isEqualTo("0280");
    assertThat(e.rule()).contains("county code");
    assertThatThrownBy(() -> MunicipalityCode.of("188")).isInstanceOf(ValidationException.class)
        .hasMessageContaining("four digits");
    assertThatThrownBy(() -> MunicipalityCode.of("１８８３")).as("full-width digits are not digits here")
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> MunicipalityCode.of(null)).isInstanceOf(ValidationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"01", "03", "10", "12", "14", "17", "25"})
  void everyCountyCodeIsAccepted(String county) {
    assertThat(MunicipalityCode.of(county + "80").countyCode()).isEqualTo(county);
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "02", "11", "15", "16", "26", "99"})
  void codesOutsideTheCountiesAreRefused(String county) {
    assertThatThrownBy(() -> MunicipalityCode.of(county + "80")).isInstanceOf(ValidationException.class);
  }

  @Test
  void organisationNumbersAreParsedCheckedAndPrinted() {
    OrganisationNumber karlskoga = OrganisationNumber.parse("2120001991");
    assertThat(karlskoga.toString()).isEqualTo("212000-1991");
    assertThat(karlskoga).isEqualTo(OrganisationNumber.parse("212000-1991"));
    assertThat(karlskoga.group()).isEqualTo(2);
    assertThat(karlskoga.digits()).isEqualTo("2120001991");

    ValidationException luhn = catchThrowableOfType(ValidationException.class,
        () -> OrganisationNumber.parse("212000-1992"));
    assertThat(luhn.rule()).contains("Luhn");
    assertThat(luhn.value()).isEqualTo("212000-1992");
    assertThatThrownBy(() -> OrganisationNumber.parse("19121212-1212")).hasMessageContaining("ten digits");
    assertThatThrownBy(() -> OrganisationNumber.parse("121212-1212"))
        .as("a personal identity number has a month in digits 3-4").hasMessageContaining("20 or more");
    assertThatThrownBy(() -> OrganisationNumber.parse("012000-1991")).hasMessageContaining("group digit");
    assertThatThrownBy(() -> OrganisationNumber.parse("212000 1991")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new OrganisationNumber("2120001991")).hasMessageContaining("NNNNNN-NNNN");
  }

  @Test
  void mandatePeriodsFollowTheElectionCycle() {
    MandatePeriod p = MandatePeriod.parse("2019–2022");
    assertThat(p).isEqualTo(MandatePeriod.parse("2019-2022")).isEqualTo(MandatePeriod.startingIn(2019));
    assertThat(p.toString()).isEqualTo("2019–2022");
    assertThat(p.start()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(p.end()).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(p.contains(LocalDate.of(2019, 4, 1))).isTrue();
    assertThat(p.contains(LocalDate.of(2023, 1, 1))).isFalse();
    assertThat(MandatePeriod.containing(LocalDate.of(2019, 4, 1))).isEqualTo(p);
    assertThat(MandatePeriod.containing(LocalDate.of(2022, 12, 31))).isEqualTo(p);
    assertThat(MandatePeriod.containing(LocalDate.of(2023, 1, 1))).isEqualTo(p.next());
    assertThat(MandatePeriod.containing(LocalDate.of(1995, 1, 1))).isEqualTo(MandatePeriod.startingIn(1995));
    assertThat(p.previous()).isEqualTo(MandatePeriod.startingIn(2015));
    assertThatThrownBy(() -> MandatePeriod.startingIn(2020)).hasMessageContaining("election");
    assertThatThrownBy(() -> MandatePeriod.parse("2019–2023")).hasMessageContaining("four years");
    assertThatThrownBy(() -> MandatePeriod.containing(LocalDate.of(1990, 1, 1)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void partialDatesKnowTheirRange() {
    assertThat(PartialDate.parse("2018").latest()).isEqualTo(LocalDate.of(2018, 12, 31));
    assertThat(PartialDate.parse("2024-02").latest()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(PartialDate.parse("2019-05-14").toString()).isEqualTo("2019-05-14");
    assertThat(PartialDate.parse("2019-05").toString()).isEqualTo("2019-05");
    assertThatThrownBy(() -> PartialDate.parse("2019-02-30")).hasMessageContaining("real calendar date");
    assertThatThrownBy(() -> PartialDate.parse("2019-13")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> PartialDate.parse("19")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new PartialDate(LocalDate.of(2019, 5, 14), PartialDate.Precision.YEAR))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void dateSpansRefuseAnEndBeforeTheStartAndOverlapYears() {
    DateSpan y2018 = DateSpan.ofYear(2018);
    assertThat(y2018.toString()).isEqualTo("2018");
    assertThat(y2018.overlapsYear(2018)).isTrue();
    assertThat(y2018.overlapsYear(2019)).isFalse();
    DateSpan open = DateSpan.from(PartialDate.ofMonth(2016, 9));
    assertThat(open.overlapsYear(2040)).isTrue();
    assertThat(open.overlapsYear(2015)).isFalse();
    assertThat(open.toString()).isEqualTo("2016-09–");
    assertThat(DateSpan.of(PartialDate.ofYear(2018), PartialDate.ofMonth(2018, 1)).lastDay())
        .contains(LocalDate.of(2018, 1, 31));
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> DateSpan.of(PartialDate.parse("2019-05-14"), PartialDate.parse("2019-05-13")));
    assertThat(e.field()).isEqualTo("end");
    assertThat(e.value()).isEqualTo("2019-05-13");
    assertThat(e.rule()).contains("before the start");
  }

  @Test
  void contactDetailsAreChecked() {
    ContactDetails c = ContactDetails.NONE.withEmail("kommun@karlskoga.se").withPhone("0586-610 00")
        .withWebsite("https://www.karlskoga.se/");
    assertThat(c.isEmpty()).isFalse();
    assertThat(ContactDetails.NONE.isEmpty()).isTrue();
    assertThatThrownBy(() -> EmailAddress.of("kommun@karlskoga")).hasMessageContaining("e-mail");
    assertThatThrownBy(() -> EmailAddress.of("a b@c.se")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> PhoneNumber.of("123")).hasMessageContaining("5 to 15 digits");
    assertThatThrownBy(() -> PhoneNumber.of("0586-610 00 ext")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> ContactDetails.NONE.withWebsite("ftp://example.se/"))
        .hasMessageContaining("http or https");
    assertThatThrownBy(() -> ContactDetails.NONE.withWebsite("not a url")).isInstanceOf(ValidationException.class);
    assertThat(PostalAddress.swedish("Katrinedalsgatan 4", "69183", "Karlskoga").postalCode()).contains("691 83");
    assertThatThrownBy(() -> PostalAddress.swedish("Gatan 1", "6918", "Karlskoga"))
        .hasMessageContaining("NNN NN");
    assertThat(new PostalAddress("Sidgwick Avenue", Optional.of("CB3 9DA"), "Cambridge", "GB").countryCode())
        .isEqualTo("GB");
  }

  @Test
  void idsAreSafeAsFileNamesAndUrlSegments() {
    assertThat(CouncilId.of("karlskoga-degerfors").value()).isEqualTo("karlskoga-degerfors");
    assertThat(CouncilId.random().value()).matches("[0-9a-f-]{36}");
    for (String bad : new String[] {"", "Karlskoga", "../etc", "a/b", "å", "-lead", "a.b", "x".repeat(65)}) {
      assertThatThrownBy(() -> CouncilId.of(bad)).as(bad).isInstanceOf(ValidationException.class)
          .hasMessageContaining("councilId");
    }
  }

  @Test
  void textRefusesControlCharactersAndBrokenUnicode() {
    assertThatThrownBy(() -> PoliticalParty.of("M", "Moder\u0000aterna")).hasMessageContaining("U+0000");
    assertThatThrownBy(() -> PoliticalParty.of("M", "Moder\uD800aterna")).hasMessageContaining("surrogate");
    assertThatThrownBy(() -> PoliticalParty.of("M", "Two\nlines")).hasMessageContaining("single line");
    assertThatThrownBy(() -> PoliticalParty.of("M", "  ")).hasMessageContaining("blank");
    assertThat(PoliticalParty.of("M", "Moderaterna 🐘").name()).endsWith("🐘");
  }

  @Test
  void revisionsAreMicrosecondTimestampsInOrder() {
    java.time.Instant t = java.time.Instant.parse("2026-01-01T00:00:00.000001Z");
    assertThat(Revision.NEW.isNew()).isTrue();
    assertThat(Revision.NEW.created()).isEmpty();
    Revision first = Revision.NEW.next(t.plusNanos(999));
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.created()).contains(t);
    Revision second = first.next(t.plusSeconds(5));
    assertThat(second.created()).contains(t);
    assertThat(second.modified()).contains(t.plusSeconds(5));
    assertThatThrownBy(() -> Revision.of(1, t, t.minusSeconds(1))).hasMessageContaining("before created");
    assertThatThrownBy(() -> Revision.of(0, t, t)).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> Revision.of(1, t.plusNanos(1), t.plusNanos(1))).hasMessageContaining("microsecond");
  }

  @Test
  void everyDateAndInstantLiesInTheRangeEveryBackendStores() {
    java.time.Instant midnight = java.time.Instant.parse("2026-01-01T00:00:00Z");
    for (LocalDate outside : java.util.List.of(DateLimits.MIN_DATE.minusDays(1), DateLimits.MAX_DATE.plusDays(1),
        LocalDate.MIN, LocalDate.MAX)) {
      java.util.List<Runnable> builds = java.util.List.of(
          () -> PartialDate.of(outside),
          () -> new se.lokbra.core.measure.FollowUp(outside, "", se.lokbra.core.measure.FollowUpOutcome.ON_TRACK,
              Optional.empty()),
          () -> new se.lokbra.core.model.Decision(outside, "Kommunfullmäktige"),
          () -> new se.lokbra.core.agreement.AgreementGoal(se.lokbra.core.indicator.IndicatorId.of("i"),
              java.math.BigDecimal.ONE, outside),
          () -> new se.lokbra.core.agreement.Signatory(se.lokbra.core.person.PersonId.of("p"), "Ordförande",
              se.lokbra.core.organisation.OrganisationId.of("o"), Optional.of(outside)),
          () -> new se.lokbra.core.situation.Source(se.lokbra.core.situation.SourceKind.SAFETY_SURVEY, "Enkät",
              Optional.of(outside)),
          () -> se.lokbra.core.council.Membership.ofOrganisation(se.lokbra.core.organisation.OrganisationId.of("o"),
              se.lokbra.core.council.Role.MEMBER, outside, Optional.empty()),
          () -> se.lokbra.core.council.Membership.ofOrganisation(se.lokbra.core.organisation.OrganisationId.of("o"),
              se.lokbra.core.council.Role.MEMBER, LocalDate.of(2019, 1, 1), Optional.of(outside)),
          () -> se.lokbra.core.conference.Conference.builder().id("c").title("K").start(LocalDate.of(2019, 1, 1))
              .end(outside).build(),
          () -> se.lokbra.core.plan.ActionPlan.builder().id("a").title("Plan")
              .municipalities(java.util.List.of(MunicipalityCode.of("1883"))).followUpDates(java.util.List.of(outside))
              .build(),
          () -> se.lokbra.core.indicator.Measurement.of(outside, "1", "Källa"));
      for (Runnable build : builds) {
        assertThatThrownBy(build::run).as("%s", outside).isInstanceOf(ValidationException.class)
            .hasMessageContaining("the dates lokbra stores");
      }
    }
    assertThat(PartialDate.of(DateLimits.MIN_DATE).earliest()).isEqualTo(DateLimits.MIN_DATE);
    assertThat(PartialDate.of(DateLimits.MAX_DATE).earliest()).isEqualTo(DateLimits.MAX_DATE);
    for (java.time.Instant outside : java.util.List.of(DateLimits.MAX_INSTANT.plusNanos(1000),
        DateLimits.MIN_INSTANT.minusNanos(1000))) {
      assertThatThrownBy(() -> Revision.of(1, outside, outside)).isInstanceOf(ValidationException.class)
          .hasMessageContaining("the instants lokbra stores");
      assertThatThrownBy(() -> Revision.of(1, midnight, midnight).next(outside))
          .isInstanceOf(ValidationException.class);
    }
    assertThatThrownBy(() -> se.lokbra.core.meeting.Meeting.builder().id("m").council(CouncilId.of("c"))
        .start(java.time.ZonedDateTime.parse("1000-01-01T00:30+01:00[Europe/Stockholm]")).build())
        .as("a start whose local year is 1000 but whose instant is in 999").isInstanceOf(ValidationException.class);
  }
}
