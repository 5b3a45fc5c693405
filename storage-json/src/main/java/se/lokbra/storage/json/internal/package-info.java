/**
 * The JSON store's codecs, file layout, journal, lock and atomic file writes. Not API.
 */
@NullMarked
package se.lokbra.storage.json.internal;

import org.jspecify.annotations.NullMarked;
