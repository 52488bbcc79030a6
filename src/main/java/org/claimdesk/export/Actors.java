package org.claimdesk.export;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.Label;
import org.claimdesk.security.Role;
import org.claimdesk.security.SystemActor;

/** The people an export names: each must be an account here, with the role its row needs. */
final class Actors {

    private final Function<String, Optional<Role>> roles;
    private final Map<String, Optional<Role>> known = new HashMap<>();

    Actors(Function<String, Optional<Role>> roles) {
        this.roles = roles;
    }

    /** The article's importer: any account, or the start-up "system" actor (the demo article). */
    void requireImporter(String name) {
        if (!SystemActor.NAME.equals(name)) {
            require(name, "error.restore.as-importer", Role.values());
        }
    }

    /** {@code whatKey}: the text key of the part the person plays in the export ("the author of a verdict"). */
    Role require(String name, String whatKey, Role... allowed) {
        Label what = new Label(whatKey);
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("error.restore.names-no-one", what);
        }
        Role role = known.computeIfAbsent(name, roles).orElseThrow(() -> new InvalidInputException(
                "error.restore.no-such-account", name, what));
        if (Arrays.stream(allowed).noneMatch(r -> r == role)) {
            throw new InvalidInputException("error.restore.wrong-role", name, what, a(role), a(allowed[0]));
        }
        return role;
    }

    private static Label a(Role role) {
        return new Label(switch (role) {
            case REVIEWER -> "error.restore.a-reviewer";
            case EDITOR -> "error.restore.an-editor";
            case ADMIN -> "error.restore.an-admin";
        });
    }
}
