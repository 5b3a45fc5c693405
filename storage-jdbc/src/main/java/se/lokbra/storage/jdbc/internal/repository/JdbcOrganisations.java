package se.lokbra.storage.jdbc.internal.repository;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.lokbra.core.ValidationException;
import se.lokbra.core.spi.Arguments;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.model.OrganisationNumber;
import se.lokbra.core.organisation.Organisation;
import se.lokbra.core.organisation.OrganisationId;
import se.lokbra.core.organisation.OrganisationKind;
import se.lokbra.core.organisation.OrganisationRepository;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.spi.Collation;
import se.lokbra.core.spi.StoreRules;
import se.lokbra.storage.jdbc.internal.JdbcStore;
import se.lokbra.storage.jdbc.internal.sql.Params;
import se.lokbra.storage.jdbc.internal.sql.Tx;

/** The organisation repository; it also keeps organisation numbers unique among live organisations. */
public final class JdbcOrganisations extends JdbcRepository<Organisation, OrganisationId>
    implements OrganisationRepository {
  public JdbcOrganisations(JdbcStore store, AggregateDao<Organisation, OrganisationId> dao, Tx bound) {
    super(store, dao, bound);
  }

  @Override
  public Page<Organisation> findByKind(OrganisationKind kind, PageRequest page) {
    Arguments.notNull(kind, "kind");
    return query(p -> {
      p.text(kind.name());
      return "kind = ?";
    }, page);
  }

  @Override
  public Page<Organisation> findByMunicipality(MunicipalityCode municipality, PageRequest page) {
    Arguments.notNull(municipality, "municipality");
    return query(p -> {
      p.text(municipality.value());
      return "municipality = ?";
    }, page);
  }

  @Override
  public Optional<Organisation> findByOrganisationNumber(OrganisationNumber number) {
    Arguments.notNull(number, "organisationNumber");
    return read(tx -> dao.find(tx, "organisation_number = ?", new Params().text(number.value()), null, 0, 0)
        .stream().findFirst());
  }

  /** Who holds which organisation numbers: the live organisations as the checks go along. */
  private static final class Holders {
    private record Holder(String id, String name) {}

    private static final Comparator<Holder> ORDER = Comparator.comparing(Holder::name, Collation.ORDER)
        .thenComparing(Holder::id);
    private final Map<String, Map<String, Holder>> byNumber = new HashMap<>();
    private final Map<String, String> numberOf = new HashMap<>();

    Holders(Tx tx, Set<String> numbers, Set<String> ids) {
      if (numbers.isEmpty()) {
        return;
      }
      Params p = new Params();
      String where = p.in(tx.dialect, "organisation_number", numbers);
      if (!ids.isEmpty()) {
        where = where + " OR " + p.in(tx.dialect, "id", ids);
      }
      tx.query("SELECT id, name, organisation_number FROM organisation WHERE organisation_number IS NOT NULL AND ("
          + where + ")", p, rs -> {
            put(rs.getString(1), rs.getString(2), rs.getString(3));
            return null;
          });
    }

    void put(String id, String name, String number) {
      String old = numberOf.remove(id);
      if (old != null) {
        byNumber.get(old).remove(id);
      }
      if (number != null) {
        byNumber.computeIfAbsent(number, k -> new HashMap<>()).put(id, new Holder(id, name));
        numberOf.put(id, number);
      }
    }

    /** Throws if another organisation than {@code o} holds its number: the first in default order, as in memory. */
    void check(Organisation o) {
      o.organisationNumber().ifPresent(number -> byNumber.getOrDefault(number.value(), Map.of()).values().stream()
          .filter(h -> !h.id().equals(o.id().value())).min(ORDER).ifPresent(other -> {
            throw StoreRules.notUnique(o, "organisationNumber", number, OrganisationId.of(other.id()));
          }));
    }
  }

  @Override
  Uniqueness<Organisation> uniqueness(Tx tx, List<Organisation> entities) {
    Set<String> numbers = new LinkedHashSet<>();
    Set<String> ids = new LinkedHashSet<>();
    for (Organisation o : entities) {
      o.organisationNumber().ifPresent(n -> numbers.add(n.value()));
      ids.add(o.id().value());
    }
    Holders holders = new Holders(tx, numbers, ids);
    return o -> {
      holders.check(o);
      holders.put(o.id().value(), o.name(), o.organisationNumber().map(OrganisationNumber::value).orElse(null));
    };
  }

  /** Checks restored organisations (new ids) against the store and each other, as a restore does in memory. */
  public static void checkRestored(Tx tx, List<Organisation> added) {
    Set<String> numbers = new LinkedHashSet<>();
    added.forEach(o -> o.organisationNumber().ifPresent(n -> numbers.add(n.value())));
    Holders holders = new Holders(tx, numbers, Set.of());
    added.forEach(o -> holders.put(o.id().value(), o.name(),
        o.organisationNumber().map(OrganisationNumber::value).orElse(null)));
    added.forEach(holders::check);
  }
}
