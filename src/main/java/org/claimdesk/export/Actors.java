package org.claimdesk.export;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.claimdesk.base.InvalidInputException;
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
            require(name, "the article's importer", Role.values());
        }
    }

    Role require(String name, String what, Role... allowed) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("The export names no one as " + what + ".");
        }
        Role role = known.computeIfAbsent(name, roles).orElseThrow(() -> new InvalidInputException(
                "The export names '" + name + "' as " + what + ", but there is no such account here."));
        if (Arrays.stream(allowed).noneMatch(r -> r == role)) {
            throw new InvalidInputException("The export names '" + name + "' as " + what + ", but that account is "
                    + article(role) + ", not " + article(allowed[0]) + ".");
        }
        return role;
    }

    private static String article(Role role) {
        return (role == Role.ADMIN || role == Role.EDITOR ? "an " : "a ") + role.name().toLowerCase(java.util.Locale.ROOT);
    }
}
