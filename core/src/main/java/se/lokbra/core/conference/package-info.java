/**
 * Conferences ("konferenser") on crime prevention: the {@link se.lokbra.core.conference.Conference aggregate}
 * with its speakers, its id, and its repository with the queries by overlapping dates and upcoming conferences.
 */
@NullMarked
package se.lokbra.core.conference;

import org.jspecify.annotations.NullMarked;
