/**
 * Situation pictures ("lägesbilder"), the survey of crime and insecurity that knowledge-based crime prevention
 * starts from: the {@link se.lokbra.core.situation.SituationPicture aggregate} with its sources, its id, and its
 * repository with the queries by municipality and by council.
 */
@NullMarked
package se.lokbra.core.situation;

import org.jspecify.annotations.NullMarked;
