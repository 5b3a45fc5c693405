package se.lokbra.benchmarks.hibernate;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.cfg.Configuration;
import org.jspecify.annotations.Nullable;
import se.lokbra.benchmarks.DataGenerator;
import se.lokbra.benchmarks.Fixtures;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.measure.FollowUp;
import se.lokbra.core.measure.Goal;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureId;
import se.lokbra.core.measure.Target;
import se.lokbra.core.meeting.MeetingId;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.PartialDate;
import se.lokbra.core.model.Revision;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.problem.ProblemId;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;

/**
 * The peer a user would pick instead of lokbra: Hibernate ORM 6 with {@link MeasureEntity}, configured as a
 * competent user would (HikariCP pool, lazy collections fetched in batches of 32, JDBC batching with ordered
 * inserts, no SQL logging), on its own database of the same generated measures: a SQLite file beside lokbra's, or a
 * schema on the same embedded PostgreSQL server. Every read returns lokbra's domain {@link Measure}, so that both
 * do the same work: rows to immutable values.
 */
public final class HibernatePeer implements AutoCloseable {
  static {
    System.setProperty("org.slf4j.simpleLogger.log.org.hibernate", "warn");
    System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
  }

  private final SessionFactory sessions;

  private HibernatePeer(SessionFactory sessions) {
    this.sessions = sessions;
  }

  /**
   * The peer on its cached database of {@code measures} generated measures (built first if missing), or, with
   * {@code measures} 0, on an empty schema created now (for the bulk insert).
   */
  public static HibernatePeer open(Fixtures.Backend backend, int measures, String name) {
    boolean sqlite = backend == Fixtures.Backend.SQLITE;
    // s2: the collection tables are indexed by their owner.
    String base = "hibernate_" + name + "_g" + DataGenerator.VERSION + "_s2";
    Path file = Fixtures.cacheDirectory().resolve(base + ".db");
    String url = sqlite ? "jdbc:sqlite:" + file : Fixtures.postgresUrl(base);
    boolean ready = measures > 0 && (sqlite ? Files.exists(file) : Fixtures.postgresSchemaReady(base));
    if (!ready) {
      if (sqlite) {
        Fixtures.deleteSqlite(file);
      } else {
        Fixtures.recreateSchema(base);
      }
    }
    HibernatePeer peer = new HibernatePeer(factory(url, sqlite, ready ? "validate" : "create"));
    if (!ready && measures > 0) {
      List<Measure> all = DataGenerator.generate(measures).measures();
      for (int i = 0; i < all.size(); i += 5_000) {
        peer.insert(all.subList(i, Math.min(all.size(), i + 5_000)));
      }
      if (!sqlite) {
        Fixtures.sql("CREATE TABLE " + base + ".bench_ready (done INTEGER)");
        Fixtures.sql("VACUUM ANALYZE");
      }
    }
    return peer;
  }

  private static SessionFactory factory(String url, boolean sqlite, String schemaAction) {
    Properties p = new Properties();
    p.setProperty("hibernate.connection.url", url);
    p.setProperty("hibernate.connection.provider_class",
        "org.hibernate.hikaricp.internal.HikariCPConnectionProvider");
    p.setProperty("hibernate.hikari.maximumPoolSize", "2");
    if (sqlite) {
      p.setProperty("hibernate.dialect", "org.hibernate.community.dialect.SQLiteDialect");
      // lokbra's settings on SQLite, so that both pay for the same durability.
      p.setProperty("hibernate.hikari.dataSource.journalMode", "WAL");
      p.setProperty("hibernate.hikari.dataSource.synchronous", "FULL");
    }
    p.setProperty("hibernate.hbm2ddl.auto", schemaAction);
    p.setProperty("hibernate.jdbc.batch_size", "50");
    p.setProperty("hibernate.order_inserts", "true");
    p.setProperty("hibernate.default_batch_fetch_size", "32");
    p.setProperty("hibernate.show_sql", "false");
    p.setProperty("hibernate.generate_statistics", "false");
    // -Dhibernate.… on the command line overrides any of these (e.g. -Dhibernate.generate_statistics=true).
    System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("hibernate."))
        .forEach(k -> p.setProperty(k, System.getProperty(k)));
    return new Configuration().addProperties(p).addAnnotatedClass(MeasureEntity.class).buildSessionFactory();
  }

  @Override
  public void close() {
    sessions.close();
  }

  /** The measure with this id, with its five lists; empty if there is none. */
  public Optional<Measure> findById(String id) {
    try (Session session = sessions.openSession()) {
      Transaction tx = session.beginTransaction();
      MeasureEntity e = session.find(MeasureEntity.class, id);
      Optional<Measure> result = Optional.ofNullable(e).map(HibernatePeer::toMeasure);
      tx.commit();
      return result;
    }
  }

  /** The first page of the measures of a council in title order (id breaking ties), with the total. */
  public Page<Measure> byCouncil(String council, int size) {
    try (Session session = sessions.openSession()) {
      Transaction tx = session.beginTransaction();
      List<MeasureEntity> rows = session.createSelectionQuery(
          "from MeasureEntity m where m.council = :council order by m.title, m.id", MeasureEntity.class)
          .setParameter("council", council).setMaxResults(size).getResultList();
      ImmutableList<Measure> content = rows.stream().map(HibernatePeer::toMeasure)
          .collect(ImmutableList.toImmutableList());
      long total = content.size();
      if (content.size() == size) {
        total = session.createSelectionQuery("select count(m) from MeasureEntity m where m.council = :council",
            Long.class).setParameter("council", council).getSingleResult();
      }
      tx.commit();
      return new Page<>(content, PageRequest.first(size), total);
    }
  }

  /** Inserts the measures in one transaction, stamping version 1 and now (the entities are new). */
  public void insert(List<Measure> measures) {
    Instant now = Instant.now();
    try (Session session = sessions.openSession()) {
      Transaction tx = session.beginTransaction();
      for (Measure m : measures) {
        session.persist(toEntity(m, now));
      }
      tx.commit();
    }
  }

  /** Deletes every measure (and its lists), for the next bulk insert. */
  public void deleteAll() {
    try (Session session = sessions.openSession()) {
      Transaction tx = session.beginTransaction();
      for (String table : List.of("measure_responsible", "measure_municipality", "measure_follow_up",
          "measure_goal", "measure_target", "measure")) {
        session.createNativeMutationQuery("DELETE FROM " + table).executeUpdate();
      }
      tx.commit();
    }
  }

  // ---------------------------------------------------------------- mapping

  static MeasureEntity toEntity(Measure m, Instant now) {
    MeasureEntity e = new MeasureEntity();
    e.id = m.id().value();
    e.created = now;
    e.modified = now;
    e.council = m.council().value();
    e.title = m.title();
    e.description = m.description();
    e.category = m.category();
    e.targetProblem = m.targetProblem().orElse(null);
    m.period().ifPresent(p -> {
      e.periodStart = p.start().earliest();
      e.periodStartPrecision = p.start().precision();
      p.end().ifPresent(end -> {
        e.periodEnd = end.earliest();
        e.periodEndPrecision = end.precision();
      });
      e.periodLastDay = p.lastDay().orElse(null);
    });
    e.status = m.status();
    e.actionPlan = m.actionPlan().map(ActionPlanId::value).orElse(null);
    m.responsibleOrganisations().forEach(o -> e.responsibleOrganisations.add(o.value()));
    m.municipalities().forEach(c -> e.municipalities.add(c.value()));
    for (FollowUp f : m.followUps()) {
      MeasureEntity.FollowUpValue v = new MeasureEntity.FollowUpValue();
      v.date = f.date();
      v.note = f.note();
      v.outcome = f.outcome();
      v.meeting = f.meeting().map(MeetingId::value).orElse(null);
      e.followUps.add(v);
    }
    for (Goal g : m.goals()) {
      MeasureEntity.GoalValue v = new MeasureEntity.GoalValue();
      v.indicator = g.indicator();
      v.target = g.target();
      v.unit = g.unit().orElse(null);
      e.goals.add(v);
    }
    for (Target t : m.targets()) {
      MeasureEntity.TargetValue v = new MeasureEntity.TargetValue();
      v.problem = t.problem().value();
      v.cause = t.cause().orElse(null);
      e.targets.add(v);
    }
    return e;
  }

  static Measure toMeasure(MeasureEntity e) {
    List<FollowUp> followUps = new ArrayList<>(e.followUps.size());
    for (MeasureEntity.FollowUpValue v : e.followUps) {
      followUps.add(new FollowUp(v.date, v.note, v.outcome, Optional.ofNullable(v.meeting).map(MeetingId::of)));
    }
    List<Goal> goals = new ArrayList<>(e.goals.size());
    for (MeasureEntity.GoalValue v : e.goals) {
      goals.add(new Goal(v.indicator, v.target, Optional.ofNullable(v.unit)));
    }
    List<Target> targets = new ArrayList<>(e.targets.size());
    for (MeasureEntity.TargetValue v : e.targets) {
      targets.add(new Target(ProblemId.of(v.problem), Optional.ofNullable(v.cause)));
    }
    // Hibernate counts versions from 0, lokbra from 1.
    return Measure.builder().id(MeasureId.of(e.id)).revision(Revision.of(e.version + 1, e.created, e.modified))
        .council(CouncilId.of(e.council)).title(e.title).description(e.description).category(e.category)
        .targetProblem(Optional.ofNullable(e.targetProblem))
        .responsibleOrganisations(e.responsibleOrganisations.stream().map(OrganisationId::of).toList())
        .municipalities(e.municipalities.stream().map(MunicipalityCode::of).toList())
        .period(period(e)).status(e.status).followUps(followUps).goals(goals).targets(targets)
        .actionPlan(Optional.ofNullable(e.actionPlan).map(ActionPlanId::of)).build();
  }

  private static Optional<DateSpan> period(MeasureEntity e) {
    if (e.periodStart == null || e.periodStartPrecision == null) {
      return Optional.empty();
    }
    @Nullable PartialDate end = e.periodEnd == null || e.periodEndPrecision == null ? null
        : new PartialDate(e.periodEnd, e.periodEndPrecision);
    return Optional.of(new DateSpan(new PartialDate(e.periodStart, e.periodStartPrecision),
        Optional.ofNullable(end)));
  }
}
