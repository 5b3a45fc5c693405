package se.lokbra.benchmarks.hibernate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.measure.FollowUpOutcome;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.model.PartialDate;

/**
 * A measure as a Hibernate user would map it: one entity, its five lists as lazy element collections fetched in
 * batches of 32, the period as columns, enums by name. Hibernate creates its own schema (with the same indexes the
 * queries need); it maps measures only, so unlike lokbra's schema it has no foreign keys to councils,
 * organisations, meetings or problems. Each collection table is indexed by its owner: Hibernate's own key for an
 * ordered collection is (position, owner), which no lookup by owner can use.
 */
@Entity
@Table(name = "measure", indexes = {
    @Index(name = "measure_by_council", columnList = "council, title, id"),
    @Index(name = "measure_by_status", columnList = "status, title, id")})
public class MeasureEntity {
  @Id
  public String id;

  @Version
  public long version;

  public Instant created;
  public Instant modified;

  @Column(nullable = false)
  public String council;

  @Column(nullable = false)
  public String title;

  @Column(nullable = false, length = 100_000)
  public String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public MeasureCategory category;

  public @Nullable String targetProblem;

  public @Nullable LocalDate periodStart;

  @Enumerated(EnumType.STRING)
  public PartialDate.@Nullable Precision periodStartPrecision;

  public @Nullable LocalDate periodEnd;

  @Enumerated(EnumType.STRING)
  public PartialDate.@Nullable Precision periodEndPrecision;

  public @Nullable LocalDate periodLastDay;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public MeasureStatus status;

  public @Nullable String actionPlan;

  @ElementCollection
  @CollectionTable(name = "measure_responsible", joinColumns = @JoinColumn(name = "measure_id"),
      indexes = @Index(name = "measure_responsible_by_measure", columnList = "measure_id"))
  @OrderColumn(name = "position")
  @Column(name = "organisation")
  @BatchSize(size = 32)
  public List<String> responsibleOrganisations = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "measure_municipality", joinColumns = @JoinColumn(name = "measure_id"),
      indexes = @Index(name = "measure_municipality_by_measure", columnList = "measure_id"))
  @OrderColumn(name = "position")
  @Column(name = "municipality")
  @BatchSize(size = 32)
  public List<String> municipalities = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "measure_follow_up", joinColumns = @JoinColumn(name = "measure_id"),
      indexes = @Index(name = "measure_follow_up_by_measure", columnList = "measure_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = 32)
  public List<FollowUpValue> followUps = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "measure_goal", joinColumns = @JoinColumn(name = "measure_id"),
      indexes = @Index(name = "measure_goal_by_measure", columnList = "measure_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = 32)
  public List<GoalValue> goals = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "measure_target", joinColumns = @JoinColumn(name = "measure_id"),
      indexes = @Index(name = "measure_target_by_measure", columnList = "measure_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = 32)
  public List<TargetValue> targets = new ArrayList<>();

  /** A follow-up, embedded in its collection table. */
  @Embeddable
  public static class FollowUpValue {
    @Column(name = "follow_up_date", nullable = false)
    public LocalDate date;

    @Column(nullable = false, length = 100_000)
    public String note;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpOutcome outcome;

    public @Nullable String meeting;
  }

  /** A goal; the target keeps the digits it was given (the generated goals are whole numbers). */
  @Embeddable
  public static class GoalValue {
    @Column(nullable = false)
    public String indicator;

    @Column(nullable = false, precision = 38, scale = 0)
    public BigDecimal target;

    public @Nullable String unit;
  }

  /** A targeted problem and, optionally, one of its causes. */
  @Embeddable
  public static class TargetValue {
    @Column(nullable = false)
    public String problem;

    public @Nullable String cause;
  }
}
