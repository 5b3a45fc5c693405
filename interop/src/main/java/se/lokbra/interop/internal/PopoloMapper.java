package se.lokbra.interop.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.lokbra.core.DataSet;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.conference.Speaker;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.Membership;
import se.lokbra.core.meeting.Guest;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.model.ContactDetails;
import se.lokbra.core.model.Identifier;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.PoliticalParty;
import se.lokbra.core.model.Revision;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.person.Person;

/** Maps a data set to one Popolo document; see {@link se.lokbra.interop.popolo.PopoloExport}. Not API. */
public final class PopoloMapper {
  private final Index index;
  private final String prefix;
  private final ImmutableMap<PoliticalParty, String> parties;

  private PopoloMapper(DataSet data, String prefix) {
    this.index = new Index(data);
    this.prefix = prefix;
    this.parties = Keys.parties(data.people().stream().map(Person::party).flatMap(Optional::stream));
  }

  /** The Popolo document of {@code data}, every id starting with {@code idPrefix}. */
  public static ObjectNode document(DataSet data, String idPrefix) {
    return new PopoloMapper(data, idPrefix).document();
  }

  private ObjectNode document() {
    ObjectNode document = Json.object();
    document.set("persons", sorted(index.data().people().stream().map(this::person)));
    document.set("organizations", sorted(Stream.of(index.data().councils().stream().map(this::council),
        index.data().organisations().stream().map(this::organisation),
        parties.entrySet().stream().map(e -> party(e.getKey(), e.getValue()))).flatMap(s -> s)));
    document.set("memberships", sorted(Stream.concat(index.data().councils().stream().flatMap(this::seats),
        index.data().people().stream().flatMap(this::personalMemberships))));
    document.set("events", sorted(Stream.concat(index.data().meetings().stream().map(this::meeting),
        index.data().conferences().stream().map(this::conference))));
    document.set("areas", areas());
    return document;
  }

  /** The objects in order of id, so that the document does not depend on the order of the data set's lists. */
  private static ArrayNode sorted(Stream<ObjectNode> objects) {
    Map<String, ObjectNode> byId = new TreeMap<>();
    objects.forEach(o -> byId.put(o.get("id").asText(), o));
    ArrayNode array = Json.array();
    byId.values().forEach(array::add);
    return array;
  }

  private ObjectNode person(Person person) {
    ObjectNode node = object("person/" + person.id().value());
    node.put("name", person.fullName());
    node.put("given_name", person.givenName());
    node.put("family_name", person.familyName());
    Json.putIfPresent(node, "honorific_prefix", person.title());
    Json.putIfNotEmpty(node, "identifiers", identifiers(person.identifiers()));
    contact(node, person.contact());
    stamp(node, person.revision());
    return node;
  }

  private ObjectNode council(Council council) {
    ObjectNode node = object("council/" + council.id().value());
    node.put("name", council.name());
    council.shortName().ifPresent(s -> node.set("other_names", Json.array().add(otherName(s, "kortnamn"))));
    node.put("classification", "lokalt brottsförebyggande råd");
    if (council.municipalities().size() == 1) {
      node.put("area_id", id(areaPath(council.municipalities().iterator().next())));
    }
    council.founded().ifPresent(y -> node.put("founding_date", String.valueOf(y.getValue())));
    stamp(node, council.revision());
    return node;
  }

  private ObjectNode organisation(Organisation organisation) {
    ObjectNode node = object("organization/" + organisation.id().value());
    node.put("name", organisation.name());
    ArrayNode identifiers = Json.array();
    organisation.organisationNumber().ifPresent(n -> identifiers.add(identifier("se-organisationsnummer",
        n.value())));
    if (organisation.kind() == OrganisationKind.MUNICIPALITY) {
      organisation.municipality().ifPresent(m -> identifiers.add(identifier("se-kommunkod", m.value())));
    }
    identifiers.addAll(identifiers(organisation.identifiers()));
    Json.putIfNotEmpty(node, "identifiers", identifiers);
    node.put("classification", Labels.organisationKind(organisation.kind()));
    organisation.parent().ifPresent(p -> node.put("parent_id", id("organization/" + p.value())));
    organisation.municipality().ifPresent(m -> node.put("area_id", id(areaPath(m))));
    contact(node, organisation.contact());
    stamp(node, organisation.revision());
    return node;
  }

  private ObjectNode party(PoliticalParty party, String key) {
    ObjectNode node = object("party/" + key);
    node.put("name", party.name());
    node.set("other_names", Json.array().add(otherName(party.abbreviation(), "förkortning")));
    node.put("classification", "politiskt parti");
    return node;
  }

  private Stream<ObjectNode> seats(Council council) {
    List<String> keys = Keys.memberships(council);
    return java.util.stream.IntStream.range(0, keys.size()).mapToObj(i -> {
      Membership m = council.memberships().get(i);
      ObjectNode node = object("membership/" + keys.get(i));
      node.put("role", Labels.role(m.role()));
      if (m.person().isPresent()) {
        node.put("person_id", id("person/" + m.person().get().value()));
      } else {
        ObjectNode member = Json.object();
        member.put("@type", "Organization");
        member.put("id", id("organization/" + m.organisation().orElseThrow().value()));
        node.set("member", member);
      }
      node.put("organization_id", id("council/" + council.id().value()));
      m.organisation().filter(o -> m.person().isPresent())
          .ifPresent(o -> node.put("on_behalf_of_id", id("organization/" + o.value())));
      node.put("start_date", Times.date(m.start()));
      m.end().ifPresent(e -> node.put("end_date", Times.date(e)));
      stamp(node, council.revision());
      return node;
    });
  }

  private Stream<ObjectNode> personalMemberships(Person person) {
    Stream.Builder<ObjectNode> memberships = Stream.builder();
    person.affiliation().ifPresent(a -> {
      ObjectNode node = object("membership/" + person.id().value() + ".affiliation");
      node.put("person_id", id("person/" + person.id().value()));
      node.put("organization_id", id("organization/" + a.value()));
      stamp(node, person.revision());
      memberships.add(node);
    });
    person.party().ifPresent(p -> {
      ObjectNode node = object("membership/" + person.id().value() + ".party");
      node.put("person_id", id("person/" + person.id().value()));
      node.put("organization_id", id("party/" + parties.get(p)));
      stamp(node, person.revision());
      memberships.add(node);
    });
    return memberships.build();
  }

  private ObjectNode meeting(Meeting meeting) {
    ObjectNode node = object("meeting/" + meeting.id().value());
    index.council(meeting.council()).ifPresent(c -> node.put("name", Texts.meetingName(meeting, c)));
    Labels.nonBlank(Texts.meetingDescription(meeting, index.people()))
        .ifPresent(d -> node.put("description", d));
    node.put("start_date", Times.dateTime(meeting.start()));
    meeting.end().ifPresent(e -> node.put("end_date", Times.dateTime(e)));
    Json.putIfPresent(node, "location", meeting.location());
    // The Open Civic Data words for an event's status, which Popolo tools use.
    node.put("status", switch (meeting.state()) {
      case PLANNED -> "confirmed";
      case HELD -> "passed";
      case CANCELLED -> "cancelled";
    });
    node.put("classification", "sammanträde");
    node.put("organization_id", id("council/" + meeting.council().value()));
    ArrayNode attendees = Json.array();
    Stream.concat(meeting.participants().stream(), meeting.guests().stream().map(Guest::person)).distinct()
        .forEach(p -> attendees.add(Json.object().put("id", id("person/" + p.value()))));
    Json.putIfNotEmpty(node, "attendees", attendees);
    stamp(node, meeting.revision());
    return node;
  }

  private ObjectNode conference(Conference conference) {
    ObjectNode node = object("conference/" + conference.id().value());
    node.put("name", conference.title());
    Labels.nonBlank(Texts.conferenceDescription(conference, index.people()))
        .ifPresent(d -> node.put("description", d));
    node.put("start_date", Times.date(conference.start()));
    conference.end().ifPresent(e -> node.put("end_date", Times.date(e)));
    Json.putIfPresent(node, "location", conference.venue());
    node.put("classification", "konferens");
    // Popolo has one organiser per event: the first organising council, else the first organisation.
    conference.organisingCouncils().stream().findFirst().map(c -> "council/" + c.value())
        .or(() -> conference.organisingOrganisations().stream().findFirst().map(o -> "organization/" + o.value()))
        .ifPresent(o -> node.put("organization_id", id(o)));
    ArrayNode attendees = Json.array();
    conference.speakers().stream().map(Speaker::person).distinct()
        .forEach(p -> attendees.add(Json.object().put("id", id("person/" + p.value()))));
    Json.putIfNotEmpty(node, "attendees", attendees);
    stamp(node, conference.revision());
    return node;
  }

  /** An area for each municipality code in the data set, named after its municipality organisation if any. */
  private ArrayNode areas() {
    TreeSet<MunicipalityCode> codes = new TreeSet<>();
    index.data().councils().forEach(c -> codes.addAll(c.municipalities()));
    index.data().organisations().forEach(o -> o.municipality().ifPresent(codes::add));
    ArrayNode areas = Json.array();
    for (MunicipalityCode code : codes) {
      ObjectNode node = object(areaPath(code));
      index.data().organisations().stream()
          .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY && o.municipality().equals(Optional.of(code)))
          .findFirst().ifPresent(o -> node.put("name", o.name()));
      node.put("identifier", code.value());
      node.put("classification", "kommun");
      areas.add(node);
    }
    return areas;
  }

  private void contact(ObjectNode node, ContactDetails contact) {
    ArrayNode details = Json.array();
    contact.email().ifPresent(e -> details.add(contactDetail("email", e.value())));
    contact.phone().ifPresent(p -> details.add(contactDetail("voice", p.value())));
    contact.address().ifPresent(a -> details.add(contactDetail("address", Labels.address(a))));
    Json.putIfNotEmpty(node, "contact_details", details);
    contact.website().ifPresent(w -> node.set("links", Json.array().add(Json.object().put("url", w.toString())
        .put("note", "webbplats"))));
  }

  private static ObjectNode contactDetail(String type, String value) {
    return Json.object().put("type", type).put("value", value);
  }

  private static ArrayNode identifiers(List<Identifier> identifiers) {
    ArrayNode array = Json.array();
    identifiers.forEach(i -> array.add(identifier(i.scheme(), i.value())));
    return array;
  }

  private static ObjectNode identifier(String scheme, String value) {
    return Json.object().put("identifier", value).put("scheme", scheme);
  }

  private static ObjectNode otherName(String name, String note) {
    return Json.object().put("name", name).put("note", note);
  }

  private ObjectNode object(String path) {
    return Json.object().put("id", id(path));
  }

  private String id(String path) {
    return prefix + path;
  }

  private static String areaPath(MunicipalityCode code) {
    return "area/" + code.value();
  }

  private static void stamp(ObjectNode node, Revision revision) {
    revision.created().ifPresent(c -> node.put("created_at", Times.instant(c)));
    revision.modified().ifPresent(m -> node.put("updated_at", Times.instant(m)));
  }
}
