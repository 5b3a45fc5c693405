/** The iCalendar (RFC 5545) export: one calendar feed per council, written with ical4j. */
package se.lokbra.interop.ical;
