/** The iCalendar (RFC 5545) export: one calendar feed per council, written with ical4j. */
@NullMarked
package se.lokbra.interop.ical;

import org.jspecify.annotations.NullMarked;
