package se.lokbra.core;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.stream.Stream;
import se.lokbra.core.conference.Conference;
import se.lokbra.core.council.Council;
import se.lokbra.core.internal.Checks;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.meeting.Meeting;
import se.lokbra.core.model.Aggregate;
import se.lokbra.core.model.Tombstone;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.person.Person;

/**
 * Everything in a store at one moment: every live entity with its revision, and the tombstones of deleted ones.
 * {@link LokbraStore#snapshot()} makes one; {@link LokbraStore#restore(DataSet)} writes one into a store, keeping ids,
 * versions and timestamps, which is how stores are copied between backends. Each list is sorted by id.
 */
public record DataSet(ImmutableList<Organisation> organisations, ImmutableList<Person> people,
    ImmutableList<Council> councils, ImmutableList<Measure> measures, ImmutableList<Meeting> meetings,
    ImmutableList<Conference> conferences, ImmutableList<Tombstone> tombstones) {

  public DataSet {
    organisations = sorted(organisations, "organisations");
    people = sorted(people, "people");
    councils = sorted(councils, "councils");
    measures = sorted(measures, "measures");
    meetings = sorted(meetings, "meetings");
    conferences = sorted(conferences, "conferences");
    Checks.notNull(tombstones, "tombstones");
    tombstones = tombstones.stream().sorted(Comparator.comparing(Tombstone::id))
        .collect(ImmutableList.toImmutableList());
  }

  public static DataSet empty() {
    return new DataSet(ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
  }

  /** Every live entity, organisations first, then people, councils, measures, meetings and conferences. */
  public Stream<Aggregate<?, ?>> entities() {
    return Stream.of(organisations, people, councils, measures, meetings, conferences).flatMap(l -> l.stream());
  }

  /** The number of live entities. */
  public int size() {
    return organisations.size() + people.size() + councils.size() + measures.size() + meetings.size()
        + conferences.size();
  }

  private static <T extends Aggregate<?, ?>> ImmutableList<T> sorted(ImmutableList<T> list, String field) {
    Checks.notNull(list, field);
    return list.stream().sorted(Comparator.comparing(a -> a.id().value())).collect(ImmutableList.toImmutableList());
  }
}
