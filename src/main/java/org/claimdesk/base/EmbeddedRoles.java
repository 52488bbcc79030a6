package org.claimdesk.base;

import static org.claimdesk.base.EmbeddedCredentials.APP;
import static org.claimdesk.base.EmbeddedCredentials.DATABASE;
import static org.claimdesk.base.EmbeddedCredentials.OWNER;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * As the embedded superuser, at every start: the owner and application roles exist, are plain roles (no superuser,
 * no role or database creation) with the passwords of the credentials file, and the owner owns the schema and
 * everything in it. The last step is what upgrades a data directory from an earlier ClaimDesk, where the superuser
 * owned the tables. The application role's grants are not made here but by the migration {@code R__app_role_grants.sql}.
 */
final class EmbeddedRoles {

    /** Hands every table, view, sequence and function in the schema that the owner does not own yet to the owner. */
    private static final String TRANSFER_OWNERSHIP = """
            do $$
            declare item record;
            begin
                for item in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f')
                        and c.relowner <> '%1$s'::regrole loop
                    execute format('alter table %%s owner to %1$s', item.name);
                end loop;
                -- identity sequences followed their tables; the stand-alone ones (claim_seq, ...) move by themselves
                for item in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relkind = 'S' and c.relowner <> '%1$s'::regrole
                        and not exists (select from pg_depend d where d.objid = c.oid and d.deptype = 'i') loop
                    execute format('alter sequence %%s owner to %1$s', item.name);
                end loop;
                for item in select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                        where n.nspname = 'public' and p.proowner <> '%1$s'::regrole loop
                    execute format('alter routine %%s owner to %1$s', item.name);
                end loop;
            end
            $$""";

    private EmbeddedRoles() {
    }

    static void apply(Connection superuser, EmbeddedCredentials credentials) throws SQLException {
        try (Statement sql = superuser.createStatement()) {
            sql.execute("set password_encryption = 'scram-sha-256'");
            sql.execute(ensureRole(OWNER, credentials.ownerPassword()));
            sql.execute(ensureRole(APP, credentials.appPassword()));
            // only the two roles may connect to the app's database, and no one may create temporary tables there
            sql.execute("revoke all on database " + DATABASE + " from public");
            sql.execute("grant connect on database " + DATABASE + " to " + OWNER + ", " + APP);
            // the owner migrates, and a migration may add a trusted extension (pg_trgm for claim matching)
            sql.execute("grant create on database " + DATABASE + " to " + OWNER);
            sql.execute("alter schema public owner to " + OWNER);
            sql.execute("revoke all on schema public from public");
            sql.execute(TRANSFER_OWNERSHIP.formatted(OWNER));
        }
    }

    private static String ensureRole(String role, String password) {
        return """
                do $$
                begin
                    if not exists (select from pg_roles where rolname = '%1$s') then
                        create role %1$s;
                    end if;
                    alter role %1$s login nosuperuser nocreatedb nocreaterole noreplication nobypassrls inherit
                        password '%2$s';
                end
                $$""".formatted(role, password);
    }
}
