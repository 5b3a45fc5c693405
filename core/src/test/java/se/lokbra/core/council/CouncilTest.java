package se.lokbra.core.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.lokbra.core.ValidationException;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.person.PersonId;

class CouncilTest {
  private static final LocalDate START = LocalDate.of(2019, 1, 1);
  private final Council council = Council.builder().id("lokbra").name("Lokbrå")
      .municipalities(MunicipalityCode.of("1883")).build();

  private static Membership chair(String person, LocalDate from, LocalDate to) {
    return Membership.ofPerson(PersonId.of(person), Optional.empty(), Role.CHAIR, from, Optional.ofNullable(to));
  }

  @Test
  void theChairOnADateIsTheChairWhoseMembershipRunsThen() {
    Council c = council.withMembership(chair("harsmar", START, LocalDate.of(2022, 12, 31)))
        .withMembership(chair("next", LocalDate.of(2023, 1, 1), null))
        .withMembership(Membership.ofOrganisation(OrganisationId.of("polisen"), Role.MEMBER, START,
            Optional.empty()));
    assertThat(c.chairOn(LocalDate.of(2019, 4, 1))).flatMap(Membership::person).contains(PersonId.of("harsmar"));
    assertThat(c.chairOn(LocalDate.of(2022, 12, 31))).flatMap(Membership::person)
        .contains(PersonId.of("harsmar"));
    assertThat(c.chairOn(LocalDate.of(2023, 1, 1))).flatMap(Membership::person).contains(PersonId.of("next"));
    assertThat(c.chairOn(LocalDate.of(2018, 12, 31))).isEmpty();
    assertThat(c.membersOn(LocalDate.of(2024, 6, 1))).hasSize(2);
  }

  @Test
  void twoChairsAtOnceAreRefused() {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> council
        .withMembership(chair("a", START, LocalDate.of(2022, 12, 31)))
        .withMembership(chair("b", LocalDate.of(2022, 12, 31), null)));
    assertThat(e.field()).isEqualTo("memberships[1]");
    assertThat(e.rule()).contains("at most one chair");
  }

  @Test
  void aMembershipEndsNoEarlierThanItStartsAndNamesSomeone() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> chair("a", START, START.minusDays(1)));
    assertThat(e.field()).isEqualTo("membership.end");
    assertThat(e.value()).isEqualTo("2018-12-31");
    assertThat(catchThrowableOfType(ValidationException.class, () -> new Membership(Optional.empty(),
        Optional.empty(), Role.MEMBER, START, Optional.empty())).rule()).contains("organisation, a person");
  }

  @Test
  void aCouncilCoversAtLeastOneMunicipality() {
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> council.toBuilder().municipalities(java.util.List.of()).build()).field()).isEqualTo("municipalities");
  }
}
