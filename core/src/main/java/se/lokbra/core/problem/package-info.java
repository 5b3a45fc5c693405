/**
 * Problems ("problem") found by a situation picture: the {@link se.lokbra.core.problem.Problem aggregate} with
 * its priority and the causes of its cause analysis ("orsaksanalys"), which measures may target one by one, its
 * id, and its repository with the queries by situation picture and by priority.
 */
@NullMarked
package se.lokbra.core.problem;

import org.jspecify.annotations.NullMarked;
