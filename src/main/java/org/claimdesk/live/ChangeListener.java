package org.claimdesk.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This instance's one listening connection: a connection of its own from the pool, LISTENing on the live channel
 * on a daemon thread that waits for notifications with a timeout (so it stops promptly) and hands each to the
 * subscriptions. When the connection fails it reconnects with a growing pause, then tells every open view to
 * refresh, since whatever was announced in between is lost.
 */
@Component
class ChangeListener implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeListener.class);
    private static final int WAIT_MILLIS = 1000;
    private static final long MAX_PAUSE_MILLIS = 10_000;

    private final DataSource dataSource;
    private final LiveSubscriptions subscriptions;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    ChangeListener(DataSource dataSource, LiveSubscriptions subscriptions) {
        this.dataSource = dataSource;
        this.subscriptions = subscriptions;
    }

    /** Whether the connection is up and LISTENing (for tests and diagnostics). */
    boolean listening() {
        return listening;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("claimdesk-live-listener").start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        long pause = 500;
        boolean connectedBefore = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement sql = connection.createStatement()) {
                    sql.execute("listen " + ArticleChange.CHANNEL);
                }
                listening = true;
                if (connectedBefore) {
                    LOG.info("Live updates: listening again");
                    subscriptions.deliverToAll(ChangeKind.RESYNC);
                }
                connectedBefore = true;
                pause = 500;
                receive(connection.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (running && listening) {
                    LOG.warn("Live updates: the listening connection failed ({}); reconnecting", e.getMessage());
                }
            } finally {
                listening = false;
            }
            pause = sleep(pause);
        }
    }

    private void receive(PGConnection connection) throws SQLException {
        while (running) {
            PGNotification[] notifications = connection.getNotifications(WAIT_MILLIS);
            if (notifications == null) {
                continue;
            }
            for (PGNotification notification : notifications) {
                try {
                    subscriptions.deliver(ArticleChange.fromJson(notification.getParameter()));
                } catch (RuntimeException e) {
                    LOG.warn("Live updates: ignored an unreadable announcement: {}", e.getMessage());
                }
            }
        }
    }

    private long sleep(long pause) {
        if (!running) {
            return pause;
        }
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
        return Math.min(MAX_PAUSE_MILLIS, pause * 2);
    }
}
