/**
 * Exports of a lokbra {@link se.lokbra.core.DataSet} in open formats that other municipal systems read:
 * {@link se.lokbra.interop.oparl OParl 1.1}, {@link se.lokbra.interop.popolo Popolo},
 * {@link se.lokbra.interop.ical iCalendar} and {@link se.lokbra.interop.csv CSV}. Every export is deterministic: the
 * same data set and options give the same bytes. Packages named {@code internal} are not API.
 */
@NullMarked
package se.lokbra.interop;

import org.jspecify.annotations.NullMarked;
