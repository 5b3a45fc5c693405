/**
 * The starter's Spring transaction join and Micrometer timing. Not API.
 */
@NullMarked
package se.lokbra.spring.boot.internal;

import org.jspecify.annotations.NullMarked;
