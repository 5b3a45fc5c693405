package se.lokbra.examples.cli;

import java.time.Clock;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.LokbraStores;
import se.lokbra.core.StoreOptions;
import se.lokbra.core.council.Council;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.sample.KarlskogaDegerfors;
import se.lokbra.tck.Fixtures;

/** Fills a store with the sample data plus entities full of tricky text, an update and a deletion. */
final class TestData {
  private TestData() {}

  static void fill(String uri, Clock clock) {
    try (LokbraStore store = LokbraStores.open(uri, StoreOptions.defaults().withClock(clock))) {
      KarlskogaDegerfors.loadIfEmpty(store);
      Fixtures f = new Fixtures(store);
      Organisation parent = f.savedOrganisation();
      Organisation org = store.organisations().save(f.richOrganisation(parent.id()).toBuilder()
          .organisationNumber("202100-5489").build());
      var person = store.people().save(f.richPerson(org.id()));
      Council council = store.councils().save(f.richCouncil(org.id(), person.id()));
      var meeting = f.savedMeeting(council.id());
      var problem = store.problems().save(f.richProblem(f.savedSituationPicture().id()));
      var plan = store.actionPlans().save(f.actionPlan());
      var measure = store.measures().save(f.richMeasure(council.id(), org.id(), meeting.id(), problem.id(),
          plan.id()));
      store.meetings().save(f.richMeeting(council.id(), measure.id(), person.id()));
      store.conferences().save(f.richConference(council.id(), org.id(), person.id()));
      store.councils().save(store.councils().getById(council.id()).toBuilder().name("Omdöpt råd").build());
      store.organisations().deleteById(f.savedOrganisation().id());
    }
  }
}
