/**
 * The contract suite every lokbra backend must pass: one abstract contract per repository plus the store,
 * stress and resource contracts, the {@link se.lokbra.tck.Fixtures} they use and the generated
 * {@link se.lokbra.tck.FullInstances}. A backend wires the whole suite with one test class that subclasses
 * {@link se.lokbra.tck.AllContracts} and opens its store.
 */
@NullMarked
package se.lokbra.tck;

import org.jspecify.annotations.NullMarked;
