package se.lokbra.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteDataSource;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.model.DecidingBody;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.situation.SituationPicture;
import se.lokbra.core.situation.SituationPictureId;
import se.lokbra.storage.jdbc.TestDatabases;
import se.lokbra.storage.jdbc.internal.schema.Migrations;
import se.lokbra.storage.jdbc.internal.sql.Dialect;

/**
 * A database of schema version 4 with decisions in it opens migrated to version 5: the decisions are kept, with
 * body kind OTHER and the body's name as it was; the parts version 5 added (an action plan's situation pictures, a
 * situation picture's adopting decision) are empty and can be written.
 */
class MigrationToVersion5Test {
  @Test
  void decisionsOfVersion4AreKeptWithBodyKindOther() throws Exception {
    Path file = TestDatabases.newSqliteFile();
    String url = "jdbc:sqlite:" + file;
    SQLiteDataSource dataSource = new SQLiteDataSource();
    dataSource.setUrl(url);
    MigrateResult result = Migrations.configure(dataSource, Dialect.SQLITE).target("4").load().migrate();
    assertThat(result.targetSchemaVersion).isEqualTo("4");
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO action_plan (id, version, created, modified, title, decision_date, decision_body) "
          + "VALUES ('plan-2024', 1, '2024-02-01T10:00:00.000000Z', '2024-02-01T10:00:00.000000Z', "
          + "'Åtgärdsplan 2024', '2024-02-12', 'Kommunfullmäktige i Karlskoga')");
      s.executeUpdate("INSERT INTO action_plan_municipality (action_plan_id, position, municipality) "
          + "VALUES ('plan-2024', 0, '1883')");
      s.executeUpdate("INSERT INTO action_plan (id, version, created, modified, title) VALUES ('undecided', 1, "
          + "'2024-02-01T10:00:00.000000Z', '2024-02-01T10:00:00.000000Z', 'Utkast')");
      s.executeUpdate("INSERT INTO action_plan_municipality (action_plan_id, position, municipality) "
          + "VALUES ('undecided', 0, '1862')");
      s.executeUpdate("INSERT INTO situation_picture (id, version, created, modified, title, summary) VALUES "
          + "('bild-2023', 1, '2024-01-01T10:00:00.000000Z', '2024-01-01T10:00:00.000000Z', 'Lägesbild 2023', '')");
      s.executeUpdate("INSERT INTO situation_picture_municipality (situation_picture_id, position, municipality) "
          + "VALUES ('bild-2023', 0, '1883')");
    }

    try (LokbraStore store = LokbraStores.open(URI.create(url))) {
      ActionPlan plan = store.actionPlans().getById(ActionPlanId.of("plan-2024"));
      assertThat(plan.decision()).hasValueSatisfying(d -> {
        assertThat(d.date()).isEqualTo(LocalDate.of(2024, 2, 12));
        assertThat(d.body()).isEqualTo("Kommunfullmäktige i Karlskoga");
        assertThat(d.bodyKind()).isEqualTo(DecidingBody.OTHER);
        assertThat(d.paragraph()).isEmpty();
        assertThat(d.caseNumber()).isEmpty();
      });
      assertThat(plan.situationPictures()).isEmpty();
      assertThat(store.actionPlans().getById(ActionPlanId.of("undecided")).decision()).isEmpty();
      SituationPicture picture = store.situationPictures().getById(SituationPictureId.of("bild-2023"));
      assertThat(picture.adoptedBy()).isEmpty();

      ActionPlan resting = store.actionPlans().save(plan.toBuilder().restsOn(picture.id()).build());
      assertThat(store.actionPlans().getById(plan.id())).isEqualTo(resting);
    }
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT max(version) FROM " + Migrations.HISTORY)) {
      rs.next();
      assertThat(rs.getString(1)).isEqualTo(String.valueOf(Migrations.LATEST));
    }
  }
}
