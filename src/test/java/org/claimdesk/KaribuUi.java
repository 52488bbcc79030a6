package org.claimdesk;

import java.util.Set;
import java.util.stream.Collectors;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless UI tests (Karibu) on the real Spring context. Karibu runs no servlet filters, so signing in
 * authenticates through the app's real AuthenticationManager and hands the result to Vaadin's fake request.
 */
public final class KaribuUi {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.claimdesk");

    private KaribuUi() {
    }

    public static Routes routes() {
        return ROUTES;
    }

    public static void start(ApplicationContext context) {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    public static void stop() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    public static void signIn(ApplicationContext context, String username, String password) {
        Authentication auth = context.getBean(AuthenticationManager.class)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(auth);
        SecurityContextHolder.setContext(securityContext);
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.replaceFirst("^ROLE_", "")).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roles.contains(role));
    }
}
