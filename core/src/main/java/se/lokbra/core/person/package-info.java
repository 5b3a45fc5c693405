/**
 * People ("personer"): council members, guests and speakers. The {@link se.lokbra.core.person.Person aggregate},
 * its id, and its repository with the query by affiliated organisation.
 */
@NullMarked
package se.lokbra.core.person;

import org.jspecify.annotations.NullMarked;
