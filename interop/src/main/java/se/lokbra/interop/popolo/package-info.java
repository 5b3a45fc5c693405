/** The Popolo export: people, organisations, memberships and events as one JSON document. */
package se.lokbra.interop.popolo;
