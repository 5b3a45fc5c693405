/**
 * Local crime-prevention councils ("lokala brottsförebyggande råd", Lokbrå): the
 * {@link se.lokbra.core.council.Council aggregate} with its memberships and roles over time, its id, and its
 * repository with the query by municipality.
 */
@NullMarked
package se.lokbra.core.council;

import org.jspecify.annotations.NullMarked;
