/**
 * The JSON backend of lokbra ({@code json:} URIs): a directory of pretty-printed JSON files, one per entity,
 * that people, {@code jq} and {@code git diff} can read; and the data-set document
 * ({@link se.lokbra.storage.json.DataSetDocument}) used by import and export.
 */
@NullMarked
package se.lokbra.storage.json;

import org.jspecify.annotations.NullMarked;
