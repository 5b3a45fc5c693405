package se.lokbra.core.conference;

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
import se.lokbra.core.model.Reference;
import se.lokbra.core.model.Revision;
import se.lokbra.core.organisation.OrganisationId;

/**
 * A conference ("konferens") on crime prevention: title, the day it starts and optionally the day it ends, venue,
 * organisers (councils and/or organisations such as the municipal companies), speakers and a description.
 */
public record Conference(ConferenceId id, Revision revision, String title, LocalDate start, Optional<LocalDate> end,
    Optional<String> venue, ImmutableSet<CouncilId> organisingCouncils,
    ImmutableSet<OrganisationId> organisingOrganisations, ImmutableList<Speaker> speakers, String description)
    implements Aggregate<ConferenceId, Conference> {
  /** The description of this aggregate that every backend, codec and schema derives from. */
  public static final AggregateType<Conference, ConferenceId> TYPE = AggregateType.builder(Conference.class, ConferenceId.TYPE,
      "conference", "conferences")
      .repository(ConferenceRepository.class)
      .field(Field.one("title", Conference::title, Types.TEXT))
      .field(Field.one("start", Conference::start, Types.DATE))
      .field(Field.optional("end", Conference::end, Types.DATE))
      .field(Field.optional("venue", Conference::venue, Types.TEXT))
      .field(Field.set("organisingCouncils", Conference::organisingCouncils, CouncilId.TYPE))
      .field(Field.set("organisingOrganisations", Conference::organisingOrganisations, OrganisationId.TYPE))
      .field(Field.list("speakers", Conference::speakers, Speaker.TYPE))
      .field(Field.one("description", Conference::description, Types.TEXT).orDefault(""))
      .sortBy("start")
      .sortBy("title")
      .defaultSort("start")
      .build();


  public Conference {
    Checks.notNull(id, "id");
    Checks.notNull(revision, "revision");
    Checks.name(title, "title");
    Checks.date(start, "start");
    Checks.optionalDate(end, "end");
    end.ifPresent(e -> Checks.check(!e.isBefore(start), "end", e, "must not be before the start (%s)", start));
    Checks.optionalName(venue, "venue");
    Checks.notNull(organisingCouncils, "organisingCouncils");
    Checks.notNull(organisingOrganisations, "organisingOrganisations");
    Checks.notNull(speakers, "speakers");
    Checks.longText(description, "description");
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The last day: the end, or the start for a one-day conference. */
  public LocalDate lastDay() {
    return end.orElse(start);
  }

  @Override
  public Conference withRevision(Revision revision) {
    return new Conference(id, revision, title, start, end, venue, organisingCouncils, organisingOrganisations,
        speakers, description);
  }

  @Override
  public ImmutableList<Reference> references() {
    return TYPE.references(this);
  }

  /** Builds a {@link Conference}; the id defaults to a random one, the description to empty. */
  public static final class Builder {
    private @Nullable ConferenceId id;
    private Revision revision = Revision.NEW;
    private @Nullable String title;
    private @Nullable LocalDate start;
    private Optional<LocalDate> end = Optional.empty();
    private Optional<String> venue = Optional.empty();
    private ImmutableSet<CouncilId> organisingCouncils = ImmutableSet.of();
    private ImmutableSet<OrganisationId> organisingOrganisations = ImmutableSet.of();
    private ImmutableList<Speaker> speakers = ImmutableList.of();
    private String description = "";

    private Builder() {}

    private Builder(Conference c) {
      id = c.id;
      revision = c.revision;
      title = c.title;
      start = c.start;
      end = c.end;
      venue = c.venue;
      organisingCouncils = c.organisingCouncils;
      organisingOrganisations = c.organisingOrganisations;
      speakers = c.speakers;
      description = c.description;
    }

    public Builder id(ConferenceId id) {
      this.id = id;
      return this;
    }

    public Builder id(String id) {
      return id(ConferenceId.of(id));
    }

    public Builder revision(Revision revision) {
      this.revision = revision;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder start(LocalDate start) {
      this.start = start;
      return this;
    }

    public Builder end(Optional<LocalDate> end) {
      this.end = end;
      return this;
    }

    public Builder end(LocalDate end) {
      return end(Optional.of(Checks.notNull(end, "end")));
    }

    public Builder venue(Optional<String> venue) {
      this.venue = venue;
      return this;
    }

    public Builder venue(String venue) {
      return venue(Optional.of(Checks.notNull(venue, "venue")));
    }

    public Builder organisingCouncils(Iterable<CouncilId> councils) {
      this.organisingCouncils = Checks.set(councils, "organisingCouncils");
      return this;
    }

    public Builder organisingOrganisations(Iterable<OrganisationId> organisations) {
      this.organisingOrganisations = Checks.set(organisations, "organisingOrganisations");
      return this;
    }

    public Builder speakers(Iterable<Speaker> speakers) {
      this.speakers = Checks.list(speakers, "speakers");
      return this;
    }

    public Builder addSpeaker(Speaker speaker) {
      this.speakers = Checks.append(speakers, speaker, "speakers");
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Conference build() {
      return new Conference(id == null ? ConferenceId.random() : id, revision, title, start, end, venue,
          organisingCouncils, organisingOrganisations, speakers, description);
    }
  }
}
