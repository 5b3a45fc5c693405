/**
 * Organisations ("organisationer") that take part in crime prevention: the
 * {@link se.lokbra.core.organisation.Organisation aggregate}, whose organisation number is unique within a store,
 * its id and kinds, and its repository with the queries by kind, municipality and organisation number.
 */
@NullMarked
package se.lokbra.core.organisation;

import org.jspecify.annotations.NullMarked;
