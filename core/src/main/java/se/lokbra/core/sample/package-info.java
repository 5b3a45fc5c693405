/**
 * A small, real data set to try lokbra with and to test against: the crime-prevention council of Karlskoga and
 * Degerfors with its organisations, people, measures, meeting, conference and knowledge-based cycle
 * ({@link se.lokbra.core.sample.KarlskogaDegerfors}).
 */
@NullMarked
package se.lokbra.core.sample;

import org.jspecify.annotations.NullMarked;
