package org.claimdesk.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Start-up work (bootstrap admin, demo data) runs as the named user "system" with every role, so it
 * goes through the same guarded services as people do and its history rows say who did it.
 */
public final class SystemActor {

    public static final String NAME = "system";

    /** Marks the authentication this class creates: no account, not even one named "system", carries it. */
    private static final Object MARKER = new Object();

    private SystemActor() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()),
                        new SimpleGrantedAuthority(Role.EDITOR.authority()),
                        new SimpleGrantedAuthority(Role.REVIEWER.authority())));
        authentication.setDetails(MARKER);
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** True only inside {@link #call} or {@link #run}: start-up work, not a person. */
    static boolean isActing() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getDetails() == MARKER;
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
