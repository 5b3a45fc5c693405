/**
 * The {@code lokbra} command line (picocli): demo, export, import, validate, copy and report. Exit codes: 0
 * success, 2 bad input or usage, 1 any other failure; errors are one line.
 */
@NullMarked
package se.lokbra.examples.cli;

import org.jspecify.annotations.NullMarked;
