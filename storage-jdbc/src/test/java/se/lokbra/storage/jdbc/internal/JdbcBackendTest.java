package se.lokbra.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StorageException;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.ValidationException;
import se.lokbra.core.agreement.AgreementGoal;
import se.lokbra.core.agreement.CitizenPromise;
import se.lokbra.core.agreement.CooperationAgreement;
import se.lokbra.core.agreement.PromiseStatus;
import se.lokbra.core.agreement.Signatory;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.Membership;
import se.lokbra.core.council.Role;
import se.lokbra.core.indicator.Indicator;
import se.lokbra.core.measure.Goal;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.Target;
import se.lokbra.core.meeting.AgendaItem;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.Identifier;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.person.Person;
import se.lokbra.core.problem.Cause;
import se.lokbra.core.problem.Problem;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.situation.SituationPicture;
import se.lokbra.core.situation.Source;
import se.lokbra.core.situation.SourceKind;
import se.lokbra.storage.jdbc.JdbcStores;
import se.lokbra.storage.jdbc.internal.sql.Errors;

/**
 * What only a SQL backend can get wrong, on both databases: parameters that look like SQL, the migrations,
 * errors of the database turned into lokbra's, stores on an application's data source, and the number of
 * statements a page costs.
 */
abstract class JdbcBackendTest {
  /** A URI of a new, empty database or schema. */
  abstract URI newUri();

  /** A data source on the database of a store opened at {@code uri}, not owned by any store. */
  abstract DataSource dataSource(URI uri);

  static final List<String> EVIL = List.of("'; DROP TABLE council; --", "Robert'); DELETE FROM organisation;--",
      "\"quoted\" and 'single' and `back`", "back\\slash\\\\ and \\' escaped", "100% _like_ [x] ?  :name $1 ${x}",
      "Örebro – 🚔 ∑ ❤ \t tab", "/* comment */ -- line");

  LokbraStore open(URI uri) {
    return LokbraStores.open(uri, StoreOptions.defaults());
  }

  @Test
  void valuesFullOfSqlComeBackUnchanged() {
    URI uri = newUri();
    try (LokbraStore store = open(uri)) {
      List<Organisation> orgs = new ArrayList<>();
      for (String evil : EVIL) {
        orgs.add(store.organisations().save(Organisation.builder().name(evil).kind(OrganisationKind.OTHER)
            .addIdentifier(Identifier.of("evil", evil)).build()));
      }
      Person person = store.people().save(Person.builder().givenName(EVIL.get(0)).familyName(EVIL.get(3))
          .title(EVIL.get(2)).affiliation(orgs.get(0).id()).build());
      Council council = store.councils().save(Council.builder().name(EVIL.get(0)).shortName(EVIL.get(4))
          .municipalities(MunicipalityCode.of("1883")).addMembership(Membership.ofPerson(person.id(),
              Optional.of(orgs.get(1).id()), Role.CHAIR, LocalDate.of(2019, 1, 1), Optional.empty())).build());
      Measure measure = store.measures().save(Measure.builder().council(council.id()).title(EVIL.get(1))
          .description(String.join("\n", EVIL)).category(MeasureCategory.OTHER).targetProblem(EVIL.get(6))
          .addGoal(Goal.of(EVIL.get(2), "0.000000001", EVIL.get(4))).build());
      Meeting meeting = store.meetings().save(Meeting.builder().council(council.id())
          .start(ZonedDateTime.of(2019, 3, 28, 13, 30, 0, 0, java.time.ZoneId.of("Europe/Stockholm")))
          .location(EVIL.get(0)).addAgendaItem(AgendaItem.of(EVIL.get(5), List.of(measure.id()),
              Optional.of(EVIL.get(3)))).build());
      SituationPicture picture = store.situationPictures().save(SituationPicture.builder().title(EVIL.get(4))
          .municipalities(MunicipalityCode.of("1883")).addSource(Source.of(SourceKind.OTHER, EVIL.get(0)))
          .summary(String.join("\n", EVIL)).build());
      Problem problem = store.problems().save(Problem.builder().situationPicture(picture.id()).title(EVIL.get(1))
          .description(EVIL.get(6)).place(EVIL.get(2)).addCause(Cause.of("c-1", EVIL.get(3))).build());
      CooperationAgreement agreement = store.cooperationAgreements().save(CooperationAgreement.builder()
          .title(EVIL.get(5)).parties(List.of(orgs.get(0).id())).period(DateSpan.ofYear(2024))
          .problems(List.of(problem.id())).addPromise(new CitizenPromise(EVIL.get(0), orgs.get(0).id(),
              Optional.empty(), PromiseStatus.PLANNED)).build());
      Measure targeting = store.measures().save(measure.toBuilder().addTarget(Target.cause(problem.id(), "c-1"))
          .build());
      assertThat(store.situationPictures().getById(picture.id())).isEqualTo(picture);
      assertThat(store.problems().getById(problem.id())).isEqualTo(problem);
      assertThat(store.cooperationAgreements().getById(agreement.id())).isEqualTo(agreement);
      assertThat(store.measures().getById(measure.id())).isEqualTo(targeting);
      for (Organisation o : orgs) {
        assertThat(store.organisations().getById(o.id())).isEqualTo(o);
      }
      assertThat(store.people().getById(person.id())).isEqualTo(person);
      assertThat(store.councils().getById(council.id())).isEqualTo(council);
      assertThat(store.meetings().getById(meeting.id())).isEqualTo(meeting);
      assertThat(store.councils().count()).isEqualTo(1);
      assertThat(store.organisations().findAll(PageRequest.first(100)).content())
          .extracting(Organisation::name).containsExactlyInAnyOrderElementsOf(EVIL);
    }
    try (LokbraStore store = open(uri)) {
      assertThat(store.organisations().count()).isEqualTo(EVIL.size());
      assertThat(store.councils().count()).isEqualTo(1);
    }
  }

  @Test
  void aFreshDatabaseGetsTheSchemaAndANewerOneIsRefused() throws SQLException {
    URI uri = newUri();
    open(uri).close();
    DataSource ds = dataSource(uri);
    int future = JdbcStores.schemaVersion() + 1;
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      var rs = s.executeQuery("SELECT MAX(version) FROM lokbra_schema_history WHERE success");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo(String.valueOf(JdbcStores.schemaVersion()));
      rs.close();
      s.executeUpdate("INSERT INTO lokbra_schema_history (installed_rank, version, description, type, script, "
          + "checksum, installed_by, execution_time, success) VALUES (99, '" + future + "', 'from the future', 'SQL', "
          + "'V" + future + "__from_the_future.sql', 0, 'test', 0, TRUE)");
    }
    Throwable e = catchThrowable(() -> open(uri));
    assertThat(e).isInstanceOf(StorageException.class).hasMessageContaining("newer")
        .hasMessageContaining("schema version " + future);
    assertThatThrownBy(() -> JdbcStores.open(ds, StoreOptions.defaults())).isInstanceOf(StorageException.class)
        .hasMessageContaining("newer");
  }

  @Test
  void aDatabaseWithTablesLokbraDidNotCreateIsRefusedWithoutFlywayAdviceAndLeftAlone() throws SQLException {
    URI uri = newUri();
    DataSource ds = dataSource(uri);
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)");
      s.executeUpdate("INSERT INTO invoices VALUES (1, 100)");
    }
    for (StoreOptions options : List.of(StoreOptions.defaults(), StoreOptions.defaults().withCreateIfMissing(false))) {
      Throwable e = catchThrowable(() -> LokbraStores.open(uri, options));
      assertThat(e).isInstanceOf(StorageException.class).hasMessageContaining("tables lokbra did not create")
          .hasMessageContaining("invoices").hasMessageContaining("will not write into it")
          .hasMessageNotContainingAny("Flyway", "flyway", "baseline");
      assertThat(e.getMessage().lines()).hasSize(1);
    }
    try (Connection c = ds.getConnection(); var rs = c.getMetaData().getTables(null, c.getSchema(), "lokbra%",
        null)) {
      assertThat(rs.next()).as("lokbra created nothing there").isFalse();
    }
  }

  @Test
  void withMigrateFalseAnUnmigratedDatabaseIsRefusedUntilTheApplicationMigratesIt() {
    URI uri = newUri();
    StoreOptions noMigrate = StoreOptions.defaults().withProperty(JdbcStores.MIGRATE, "false");
    assertThatThrownBy(() -> LokbraStores.open(uri, noMigrate)).isInstanceOf(StorageException.class)
        .hasMessageContaining("not migrated").hasMessageContaining("JdbcStores.migrate");
    JdbcStores.migrate(dataSource(uri));
    try (LokbraStore store = LokbraStores.open(uri, noMigrate)) {
      assertThat(store.organisations().count()).isZero();
    }
  }

  @Test
  void aStoreOnADatabaseThatHoldsTheApplicationsTablesAddsItsOwnBesideThem() throws SQLException {
    URI uri = newUri();
    DataSource dataSource = dataSource(uri);
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE application_row (id INTEGER PRIMARY KEY)");
      s.execute("INSERT INTO application_row (id) VALUES (7)");
    }
    try (LokbraStore store = JdbcStores.open(dataSource, StoreOptions.defaults())) {
      store.organisations().save(Organisation.builder().name("Polisen").kind(OrganisationKind.POLICE).build());
      assertThat(store.organisations().count()).isEqualTo(1);
    }
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT (SELECT MAX(version) FROM lokbra_schema_history WHERE success), "
            + "(SELECT COUNT(*) FROM application_row)")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo(String.valueOf(JdbcStores.schemaVersion()));
      assertThat(rs.getLong(2)).isEqualTo(1);
    }
  }

  @Test
  void aStoreOnAnApplicationsDataSourceReopensFromItsUri() {
    URI uri = newUri();
    open(uri).close();
    Organisation saved;
    DataSource dataSource = dataSource(uri);
    LokbraStore store = JdbcStores.open(dataSource, StoreOptions.defaults());
    try (store) {
      saved = store.organisations().save(Organisation.builder().name("Polisen").kind(OrganisationKind.POLICE)
          .build());
      assertThat(store.uri().toString()).doesNotContain("password");
      try (LokbraStore again = LokbraStores.open(store.uri())) {
        assertThat(again.organisations().getById(saved.id())).isEqualTo(saved);
      }
    }
  }

  @Test
  void databaseErrorsBecomeLokbraExceptions() throws SQLException {
    URI uri = newUri();
    LokbraStore store = open(uri);
    Organisation org = store.organisations().save(Organisation.builder().name("Karlskoga kommun")
        .kind(OrganisationKind.MUNICIPALITY).organisationNumber("212000-1991").build());
    // A constraint violation behind the store's back, translated as the store would.
    DataSource ds = dataSource(uri);
    SQLException violation = null;
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE organisation SET organisation_number = NULL WHERE id = '" + org.id().value() + "'");
      s.executeUpdate("UPDATE organisation SET organisation_number = '212000-1991' WHERE id = '"
          + org.id().value() + "'");
      try {
        s.executeUpdate("INSERT INTO organisation (id, version, created, modified, name, kind, organisation_number)"
            + " SELECT 'copy', version, created, modified, name, kind, organisation_number FROM organisation");
      } catch (SQLException e) {
        violation = e;
      }
    }
    assertThat((Throwable) violation).isNotNull();
    RuntimeException translated = Errors.translate(violation, "saving", org.id(), false);
    assertThat(translated).isInstanceOf(ValidationException.class);
    assertThat(((ValidationException) translated).field()).isEqualTo("organisationNumber");
    assertThat(translated).hasMessageContaining("organisation '" + org.id().value() + "'");

    // A table dropped behind the store's back: a storage error with context, the SQL error as its cause.
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("DROP TABLE tombstone");
    }
    Throwable e = catchThrowable(() -> store.organisations().changesSince(java.time.Instant.EPOCH,
        PageRequest.first(10)));
    assertThat(e).isInstanceOf(StorageException.class).hasMessageContaining("reading from");
    assertThat((Throwable) Errors.sqlCause(e)).isNotNull();
    store.close();
    assertThatThrownBy(() -> store.organisations().count()).isInstanceOf(StorageException.class)
        .hasMessageContaining("closed");
  }

  /** Counts the statements the store runs. */
  static final class Counter implements SqlLogger {
    final AtomicInteger statements = new AtomicInteger();

    @Override
    public void logAfterExecution(StatementContext context) {
      statements.incrementAndGet();
    }

    @Override
    public void logException(StatementContext context, SQLException ex) {
      statements.incrementAndGet();
    }
  }

  @Test
  void aPageCostsTheSameStatementsWhateverItsSizeAndSaveAllBatches() {
    try (LokbraStore store = open(newUri())) {
      Counter counter = new Counter();
      for (Jdbi jdbi : ((JdbcStore) store).jdbis()) {
        jdbi.getConfig(SqlStatements.class).setSqlLogger(counter);
      }
      Council council = store.councils().save(Council.builder().name("Rådet")
          .municipalities(MunicipalityCode.of("1883")).build());
      List<Measure> measures = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        measures.add(Measure.builder().council(council.id()).title("Insats " + i).category(MeasureCategory.SOCIAL)
            .municipalities(MunicipalityCode.of("1883"), MunicipalityCode.of("1862"))
            .addGoal(Goal.of("Andel trygga", "80", "%")).build());
      }
      counter.statements.set(0);
      store.measures().saveAll(measures);
      int saveAll = counter.statements.get();
      assertThat(saveAll).as("statements for saving 60 measures with children").isLessThanOrEqualTo(10);

      counter.statements.set(0);
      store.measures().findAll(PageRequest.of(1, 5));
      int small = counter.statements.get();
      counter.statements.set(0);
      store.measures().findAll(PageRequest.of(0, 50));
      int large = counter.statements.get();
      assertThat(large).as("a page of 50 runs no more statements than a page of 5").isLessThanOrEqualTo(small);
      assertThat(small).as("main query, count, one query per child table").isLessThanOrEqualTo(2 + 5);

      // The aggregate with the most child tables, each filled: the same, per child table.
      Organisation party = store.organisations().save(Organisation.builder().name("Polisen")
          .kind(OrganisationKind.POLICE).build());
      Person signatory = store.people().save(Person.builder().givenName("Anna").familyName("Andersson").build());
      Problem problem = store.problems().save(Problem.builder().title("Otrygghet").build());
      Indicator indicator = store.indicators().save(Indicator.builder().problem(problem.id()).name("Andel otrygga")
          .build());
      List<CooperationAgreement> agreements = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        agreements.add(CooperationAgreement.builder().title("Överenskommelse " + i).parties(List.of(party.id()))
            .signatories(List.of(new Signatory(signatory.id(), "Lokalpolisområdeschef", party.id(),
                Optional.empty())))
            .period(DateSpan.ofYear(2024)).problems(List.of(problem.id()))
            .goals(List.of(new AgreementGoal(indicator.id(), java.math.BigDecimal.TEN, LocalDate.of(2025, 1, 1))))
            .followUpDates(List.of(LocalDate.of(2024, 6, 1))).addPromise(new CitizenPromise("Löfte " + i,
                party.id(), Optional.empty(), PromiseStatus.IN_PROGRESS)).build());
      }
      counter.statements.set(0);
      store.cooperationAgreements().saveAll(agreements);
      assertThat(counter.statements.get()).as("states, the referred entities of four kinds, main rows, six child "
          + "tables: for 60 agreements").isLessThanOrEqualTo(1 + 4 + 1 + 6);
      counter.statements.set(0);
      store.cooperationAgreements().findByPromiseStatus(PromiseStatus.IN_PROGRESS, PageRequest.of(1, 50));
      assertThat(counter.statements.get()).as("main query, count, one query per child table")
          .isLessThanOrEqualTo(2 + 6);
    }
  }
}
