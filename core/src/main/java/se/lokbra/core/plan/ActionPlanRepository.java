package se.lokbra.core.plan;

import se.lokbra.core.model.MunicipalityCode;
import se.lokbra.core.repository.Page;
import se.lokbra.core.repository.PageRequest;
import se.lokbra.core.repository.Repository;

/**
 * Stores {@link ActionPlan}s; their measures are found with
 * {@link se.lokbra.core.measure.MeasureRepository#findByActionPlan}. Sort properties: {@code decided} (the decision
 * date; undecided plans first), {@code title}, {@code id}, {@code created}, {@code modified}; default order: title,
 * then id.
 */
public interface ActionPlanRepository extends Repository<ActionPlan, ActionPlanId> {
  /** The action plans that cover the municipality. */
  Page<ActionPlan> findByMunicipality(MunicipalityCode municipality, PageRequest page);
}
