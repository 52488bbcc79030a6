package org.claimdesk.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start-up, says loudly when the application's database role could rewrite history: when it is a superuser or
 * owns tables (one role for migrations and the application). ClaimDesk still runs then, as earlier versions did.
 */
@Component
@Order(0)
class DatabaseRoleCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoleCheck.class);

    record Standing(String role, boolean superuser, long ownedObjects) {
        boolean leastPrivileged() {
            return !superuser && ownedObjects == 0;
        }
    }

    private final JdbcTemplate jdbc;

    DatabaseRoleCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Standing standing() {
        return jdbc.queryForObject("""
                select current_user, r.rolsuper,
                    (select count(*) from pg_class c where c.relowner = r.oid and c.relnamespace = 'public'::regnamespace)
                    + (select count(*) from pg_proc p where p.proowner = r.oid and p.pronamespace = 'public'::regnamespace)
                from pg_roles r where r.rolname = current_user""",
                (rs, row) -> new Standing(rs.getString(1), rs.getBoolean(2), rs.getLong(3)));
    }

    @Override
    public void run(ApplicationArguments args) {
        Standing standing = standing();
        if (!standing.leastPrivileged()) {
            log.warn("ClaimDesk connects to PostgreSQL as '{}', which {}: it could disable the triggers that keep "
                    + "history append-only. Give the application a role of its own that owns nothing "
                    + "(SPRING_DATASOURCE_USERNAME) and run the migrations as the owner (SPRING_FLYWAY_USER); "
                    + "see README, \"Database roles\".", standing.role(),
                    standing.superuser() ? "is a superuser" : "owns " + standing.ownedObjects() + " tables or functions");
        }
    }
}
