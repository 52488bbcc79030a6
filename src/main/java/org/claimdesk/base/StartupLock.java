package org.claimdesk.base;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up writes (the bootstrap admin, demo accounts, the demo article) in one transaction holding a PostgreSQL
 * advisory lock: when several instances start together on one database, they take turns, and each one's
 * "create if missing" sees what the one before it committed. The lock ends with the transaction.
 */
@Component
public class StartupLock {

    /** "ClaimDsk" in ASCII: one key for all start-up work of ClaimDesk on this database. */
    public static final long KEY = 0x436C61696D44736BL;

    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;

    StartupLock(PlatformTransactionManager transactions, JdbcTemplate jdbc) {
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    public void run(Runnable work) {
        transaction.executeWithoutResult(status -> {
            jdbc.execute("select pg_advisory_xact_lock(" + KEY + ")");
            work.run();
        });
    }
}
