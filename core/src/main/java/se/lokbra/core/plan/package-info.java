/**
 * Action plans ("åtgärdsplaner") that municipalities decide: the {@link se.lokbra.core.plan.ActionPlan
 * aggregate} with its decision, its id, and its repository with the query by municipality.
 */
@NullMarked
package se.lokbra.core.plan;

import org.jspecify.annotations.NullMarked;
