/**
 * Helpers shared by the exports (labels, mappers). Not API.
 */
@NullMarked
package se.lokbra.interop.internal;

import org.jspecify.annotations.NullMarked;
