/** The Popolo export: people, organisations, memberships and events as one JSON document. */
@NullMarked
package se.lokbra.interop.popolo;

import org.jspecify.annotations.NullMarked;
