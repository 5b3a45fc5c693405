package se.lokbra.examples.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.conference.Speaker;
import se.lokbra.core.council.Council;
import se.lokbra.core.council.Membership;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureStatus;
import se.lokbra.core.meeting.Guest;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.person.Person;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Pages;
import se.lokbra.core.sample.KarlskogaDegerfors;
import se.lokbra.examples.ExampleMunicipality;

/** {@code lokbra demo}: loads the sample data set into an empty store and prints an overview of the store. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Load the Karlskoga–Degerfors sample data if the store is empty (and, with --exempelby, the "
        + "fictional Exempelby kommun), and print an overview.")
final class DemoCommand implements Callable<Integer> {
  private static final DateTimeFormatter MEETING_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm VV",
      Locale.ROOT);

  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Mixin
  StoreOption store;

  @picocli.CommandLine.Option(names = "--exempelby", description = "Also load the fictional Exempelby kommun (1899), "
      + "which meets every requirement of the law 2023:196 on 2026-12-03 (see lokbra compliance).")
  boolean exempelby;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (LokbraStore s = store.open(main.clock, true)) {
      boolean loaded = KarlskogaDegerfors.loadIfEmpty(s);
      out.println("lokbra demo on " + s.uri() + (loaded ? " (sample data loaded)" : " (sample data already there)"));
      if (exempelby) {
        out.println(ExampleMunicipality.loadIfAbsent(s) ? "Fictional Exempelby kommun (1899) loaded"
            : "Fictional Exempelby kommun (1899) already there");
      }
      LocalDate today = LocalDate.now(main.clock);
      for (Council council : Pages.all(p -> s.councils().findAll(p))) {
        printCouncil(s, out, council, today);
      }
      out.flush();
    }
    return 0;
  }

  private void printCouncil(LokbraStore s, PrintWriter out, Council council, LocalDate today) {
    out.println();
    out.println(council.name() + council.shortName().map(n -> " (" + n + ")").orElse(""));
    out.println("  Municipalities: " + council.municipalities().stream().map(code -> municipalityName(s, code))
        .collect(Collectors.joining(", ")));
    council.founded().ifPresent(y -> out.println("  Founded: " + y));
    council.meetingsPerYear().ifPresent(n -> out.println("  Meets " + n + " times a year"));
    for (LocalDate date : List.of(today, LocalDate.of(2019, 4, 1))) {
      List<Membership> members = council.membersOn(date);
      out.println("  Members on " + date + ":" + (members.isEmpty() ? " none recorded" : ""));
      for (Membership m : members) {
        out.println("    " + role(m) + ": " + member(s, m));
      }
    }

    Map<MeasureStatus, List<Measure>> byStatus = new TreeMap<>();
    for (Measure m : Pages.all(p -> s.measures().findByCouncil(council.id(), p))) {
      if (m.isInYear(2018)) {
        byStatus.computeIfAbsent(m.status(), k -> new java.util.ArrayList<>()).add(m);
      }
    }
    out.println("  Measures of 2018 by status:");
    byStatus.forEach((status, measures) -> {
      out.println("    " + status + " (" + measures.size() + ")");
      measures.forEach(m -> out.println("      - " + m.title() + " [" + m.category() + "]"
          + (m.followUps().isEmpty() ? "" : ", followed up " + m.followUps().get(m.followUps().size() - 1).date())));
    });

    out.println("  Meetings:");
    for (Meeting m : Pages.all(p -> s.meetings().findByCouncil(council.id(), p))) {
      out.println("    " + MEETING_TIME.format(m.start()) + " — " + m.state() + ", " + m.agenda().size()
          + " agenda items" + m.location().map(l -> ", " + l).orElse(""));
      m.agenda().forEach(item -> out.println("      " + (m.agenda().indexOf(item) + 1) + ". " + item.title()
          + (item.measures().isEmpty() ? "" : " (" + item.measures().size() + " measures)")));
      for (Guest g : m.guests()) {
        out.println("      Guest: " + person(s, g.person()) + g.topic().map(t -> " — " + t).orElse(""));
      }
    }

    out.println("  Conferences:");
    for (Conference c : Pages.all(p -> s.conferences().findAll(p))) {
      if (!c.organisingCouncils().contains(council.id())) {
        continue;
      }
      String organisers = c.organisingOrganisations().stream().map(id -> s.organisations().findById(id)
          .map(Organisation::name).orElse(id.value())).collect(Collectors.joining(", "));
      out.println("    " + c.start() + c.end().map(e -> "–" + e).orElse("") + " " + c.title()
          + (organisers.isEmpty() ? "" : " (with " + organisers + ")"));
      for (Speaker sp : c.speakers()) {
        out.println("      Speaker: " + person(s, sp.person()) + sp.topic().map(t -> " — " + t).orElse(""));
      }
    }
  }

  private static String municipalityName(LokbraStore s, MunicipalityCode code) {
    return s.organisations().findByMunicipality(code, PageRequest.first(50)).content().stream()
        .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY).findFirst()
        .map(o -> o.name() + " (" + code + ")").orElse(code.toString());
  }

  private static String role(Membership m) {
    String r = m.role().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(r.charAt(0)) + r.substring(1);
  }

  private static String member(LokbraStore s, Membership m) {
    String org = m.organisation().map(id -> s.organisations().findById(id).map(Organisation::name)
        .orElse(id.value())).orElse("");
    String person = m.person().map(id -> person(s, id)).orElse("");
    return person.isEmpty() ? org : org.isEmpty() ? person : person + ", for " + org;
  }

  private static String person(LokbraStore s, se.lokbra.core.person.PersonId id) {
    return s.people().findById(id).map(p -> p.displayName() + affiliation(s, p)).orElse(id.value());
  }

  private static String affiliation(LokbraStore s, Person p) {
    return p.affiliation().flatMap(a -> s.organisations().findById(a)).map(o -> " (" + o.name() + ")").orElse("");
  }


}
