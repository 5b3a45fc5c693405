/**
 * Where a municipality stands against the law on municipalities' responsibility for crime prevention (2023:196):
 * {@link se.lokbra.core.compliance.Compliance} computes, from any store's repositories, a
 * {@link se.lokbra.core.compliance.Ledger} per municipality and mandate period with one
 * {@link se.lokbra.core.compliance.Finding} per {@link se.lokbra.core.compliance.Requirement} (situation picture,
 * action plan, coordination function, follow-ups of the plan), and a {@link se.lokbra.core.compliance.CountyView}
 * for every municipality of a county. Only the public repository API is read, so every backend gives the same
 * answer for the same data.
 */
@NullMarked
package se.lokbra.core.compliance;

import org.jspecify.annotations.NullMarked;
