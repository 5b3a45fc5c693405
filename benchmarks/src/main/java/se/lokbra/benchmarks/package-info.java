/**
 * JMH benchmarks of lokbra against the physical floor (the cheapest statement or raw Jackson), a peer a user
 * would pick instead, and hand-written SQL; {@link se.lokbra.benchmarks.Report} turns a JMH result file into the
 * ratios of BENCHMARKS.md. Not published.
 */
@NullMarked
package se.lokbra.benchmarks;

import org.jspecify.annotations.NullMarked;
