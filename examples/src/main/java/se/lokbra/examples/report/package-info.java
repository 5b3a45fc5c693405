/**
 * The follow-up report ("avstämning", {@code lokbra report}): built from the public repository API
 * ({@link se.lokbra.examples.report.MeasureReport}), worded in Swedish or English from one resource bundle per
 * language ({@link se.lokbra.examples.report.ReportText}), rendered as Markdown or as one self-contained HTML page
 * with inline SVG charts, a table of contents and print styles for A4.
 */
@NullMarked
package se.lokbra.examples.report;

import org.jspecify.annotations.NullMarked;
