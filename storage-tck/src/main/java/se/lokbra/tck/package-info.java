/**
 * The contract suite every lokbra backend must pass: one abstract contract per repository plus the store,
 * stress and resource contracts, and the {@link se.lokbra.tck.Fixtures} they use. A backend subclasses the contracts
 * with one factory method for its store.
 */
@NullMarked
package se.lokbra.tck;

import org.jspecify.annotations.NullMarked;
