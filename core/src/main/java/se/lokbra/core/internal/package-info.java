/**
 * Helpers of lokbra's own modules, not API: {@link se.lokbra.core.internal.Checks} validates values the way every
 * record does, throwing {@link se.lokbra.core.ValidationException} that names the field, the value and the rule.
 * Other modules of lokbra may use it; applications should not.
 */
@NullMarked
package se.lokbra.core.internal;

import org.jspecify.annotations.NullMarked;
