/**
 * The council report ({@code lokbra report}): a Markdown or self-contained HTML document built from a
 * {@link se.lokbra.core.DataSet}.
 */
@NullMarked
package se.lokbra.examples.report;

import org.jspecify.annotations.NullMarked;
