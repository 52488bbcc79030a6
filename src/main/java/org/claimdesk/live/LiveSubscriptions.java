package org.claimdesk.live;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import jakarta.annotation.PreDestroy;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import org.springframework.stereotype.Component;

/**
 * The open article views of this instance, each waiting for its article's changes. A change is handed to the view
 * inside {@code ui.access}, so it runs with the view's session and its user's security context, and the services
 * it calls apply that user's rules (blind review). A view refreshes at most once per {@link #GAP}: changes that
 * arrive sooner are handed over together when the gap has passed, so forty verdicts a second on an article cost each
 * of its open views one refresh a second, not forty (a lone change still shows at once, and a presence change,
 * which only redraws who looks where, holds back no other).
 */
@Component
class LiveSubscriptions {

    static final Duration GAP = Duration.ofSeconds(1);

    private final Set<Subscription> subscriptions = new CopyOnWriteArraySet<>();
    /** ui.access runs the refresh at once when the session is free: on these threads, never the listener's. */
    private final Executor refreshers = Executors.newVirtualThreadPerTaskExecutor();
    /** Only waits out gaps, then hands over to {@link #refreshers}. */
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("live-pacer").daemon().factory());

    Registration subscribe(UI ui, Long articleId, String username, Consumer<List<ArticleChange>> onChanges) {
        Subscription subscription = new Subscription(ui, articleId, username, onChanges);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    /** Hands the change to every view of its article, except the views of the person who made it. */
    void deliver(ArticleChange change) {
        for (Subscription s : subscriptions) {
            if (s.articleId.equals(change.articleId()) && !Objects.equals(s.username, change.actor())) {
                s.offer(change);
            }
        }
    }

    /** Tells every view something may have changed (after the listening connection was lost for a while). */
    void deliverToAll(ChangeKind kind) {
        subscriptions.forEach(s -> s.offer(new ArticleChange(s.articleId, null, kind, null, null)));
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    int size() {
        return subscriptions.size();
    }

    private final class Subscription {
        final UI ui;
        final Long articleId;
        final String username;
        final Consumer<List<ArticleChange>> onChanges;
        final Queue<ArticleChange> pending = new ConcurrentLinkedQueue<>();
        final Pacer pacer = new Pacer(GAP, timer, System::nanoTime, () -> refreshers.execute(this::access));

        Subscription(UI ui, Long articleId, String username, Consumer<List<ArticleChange>> onChanges) {
            this.ui = ui;
            this.articleId = articleId;
            this.username = username;
            this.onChanges = onChanges;
        }

        void offer(ArticleChange change) {
            pending.add(change);
            pacer.request();
        }

        private void access() {
            try {
                ui.access(this::drain);
            } catch (UIDetachedException gone) {
                subscriptions.remove(this);
            }
        }

        private void drain() {
            pacer.running();
            List<ArticleChange> changes = new ArrayList<>();
            for (ArticleChange c = pending.poll(); c != null; c = pending.poll()) {
                changes.add(c);
            }
            if (!changes.isEmpty()) {
                // who looks where only redraws a column: it does not hold back the next real change
                if (changes.stream().anyMatch(c -> c.kind() != ChangeKind.PRESENCE)) {
                    pacer.paced();
                }
                onChanges.accept(changes);
            }
        }
    }
}
