package se.lokbra.storage.jdbc.internal.repository;

import se.lokbra.core.spi.Arguments;
import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.plan.ActionPlan;
import se.lokbra.core.plan.ActionPlanId;
import se.lokbra.core.plan.ActionPlanRepository;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.storage.jdbc.internal.JdbcStore;
import se.lokbra.storage.jdbc.internal.sql.Tx;

/** The action plan repository. */
public final class JdbcActionPlans extends JdbcRepository<ActionPlan, ActionPlanId> implements ActionPlanRepository {
  public JdbcActionPlans(JdbcStore store, AggregateDao<ActionPlan, ActionPlanId> dao, Tx bound) {
    super(store, dao, bound);
  }

  @Override
  public Page<ActionPlan> findByMunicipality(MunicipalityCode municipality, PageRequest page) {
    Arguments.notNull(municipality, "municipality");
    return query(p -> {
      p.text(municipality.value());
      return "id IN (SELECT action_plan_id FROM action_plan_municipality WHERE municipality = ?)";
    }, page);
  }
}
