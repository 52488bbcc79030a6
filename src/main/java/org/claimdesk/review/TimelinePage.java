package org.claimdesk.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.claimdesk.base.InvalidInputException;

/**
 * One page of a timeline, newest first: page 0 holds the latest {@code size} events, page 1 the ones before
 * them, and so on. {@code total} counts every event the current user may see.
 */
public record TimelinePage(List<TimelineEvent> events, int page, int size, int total) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public TimelinePage {
        events = List.copyOf(events);
    }

    /** Whether there are events older than this page's. */
    public boolean hasOlder() {
        return (long) (page + 1) * size < total;
    }

    /** Refuses a page below 0 or a size outside 1..{@value #MAX_SIZE}, with a message for the caller. */
    static void check(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("error.timeline.page", page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("error.timeline.size", MAX_SIZE, size);
        }
    }

    /** The page of {@code oldestFirst} (a whole timeline in time order) that {@code page} and {@code size} ask for. */
    static TimelinePage of(List<TimelineEvent> oldestFirst, int page, int size) {
        check(page, size);
        List<TimelineEvent> newestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(newestFirst);
        long from = Math.min((long) page * size, newestFirst.size());
        long to = Math.min(from + size, newestFirst.size());
        return new TimelinePage(newestFirst.subList((int) from, (int) to), page, size, newestFirst.size());
    }
}
