/** The CSV export of measures, for spreadsheets and statistics tools. */
@NullMarked
package se.lokbra.interop.csv;

import org.jspecify.annotations.NullMarked;
