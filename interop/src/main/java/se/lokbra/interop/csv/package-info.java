/** The CSV export of measures, for spreadsheets and statistics tools. */
package se.lokbra.interop.csv;
