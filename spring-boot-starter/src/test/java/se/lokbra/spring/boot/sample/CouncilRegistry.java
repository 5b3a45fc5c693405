package se.lokbra.spring.boot.sample;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.lokbra.core.LokbraException;
import se.lokbra.core.LokbraStore;
import se.lokbra.core.council.Council;
import se.lokbra.core.measure.Measure;
import se.lokbra.core.measure.MeasureCategory;
import se.lokbra.core.model.DateSpan;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.organisation.OrganisationId;

/** The sample's service: each registration is a row of the application's table and a lokbra council. */
@Service
public class CouncilRegistry {
  private final LokbraStore store;
  private final JdbcTemplate jdbc;

  /**
   * The registry.
   *
   * @param store lokbra's store, on the application's data source
   * @param jdbc the application's own table access
   */
  public CouncilRegistry(LokbraStore store, JdbcTemplate jdbc) {
    this.store = store;
    this.jdbc = jdbc;
  }

  // tag::transactional[]
  /**
   * Registers a council: the application's row and lokbra's council commit together, or not at all.
   *
   * @param id the council's id
   * @param name its name
   * @param municipality its municipality code
   * @return the saved council
   */
  @Transactional
  public Council register(String id, String name, String municipality) {
    jdbc.update("INSERT INTO registration (council_id) VALUES (?)", id);
    return store.councils().save(Council.builder().id(id).name(name)
        .municipalities(MunicipalityCode.of(municipality)).meetingsPerYear(4).build());
  }
  // end::transactional[]

  /**
   * Registers a council, then fails: the application's row and lokbra's council both roll back.
   *
   * @param id the council's id
   */
  @Transactional
  public void registerThenFail(String id) {
    register(id, "Rådet som inte blev", "1880");
    throw new IllegalStateException("the registration of " + id + " is called off");
  }

  /**
   * Registers a council and a measure whose responsible organisation does not exist; lokbra refuses the measure, and
   * this method swallows the refusal. The transaction still rolls back (lokbra marked it rollback-only), so
   * neither the row nor the council stays.
   *
   * @param id the council's id
   */
  @Transactional
  public void registerIgnoringALokbraFailure(String id) {
    Council council = register(id, "Rådet med ett trasigt åtgärdsförslag", "1880");
    try {
      store.measures().save(Measure.builder().council(council.id()).title("Trygghetsvandring")
          .category(MeasureCategory.SITUATIONAL).responsibleOrganisations(OrganisationId.of("finns-inte"))
          .period(DateSpan.ofYear(2026)).build());
    } catch (LokbraException refused) {
      // the caller is told by the rollback
    }
  }

  /**
   * The application's rows.
   *
   * @return how many registrations the application's table holds
   */
  public long registrations() {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM registration", Long.class);
    return count == null ? 0 : count;
  }
}
