/** The OParl 1.1 export: a static, paged OParl endpoint as a set of JSON files. */
@NullMarked
package se.lokbra.interop.oparl;

import org.jspecify.annotations.NullMarked;
