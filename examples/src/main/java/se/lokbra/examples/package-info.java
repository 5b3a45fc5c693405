/**
 * Examples of embedding lokbra through its public API only, on every backend; the code that the README's
 * snippets are taken from.
 */
@NullMarked
package se.lokbra.examples;

import org.jspecify.annotations.NullMarked;
