package org.claimdesk.review.api;

import java.util.List;
import java.util.function.Supplier;

import org.claimdesk.review.TimelinePage;
import org.claimdesk.review.TimelineEvent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * How a timeline or history answers. Without {@code page} and {@code size} it answers as it always did (every
 * event, oldest first), so existing clients keep working. With either, it pages, newest first: the body is
 * still a JSON array of the same events, {@code X-Total-Count} counts them all, and {@code Link} names the
 * next (older) page while there is one.
 */
final class TimelineAnswers {

    private TimelineAnswers() {
    }

    interface Pager {
        TimelinePage page(int page, int size);
    }

    static ResponseEntity<List<EventJson.EventOut>> answer(Integer page, Integer size, EventJson events,
            Supplier<List<TimelineEvent>> whole, Pager pager) {
        if (page == null && size == null) {
            return ResponseEntity.ok(whole.get().stream().map(events::of).toList());
        }
        int p = page == null ? 0 : page;
        int s = size == null ? TimelinePage.DEFAULT_SIZE : size;
        TimelinePage found = pager.page(p, s);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
                .header("X-Total-Count", Integer.toString(found.total()));
        if (found.hasOlder()) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", p + 1)
                    .replaceQueryParam("size", s).build().toUriString();
            ok.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return ok.body(found.events().stream().map(events::of).toList());
    }
}
