/** The OParl 1.1 export: a static, paged OParl endpoint as a set of JSON files. */
package se.lokbra.interop.oparl;
