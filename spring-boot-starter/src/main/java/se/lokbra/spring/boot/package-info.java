/**
 * The Spring Boot starter: {@link se.lokbra.spring.boot.LokbraAutoConfiguration} (the {@code LokbraStore} bean),
 * its {@link se.lokbra.spring.boot.LokbraProperties} and the Actuator's
 * {@link se.lokbra.spring.boot.LokbraHealthIndicator}.
 */
@NullMarked
package se.lokbra.spring.boot;

import org.jspecify.annotations.NullMarked;
