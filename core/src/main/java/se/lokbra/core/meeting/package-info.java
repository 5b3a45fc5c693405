/**
 * Council meetings ("sammanträden"): the {@link se.lokbra.core.meeting.Meeting aggregate} with its agenda,
 * participants and guests, its id, and its repository with {@link se.lokbra.core.meeting.MeetingQuery queries} by
 * council and time range.
 */
@NullMarked
package se.lokbra.core.meeting;

import org.jspecify.annotations.NullMarked;
