/**
 * Cooperation agreements ("samverkansöverenskommelser") between the police and municipalities: the
 * {@link se.lokbra.core.agreement.CooperationAgreement aggregate} with its signatories, goals and citizen promises
 * ("medborgarlöften"), its id, and its repository with the queries by date in force and by promise status.
 */
@NullMarked
package se.lokbra.core.agreement;

import org.jspecify.annotations.NullMarked;
