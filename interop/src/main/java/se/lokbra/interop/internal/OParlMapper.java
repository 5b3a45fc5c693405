package se.lokbra.interop.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ListMultimap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.lokbra.core.DataSet;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.Membership;
import se.lokbra.core.council.Role;
import se.lokbra.core.meeting.AgendaItem;
import se.lokbra.core.meeting.Guest;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.meeting.MeetingState;
import se.lokbra.core.AggregateKind;
import se.lokbra.core.model.MandatePeriod;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.PoliticalParty;
import se.lokbra.core.model.PostalAddress;
import se.lokbra.core.model.Revision;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.person.Person;
import se.lokbra.core.person.PersonId;
import se.lokbra.interop.oparl.OParlOptions;

/**
 * Maps a data set to the files of a static OParl 1.1 export; see {@link se.lokbra.interop.oparl.OParlExport} for
 * the mapping. Every object is built once, as it stands in its own file; lists embed the same objects, and objects
 * embedded in other objects leave out their back-reference, as the OParl specification asks. Not API.
 */
public final class OParlMapper {
  public static final String SYSTEM_PATH = "system";
  private static final String SCHEMA = "https://schema.oparl.org/1.1/";
  private static final String PRODUCT = "https://github.com/lokbra/lokbra";

  /** The body lists, in the order the Body object names them, with the Body property that links each. */
  private enum ListKind {
    ORGANIZATION("organization", "organization"),
    PERSON("person", "person"),
    MEETING("meeting", "meeting"),
    PAPER("paper", "paper"),
    AGENDA_ITEM("agendaitem", "agendaItem"),
    MEMBERSHIP("membership", "membership"),
    LOCATION("location", "locationList"),
    LEGISLATIVE_TERM("legislativeterm", "legislativeTermList");

    final String segment;
    final String bodyProperty;

    ListKind(String segment, String bodyProperty) {
      this.segment = segment;
      this.bodyProperty = bodyProperty;
    }
  }

  /** What one body lists: object paths by list, each sorted, which is the list order. */
  private static final class BodyContent {
    final MunicipalityCode code;
    final List<Council> councils = new ArrayList<>();
    final List<Meeting> meetings = new ArrayList<>();
    final Set<PersonId> people = new LinkedHashSet<>();
    final Set<OrganisationId> organisations = new LinkedHashSet<>();
    final Map<ListKind, TreeSet<String>> lists = new LinkedHashMap<>();

    BodyContent(MunicipalityCode code) {
      this.code = code;
      for (ListKind kind : ListKind.values()) {
        lists.put(kind, new TreeSet<>());
      }
    }

    void list(ListKind kind, String path) {
      lists.get(kind).add(path);
    }
  }

  /** A membership to write: its path, owner and the object as it stands in its own file. */
  private record MembershipObject(String path, Optional<PersonId> person, String organizationPath, ObjectNode node) {}

  private final Index index;
  private final OParlOptions options;
  private final String base;
  private final SortedMap<MunicipalityCode, BodyContent> bodies = new TreeMap<>();
  private final Map<MunicipalityCode, Organisation> municipalityOrganisations = new HashMap<>();
  private final Map<PoliticalParty, String> partyPaths = new LinkedHashMap<>();
  private final Map<PersonId, MunicipalityCode> personHomes = new HashMap<>();
  private final Map<OrganisationId, MunicipalityCode> organisationHomes = new HashMap<>();
  private final Map<String, ObjectNode> objects = new TreeMap<>();
  private final List<MembershipObject> memberships = new ArrayList<>();
  private final ListMultimap<String, String> membershipsByOrganization = ArrayListMultimap.create();
  private final ListMultimap<PersonId, MembershipObject> membershipsByPerson = ArrayListMultimap.create();

  private OParlMapper(DataSet data, OParlOptions options) {
    this.index = new Index(data);
    this.options = options;
    this.base = options.baseUrl().toString();
  }

  /** Every file of the export by its path relative to the base URL. */
  public static ImmutableSortedMap<String, byte[]> render(DataSet data, OParlOptions options) {
    return new OParlMapper(data, options).render();
  }

  private ImmutableSortedMap<String, byte[]> render() {
    collectBodies();
    collectParties();
    buildMemberships();
    buildOrganisations();
    buildPeople();
    buildMeetings();
    buildBodies();
    buildTombstones();
    ImmutableSortedMap.Builder<String, byte[]> files = ImmutableSortedMap.naturalOrder();
    objects.forEach((path, node) -> files.put(path, Json.bytes(node)));
    files.put(SYSTEM_PATH, Json.bytes(system()));
    List<String> bodyPaths = bodies.keySet().stream().map(OParlMapper::bodyPath).toList();
    writeList(files, "list/body", bodyPaths);
    for (BodyContent body : bodies.values()) {
      body.lists.forEach((kind, paths) ->
          writeList(files, "list/" + body.code.value() + "/" + kind.segment, List.copyOf(paths)));
    }
    return files.build();
  }

  // ---- what each body holds ----

  private void collectBodies() {
    for (Council council : index.data().councils()) {
      // A person or organisation belongs to the body of the first council (by id) it is related to.
      MunicipalityCode home = council.municipalities().iterator().next();
      Set<PersonId> people = new LinkedHashSet<>();
      Set<OrganisationId> organisations = new LinkedHashSet<>();
      for (Membership membership : council.memberships()) {
        membership.person().ifPresent(people::add);
        membership.organisation().ifPresent(organisations::add);
      }
      List<Meeting> meetings = index.meetings(council.id());
      for (Meeting meeting : meetings) {
        people.addAll(meeting.participants());
        meeting.guests().stream().map(Guest::person).forEach(people::add);
      }
      people.removeIf(id -> index.person(id).isEmpty());
      people.forEach(id -> index.person(id).orElseThrow().affiliation().ifPresent(organisations::add));
      organisations.removeIf(id -> index.organisation(id).isEmpty());
      people.forEach(id -> personHomes.putIfAbsent(id, home));
      organisations.forEach(id -> organisationHomes.putIfAbsent(id, home));
      for (MunicipalityCode code : council.municipalities()) {
        BodyContent body = bodies.computeIfAbsent(code, BodyContent::new);
        body.councils.add(council);
        body.meetings.addAll(meetings);
        body.people.addAll(people);
        body.organisations.addAll(organisations);
      }
    }
    for (Organisation organisation : index.data().organisations()) {
      Optional<MunicipalityCode> own = organisation.municipality().filter(bodies::containsKey);
      own.ifPresent(code -> {
        bodies.get(code).organisations.add(organisation.id());
        organisationHomes.put(organisation.id(), code); // its own municipality's body comes first
        // The body is named after the first (by id) municipality organisation with its code.
        if (organisation.kind() == OrganisationKind.MUNICIPALITY) {
          municipalityOrganisations.putIfAbsent(code, organisation);
        }
      });
    }
    for (BodyContent body : bodies.values()) {
      // Parents too, so that every subOrganizationOf resolves within the body's list.
      List<OrganisationId> pending = new ArrayList<>(body.organisations);
      while (!pending.isEmpty()) {
        index.organisation(pending.remove(pending.size() - 1)).flatMap(Organisation::parent)
            .filter(p -> index.organisation(p).isPresent()).filter(body.organisations::add).ifPresent(p -> {
              pending.add(p);
              organisationHomes.putIfAbsent(p, body.code);
            });
      }
    }
  }

  private void collectParties() {
    Keys.parties(exportedPeople().map(Person::party).flatMap(Optional::stream))
        .forEach((party, key) -> partyPaths.put(party, "party/" + key));
  }

  private Stream<Person> exportedPeople() {
    return index.data().people().stream().filter(p -> homeBody(p.id()).isPresent());
  }

  private Optional<MunicipalityCode> homeBody(PersonId person) {
    return Optional.ofNullable(personHomes.get(person));
  }

  private Optional<MunicipalityCode> homeBody(Organisation organisation) {
    return Optional.ofNullable(organisationHomes.get(organisation.id()));
  }

  // ---- memberships ----

  private void buildMemberships() {
    for (Council council : index.data().councils()) {
      List<String> keys = Keys.memberships(council);
      for (int i = 0; i < keys.size(); i++) {
        Membership m = council.memberships().get(i);
        String path = "membership/" + keys.get(i);
        ObjectNode node = object(path, "Membership");
        m.person().ifPresent(p -> node.put("person", url(personPath(p))));
        node.put("organization", url(councilPath(council)));
        node.put("role", Labels.role(m.role()));
        if (m.role() == Role.ADJUNCT) {
          node.put("votingRight", false); // the only role the domain defines as without a vote
        }
        node.put("startDate", Times.date(m.start()));
        m.end().ifPresent(e -> node.put("endDate", Times.date(e)));
        m.organisation().ifPresent(o -> node.put("onBehalfOf", url(organisationPath(o))));
        stamp(node, council.revision());
        addMembership(new MembershipObject(path, m.person(), councilPath(council), node));
      }
    }
    exportedPeople().forEach(person -> {
      person.affiliation().filter(a -> index.organisation(a).isPresent()).ifPresent(a -> {
        String path = "membership/" + person.id().value() + ".affiliation";
        ObjectNode node = object(path, "Membership");
        node.put("person", url(personPath(person.id())));
        node.put("organization", url(organisationPath(a)));
        stamp(node, person.revision());
        addMembership(new MembershipObject(path, Optional.of(person.id()), organisationPath(a), node));
      });
      person.party().ifPresent(party -> {
        String path = "membership/" + person.id().value() + ".party";
        ObjectNode node = object(path, "Membership");
        node.put("person", url(personPath(person.id())));
        node.put("organization", url(partyPaths.get(party)));
        stamp(node, person.revision());
        addMembership(new MembershipObject(path, Optional.of(person.id()), partyPaths.get(party), node));
      });
    });
    for (BodyContent body : bodies.values()) {
      for (MembershipObject m : memberships) {
        boolean councilSeat = body.councils.stream().anyMatch(c -> m.organizationPath.equals(councilPath(c)));
        boolean ownedByPerson = !m.organizationPath.startsWith("council/")
            && m.person.filter(body.people::contains).isPresent();
        if (councilSeat || ownedByPerson) {
          body.list(ListKind.MEMBERSHIP, m.path);
        }
      }
    }
  }

  private void addMembership(MembershipObject membership) {
    memberships.add(membership);
    membershipsByOrganization.put(membership.organizationPath, membership.path);
    membership.person.ifPresent(p -> membershipsByPerson.put(p, membership));
    objects.put(membership.path, membership.node);
  }

  private ArrayNode membershipUrls(String organizationPath) {
    ArrayNode urls = Json.array();
    membershipsByOrganization.get(organizationPath).stream().sorted().forEach(p -> urls.add(url(p)));
    return urls;
  }

  // ---- organisations, councils, parties ----

  private void buildOrganisations() {
    for (Council council : index.data().councils()) {
      String path = councilPath(council);
      ObjectNode node = object(path, "Organization");
      node.put("body", url(bodyPath(council.municipalities().iterator().next())));
      node.put("name", council.name());
      Json.putIfPresent(node, "shortName", council.shortName());
      Json.putIfNotEmpty(node, "membership", membershipUrls(path));
      node.put("organizationType", "Gremium");
      node.put("classification", "lokalt brottsförebyggande råd");
      stamp(node, council.revision());
      objects.put(path, node);
      for (MunicipalityCode code : council.municipalities()) {
        bodies.get(code).list(ListKind.ORGANIZATION, path);
      }
    }
    for (Organisation organisation : index.data().organisations()) {
      Optional<MunicipalityCode> home = homeBody(organisation);
      if (home.isEmpty()) {
        continue; // related to no council: outside what OParl describes
      }
      String path = organisationPath(organisation.id());
      ObjectNode node = object(path, "Organization");
      node.put("body", url(bodyPath(home.get())));
      node.put("name", organisation.name());
      Json.putIfNotEmpty(node, "membership", membershipUrls(path));
      organisation.parent().ifPresent(p -> node.put("subOrganizationOf", url(organisationPath(p))));
      node.put("organizationType", organizationType(organisation.kind()));
      node.put("classification", Labels.organisationKind(organisation.kind()));
      organisation.contact().website().ifPresent(w -> node.put("website", w.toString()));
      organisation.contact().address().ifPresent(a -> {
        String locationPath = "location/organization." + organisation.id().value();
        node.set("location", location(locationPath, a, organisation.revision()));
        ObjectNode standalone = location(locationPath, a, organisation.revision());
        standalone.set("organizations", Json.array().add(url(path)));
        ArrayNode bodyUrls = Json.array();
        municipalityOrganisations.forEach((code, o) -> {
          if (o.id().equals(organisation.id())) {
            bodyUrls.add(url(bodyPath(code)));
          }
        });
        Json.putIfNotEmpty(standalone, "bodies", bodyUrls);
        objects.put(locationPath, standalone);
        bodies.values().stream().filter(b -> b.organisations.contains(organisation.id()))
            .forEach(b -> b.list(ListKind.LOCATION, locationPath));
      });
      stamp(node, organisation.revision());
      objects.put(path, node);
      bodies.values().stream().filter(b -> b.organisations.contains(organisation.id()))
          .forEach(b -> b.list(ListKind.ORGANIZATION, path));
    }
    partyPaths.forEach((party, path) -> {
      List<Person> members = exportedPeople().filter(p -> p.party().equals(Optional.of(party))).toList();
      ObjectNode node = object(path, "Organization");
      List<MunicipalityCode> partyBodies = bodies.values().stream()
          .filter(b -> members.stream().anyMatch(p -> b.people.contains(p.id()))).map(b -> b.code).toList();
      node.put("body", url(bodyPath(homeBody(members.get(0).id()).orElseThrow())));
      node.put("name", party.name());
      node.put("shortName", party.abbreviation());
      Json.putIfNotEmpty(node, "membership", membershipUrls(path));
      node.put("organizationType", "Partei");
      node.put("classification", "politiskt parti");
      stampSpan(node, members.stream().map(Person::revision));
      objects.put(path, node);
      partyBodies.forEach(code -> bodies.get(code).list(ListKind.ORGANIZATION, path));
    });
  }

  /** OParl's recommended values for {@code organizationType}. */
  private static String organizationType(OrganisationKind kind) {
    return switch (kind) {
      case MUNICIPAL_ADMINISTRATION -> "Verwaltungsbereich";
      case MUNICIPALITY, POLICE, COUNTY_ADMINISTRATIVE_BOARD, REGION, NATIONAL_AGENCY, SCHOOL, UNIVERSITY ->
          "Institution";
      case MUNICIPAL_COMPANY, NON_PROFIT, BUSINESS, OTHER -> "Sonstiges";
    };
  }

  // ---- people ----

  private void buildPeople() {
    exportedPeople().forEach(person -> {
      String path = personPath(person.id());
      ObjectNode node = object(path, "Person");
      node.put("body", url(bodyPath(homeBody(person.id()).orElseThrow())));
      node.put("name", person.fullName());
      node.put("familyName", person.familyName());
      node.put("givenName", person.givenName());
      person.title().ifPresent(t -> node.set("title", Json.array().add(t)));
      person.contact().email().ifPresent(e -> node.set("email", Json.array().add(e.value())));
      person.contact().phone().ifPresent(p -> node.set("phone", Json.array().add(p.value())));
      person.contact().address().ifPresent(a -> {
        String locationPath = "location/person." + person.id().value();
        node.put("location", url(locationPath));
        ObjectNode standalone = location(locationPath, a, person.revision());
        standalone.set("persons", Json.array().add(url(path)));
        objects.put(locationPath, standalone);
        bodies.values().stream().filter(b -> b.people.contains(person.id()))
            .forEach(b -> b.list(ListKind.LOCATION, locationPath));
      });
      ArrayNode embedded = Json.array();
      membershipsByPerson.get(person.id()).stream().sorted(Comparator.comparing(MembershipObject::path))
          .forEach(m -> embedded.add(m.node.deepCopy().without("person")));
      Json.putIfNotEmpty(node, "membership", embedded);
      stamp(node, person.revision());
      objects.put(path, node);
      bodies.values().stream().filter(b -> b.people.contains(person.id()))
          .forEach(b -> b.list(ListKind.PERSON, path));
    });
  }

  // ---- meetings, agenda items, locations ----

  private void buildMeetings() {
    for (Meeting meeting : index.data().meetings()) {
      Optional<Council> council = index.council(meeting.council());
      if (council.isEmpty()) {
        continue; // only in a hand-made, inconsistent data set
      }
      String path = meetingPath(meeting.id().value());
      ObjectNode node = object(path, "Meeting");
      node.put("name", Texts.meetingName(meeting, council.get()));
      node.put("meetingState", Labels.meetingState(meeting.state()));
      node.put("cancelled", meeting.state() == MeetingState.CANCELLED);
      node.put("start", Times.dateTime(meeting.start()));
      meeting.end().ifPresent(e -> node.put("end", Times.dateTime(e)));
      List<MunicipalityCode> meetingBodies = List.copyOf(council.get().municipalities());
      meeting.location().ifPresent(text -> {
        String locationPath = "location/meeting." + meeting.id().value();
        ObjectNode location = object(locationPath, "Location");
        location.put("description", text);
        stamp(location, meeting.revision());
        node.set("location", location);
        ObjectNode standalone = location.deepCopy();
        standalone.set("meetings", Json.array().add(url(path)));
        objects.put(locationPath, standalone);
        meetingBodies.forEach(code -> bodies.get(code).list(ListKind.LOCATION, locationPath));
      });
      node.set("organization", Json.array().add(url(councilPath(council.get()))));
      ArrayNode participants = Json.array();
      Stream.concat(meeting.participants().stream(), meeting.guests().stream().map(Guest::person)).distinct()
          .forEach(p -> participants.add(url(personPath(p))));
      Json.putIfNotEmpty(node, "participant", participants);
      ArrayNode agenda = Json.array();
      for (int i = 0; i < meeting.agenda().size(); i++) {
        AgendaItem item = meeting.agenda().get(i);
        String itemPath = "agendaitem/" + meeting.id().value() + "." + (i + 1);
        ObjectNode itemNode = object(itemPath, "AgendaItem");
        itemNode.put("meeting", url(path));
        itemNode.put("number", String.valueOf(i + 1));
        itemNode.put("order", i + 1);
        itemNode.put("name", item.title());
        stamp(itemNode, meeting.revision());
        objects.put(itemPath, itemNode);
        agenda.add(itemNode.deepCopy().without("meeting"));
        meetingBodies.forEach(code -> bodies.get(code).list(ListKind.AGENDA_ITEM, itemPath));
      }
      Json.putIfNotEmpty(node, "agendaItem", agenda);
      stamp(node, meeting.revision());
      objects.put(path, node);
      meetingBodies.forEach(code -> bodies.get(code).list(ListKind.MEETING, path));
    }
  }

  private ObjectNode location(String path, PostalAddress address, Revision revision) {
    ObjectNode node = object(path, "Location");
    node.put("description", Labels.address(address));
    node.put("streetAddress", address.street());
    address.postalCode().ifPresent(p -> node.put("postalCode", p));
    node.put("locality", address.locality());
    stamp(node, revision);
    return node;
  }

  // ---- bodies, legislative terms, system ----

  private void buildBodies() {
    for (BodyContent body : bodies.values()) {
      String path = bodyPath(body.code);
      Optional<Organisation> municipality = Optional.ofNullable(municipalityOrganisations.get(body.code));
      ObjectNode node = object(path, "Body");
      node.put("system", url(SYSTEM_PATH));
      node.put("name", municipality.map(Organisation::name).orElse("Kommun " + body.code.value()));
      municipality.flatMap(m -> m.contact().website()).ifPresent(w -> node.put("website", w.toString()));
      options.license().ifPresent(l -> node.put("license", l.toString()));
      node.put("classification", "kommun");
      municipality.flatMap(m -> m.contact().email()).ifPresent(e -> node.put("contactEmail", e.value()));
      for (ListKind kind : ListKind.values()) {
        node.put(kind.bodyProperty, url(listPagePath("list/" + body.code.value() + "/" + kind.segment, 1)));
      }
      ArrayNode terms = Json.array();
      for (MandatePeriod period : mandatePeriods(body)) {
        String termPath = "legislativeterm/" + body.code.value() + "." + period.startYear() + "-"
            + period.endYear();
        ObjectNode term = object(termPath, "LegislativeTerm");
        term.put("body", url(path));
        term.put("name", "Mandatperiod " + period);
        term.put("startDate", Times.date(period.start()));
        term.put("endDate", Times.date(period.end()));
        objects.put(termPath, term);
        terms.add(term.deepCopy().without("body"));
        body.list(ListKind.LEGISLATIVE_TERM, termPath);
      }
      node.set("legislativeTerm", terms);
      municipality.flatMap(m -> m.contact().address())
          .ifPresent(a -> node.set("location", location("location/organization."
              + municipality.get().id().value(), a, municipality.get().revision())));
      stampSpan(node, Stream.of(body.councils.stream().map(Council::revision),
          body.meetings.stream().map(Meeting::revision), municipality.stream().map(Organisation::revision))
          .flatMap(s -> s));
      objects.put(path, node);
    }
  }

  /** Every mandate period from the first to the last that a date of the body's memberships or meetings falls in. */
  private static List<MandatePeriod> mandatePeriods(BodyContent body) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    for (Council council : body.councils) {
      for (Membership m : council.memberships()) {
        dates.add(m.start());
        m.end().ifPresent(dates::add);
      }
    }
    body.meetings.forEach(m -> dates.add(m.start().toLocalDate()));
    dates.removeIf(d -> d.getYear() < 1995); // mandate periods of four years began after the 1994 election
    if (dates.isEmpty()) {
      return List.of();
    }
    List<MandatePeriod> periods = new ArrayList<>();
    MandatePeriod last = MandatePeriod.containing(dates.last());
    for (MandatePeriod p = MandatePeriod.containing(dates.first()); p.compareTo(last) <= 0; p = p.next()) {
      periods.add(p);
    }
    return periods;
  }

  private void buildTombstones() {
    for (Tombstone tombstone : index.data().tombstones()) {
      String value = tombstone.id().value();
      AggregateKind kind = tombstone.id().kind();
      Optional<String> path = switch (kind) {
        case ORGANISATION -> Optional.of(organisationPath(OrganisationId.of(value)));
        case COUNCIL -> Optional.of("council/" + value);
        case PERSON -> Optional.of(personPath(PersonId.of(value)));
        case MEETING -> Optional.of(meetingPath(value));
        // Not part of the OParl export: OParl has no measures, conferences or the knowledge-based cycle.
        case MEASURE, CONFERENCE, SITUATION_PICTURE, PROBLEM, INDICATOR, COOPERATION_AGREEMENT, ACTION_PLAN,
            COORDINATION_FUNCTION ->
            Optional.empty();
      };
      path.ifPresent(p -> {
        ObjectNode node = object(p, kind == AggregateKind.PERSON ? "Person"
            : kind == AggregateKind.MEETING ? "Meeting" : "Organization");
        stamp(node, tombstone.revision());
        node.put("deleted", true);
        objects.put(p, node);
        ListKind list = kind == AggregateKind.PERSON ? ListKind.PERSON
            : kind == AggregateKind.MEETING ? ListKind.MEETING : ListKind.ORGANIZATION;
        bodies.values().forEach(b -> b.list(list, p));
      });
    }
  }

  private ObjectNode system() {
    ObjectNode node = object(SYSTEM_PATH, "System");
    node.put("oparlVersion", SCHEMA);
    options.license().ifPresent(l -> node.put("license", l.toString()));
    node.put("body", url(listPagePath("list/body", 1)));
    node.put("name", options.systemName());
    Json.putIfPresent(node, "contactEmail", options.contactEmail());
    Json.putIfPresent(node, "contactName", options.contactName());
    node.put("product", PRODUCT);
    DataSet data = index.data();
    stampSpan(node, Stream.concat(data.entities().map(e -> e.revision()),
        data.tombstones().stream().map(Tombstone::revision)));
    return node;
  }

  // ---- lists ----

  private void writeList(ImmutableSortedMap.Builder<String, byte[]> files, String listPath, List<String> paths) {
    int size = options.pageSize();
    int pages = Math.max(1, (paths.size() + size - 1) / size);
    for (int page = 1; page <= pages; page++) {
      ObjectNode document = Json.object();
      ArrayNode data = Json.array();
      paths.subList((page - 1) * size, Math.min(paths.size(), page * size))
          .forEach(p -> data.add(objects.get(p)));
      document.set("data", data);
      ObjectNode pagination = Json.object();
      pagination.put("totalElements", paths.size());
      pagination.put("elementsPerPage", size);
      pagination.put("currentPage", page);
      pagination.put("totalPages", pages);
      document.set("pagination", pagination);
      ObjectNode links = Json.object();
      links.put("first", url(listPagePath(listPath, 1)));
      if (page > 1) {
        links.put("prev", url(listPagePath(listPath, page - 1)));
      }
      if (page < pages) {
        links.put("next", url(listPagePath(listPath, page + 1)));
      }
      links.put("last", url(listPagePath(listPath, pages)));
      document.set("links", links);
      files.put(listPagePath(listPath, page), Json.bytes(document));
    }
  }

  private static String listPagePath(String listPath, int page) {
    return listPath + "/" + page;
  }

  // ---- ids and common properties ----

  private ObjectNode object(String path, String type) {
    ObjectNode node = Json.object();
    node.put("id", url(path));
    node.put("type", SCHEMA + type);
    return node;
  }

  private static void stamp(ObjectNode node, Revision revision) {
    revision.created().ifPresent(c -> node.put("created", Times.instant(c)));
    revision.modified().ifPresent(m -> node.put("modified", Times.instant(m)));
  }

  /** The earliest creation and the latest modification of the revisions, for objects made from several entities. */
  private static void stampSpan(ObjectNode node, Stream<Revision> revisions) {
    List<Revision> stored = revisions.filter(r -> !r.isNew()).toList();
    stored.stream().map(r -> r.created().orElseThrow()).min(Comparator.naturalOrder())
        .ifPresent(c -> node.put("created", Times.instant(c)));
    stored.stream().map(r -> r.modified().orElseThrow()).max(Comparator.naturalOrder())
        .ifPresent(m -> node.put("modified", Times.instant(m)));
  }

  private String url(String path) {
    return base + "/" + path;
  }

  private static String bodyPath(MunicipalityCode code) {
    return "body/" + code.value();
  }

  private static String councilPath(Council council) {
    return "council/" + council.id().value();
  }

  private static String organisationPath(OrganisationId id) {
    return "organization/" + id.value();
  }

  private static String personPath(PersonId id) {
    return "person/" + id.value();
  }

  private static String meetingPath(String id) {
    return "meeting/" + id;
  }
}
