package se.lokbra.core.situation;

import se.lokbra.core.meta.AggregateType;
import se.lokbra.core.meta.Field;
import se.lokbra.core.meta.Types;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import se.lokbra.core.council.CouncilId;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.Decision;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Revision;
import se.lokbra.core.organisation.OrganisationId;

/**
 * A situation picture ("lägesbild"): the systematic survey ("kartläggning") of crime and insecurity that
 * knowledge-based crime prevention starts from, and that every municipality must produce (law 2023:196). It belongs
 * to one or more municipalities, or to the council that made it for several; it has the day it was made, the
 * period it covers, the organisations that produced it, its sources, and the decision that adopted it, if any. Its problems are {@link
 * se.lokbra.core.problem.Problem}s that refer to it.
 */
public record SituationPicture(SituationPictureId id, Revision revision, String title,
    ImmutableSet<MunicipalityCode> municipalities, Optional<CouncilId> council, Optional<LocalDate> date,
    Optional<DateSpan> period, ImmutableSet<OrganisationId> producedBy, ImmutableList<Source> sources,
    String summary, Optional<Decision> adoptedBy) implements Aggregate<SituationPictureId, SituationPicture> {
  /** The description of this aggregate that every backend, codec and schema derives from. */
  public static final AggregateType<SituationPicture, SituationPictureId> TYPE = AggregateType.builder(SituationPicture.class, SituationPictureId.TYPE,
      "situation picture", "situation_pictures")
      .repository(SituationPictureRepository.class)
      .field(Field.one("title", SituationPicture::title, Types.TEXT))
      .field(Field.set("municipalities", SituationPicture::municipalities, Types.MUNICIPALITY_CODE))
      .field(Field.optional("council", SituationPicture::council, CouncilId.TYPE))
      .field(Field.optional("date", SituationPicture::date, Types.DATE))
      .field(Field.optional("period", SituationPicture::period, Types.DATE_SPAN))
      .field(Field.set("producedBy", SituationPicture::producedBy, OrganisationId.TYPE))
      .field(Field.list("sources", SituationPicture::sources, Source.TYPE))
      .field(Field.one("summary", SituationPicture::summary, Types.TEXT).orDefault(""))
      .field(Field.optional("adoptedBy", SituationPicture::adoptedBy, Types.DECISION))
      .sortBy("date")
      .sortBy("title")
      .defaultSort("date")
      .build();


  public SituationPicture {
    Checks.notNull(id, "id");
    Checks.notNull(revision, "revision");
    Checks.name(title, "title");
    Checks.notNull(municipalities, "municipalities");
    Checks.check(!municipalities.isEmpty(), "municipalities", municipalities, "must name at least one municipality");
    Checks.notNull(council, "council");
    Checks.optionalDate(date, "date");
    Checks.notNull(period, "period");
    Checks.notNull(producedBy, "producedBy");
    Checks.notNull(sources, "sources");
    Checks.longText(summary, "summary");
    Checks.notNull(adoptedBy, "adoptedBy");
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public SituationPicture withRevision(Revision revision) {
    return new SituationPicture(id, revision, title, municipalities, council, date, period, producedBy, sources,
        summary, adoptedBy);
  }

  @Override
  public ImmutableList<Reference> references() {
    return TYPE.references(this);
  }

  /** Builds a {@link SituationPicture}; the id defaults to a random one, the summary to empty. */
  public static final class Builder {
    private @Nullable SituationPictureId id;
    private Revision revision = Revision.NEW;
    private @Nullable String title;
    private ImmutableSet<MunicipalityCode> municipalities = ImmutableSet.of();
    private Optional<CouncilId> council = Optional.empty();
    private Optional<LocalDate> date = Optional.empty();
    private Optional<DateSpan> period = Optional.empty();
    private ImmutableSet<OrganisationId> producedBy = ImmutableSet.of();
    private ImmutableList<Source> sources = ImmutableList.of();
    private String summary = "";
    private Optional<Decision> adoptedBy = Optional.empty();

    private Builder() {}

    private Builder(SituationPicture s) {
      id = s.id;
      revision = s.revision;
      title = s.title;
      municipalities = s.municipalities;
      council = s.council;
      date = s.date;
      period = s.period;
      producedBy = s.producedBy;
      sources = s.sources;
      summary = s.summary;
      adoptedBy = s.adoptedBy;
    }

    public Builder id(SituationPictureId id) {
      this.id = id;
      return this;
    }

    public Builder id(String id) {
      return id(SituationPictureId.of(id));
    }

    public Builder revision(Revision revision) {
      this.revision = revision;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder municipalities(Iterable<MunicipalityCode> municipalities) {
      this.municipalities = Checks.set(municipalities, "municipalities");
      return this;
    }

    public Builder municipalities(MunicipalityCode... municipalities) {
      return municipalities(java.util.Arrays.asList(Checks.notNull(municipalities, "municipalities")));
    }

    public Builder council(Optional<CouncilId> council) {
      this.council = council;
      return this;
    }

    public Builder council(CouncilId council) {
      return council(Optional.of(Checks.notNull(council, "council")));
    }

    public Builder date(Optional<LocalDate> date) {
      this.date = date;
      return this;
    }

    public Builder date(LocalDate date) {
      return date(Optional.of(Checks.notNull(date, "date")));
    }

    public Builder period(Optional<DateSpan> period) {
      this.period = period;
      return this;
    }

    public Builder period(DateSpan period) {
      return period(Optional.of(Checks.notNull(period, "period")));
    }

    public Builder producedBy(Iterable<OrganisationId> organisations) {
      this.producedBy = Checks.set(organisations, "producedBy");
      return this;
    }

    public Builder sources(Iterable<Source> sources) {
      this.sources = Checks.list(sources, "sources");
      return this;
    }

    public Builder addSource(Source source) {
      this.sources = Checks.append(sources, source, "sources");
      return this;
    }

    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    public Builder adoptedBy(Optional<Decision> adoptedBy) {
      this.adoptedBy = adoptedBy;
      return this;
    }

    /** The decision that adopted the situation picture. */
    public Builder adoptedBy(Decision adoptedBy) {
      return adoptedBy(Optional.of(Checks.notNull(adoptedBy, "adoptedBy")));
    }

    public SituationPicture build() {
      return new SituationPicture(id == null ? SituationPictureId.random() : id, revision, title, municipalities,
          council, date, period, producedBy, sources, summary, adoptedBy);
    }
  }
}
