package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may reach what: every Vaadin route and every REST endpoint, as anonymous, reviewer, editor and admin.
 * A route or endpoint that is added without a line here fails the first two tests: deny by default,
 * and decide on purpose.
 */
@IntegrationTest
class AccessMatrixIT {

    enum Who { ANONYMOUS, REVIEWER, EDITOR, ADMIN }

    static final Set<Who> SIGNED_IN = EnumSet.of(Who.REVIEWER, Who.EDITOR, Who.ADMIN);
    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    static final Set<Who> ADMIN_ONLY = EnumSet.of(Who.ADMIN);

    /** Route template, the path used to visit it, and who may see it. */
    record RouteRule(String path, Set<Who> allowed) {
    }

    static final Map<String, RouteRule> ROUTES = Map.ofEntries(
            Map.entry("login", new RouteRule("login", EVERYONE)),
            Map.entry("", new RouteRule("", SIGNED_IN)),
            Map.entry("articles", new RouteRule("articles", SIGNED_IN)),
            Map.entry("account", new RouteRule("account", SIGNED_IN)),
            Map.entry("admin/accounts", new RouteRule("admin/accounts", ADMIN_ONLY)),
            Map.entry("admin/webhooks", new RouteRule("admin/webhooks", ADMIN_ONLY)),
            Map.entry("import", new RouteRule("import", SIGNED_IN)),
            Map.entry("articles/:articleId", new RouteRule("articles/1", SIGNED_IN)),
            Map.entry("queue", new RouteRule("queue", SIGNED_IN)),
            Map.entry("export", new RouteRule("export", SIGNED_IN)));

    /** "METHOD pattern" and who may call it. Path variables are filled with ids that do not exist. */
    static final Map<String, Set<Who>> ENDPOINTS = Map.ofEntries(
            Map.entry("GET /api/v1/me", SIGNED_IN),
            Map.entry("PUT /api/v1/me/password", SIGNED_IN),
            Map.entry("POST /api/v1/tokens", SIGNED_IN),
            Map.entry("GET /api/v1/tokens", SIGNED_IN),
            Map.entry("DELETE /api/v1/tokens/{id}", SIGNED_IN),
            Map.entry("GET /api/v1/admin/accounts", ADMIN_ONLY),
            Map.entry("POST /api/v1/admin/accounts", ADMIN_ONLY),
            Map.entry("POST /api/v1/admin/accounts/{username}/disable", ADMIN_ONLY),
            Map.entry("POST /api/v1/admin/accounts/{username}/enable", ADMIN_ONLY),
            Map.entry("PUT /api/v1/admin/accounts/{username}/password", ADMIN_ONLY),
            Map.entry("POST /api/v1/articles", SIGNED_IN),
            Map.entry("POST /api/v1/articles/import-file", SIGNED_IN),
            Map.entry("POST /api/v1/articles/import-url", SIGNED_IN),
            Map.entry("GET /api/v1/articles", SIGNED_IN),
            Map.entry("GET /api/v1/articles/{id}", SIGNED_IN),
            Map.entry("PATCH /api/v1/articles/{id}", SIGNED_IN),
            Map.entry("GET /api/v1/claims/{id}", SIGNED_IN),
            Map.entry("GET /api/v1/claims/{id}/history", SIGNED_IN),
            Map.entry("POST /api/v1/claims/{id}/split", SIGNED_IN),
            Map.entry("POST /api/v1/claims/{id}/merge-next", SIGNED_IN),
            Map.entry("POST /api/v1/claims/{id}/undo-merge", SIGNED_IN),
            Map.entry("PUT /api/v1/claims/{id}/boundaries", SIGNED_IN),
            Map.entry("PUT /api/v1/claims/{id}/short-form", SIGNED_IN),
            Map.entry("PUT /api/v1/claims/{id}/speaker", SIGNED_IN),
            Map.entry("PUT /api/v1/claims/{id}/checkworthiness", SIGNED_IN),
            Map.entry("POST /api/v1/claims/{id}/dismiss", SIGNED_IN),
            Map.entry("POST /api/v1/claims/{id}/restore", SIGNED_IN),
            Map.entry("POST /api/v1/claims/{id}/verdicts", EnumSet.of(Who.REVIEWER)),
            Map.entry("POST /api/v1/claims/{id}/decision", EnumSet.of(Who.EDITOR)),
            Map.entry("GET /api/v1/claims/{id}/as-of", SIGNED_IN),
            Map.entry("GET /api/v1/claims/{id}/draft", EnumSet.of(Who.REVIEWER, Who.EDITOR)),
            Map.entry("PUT /api/v1/claims/{id}/draft", EnumSet.of(Who.REVIEWER, Who.EDITOR)),
            Map.entry("GET /api/v1/claims/{id}/comments", SIGNED_IN),
            Map.entry("POST /api/v1/claims/{id}/comments", EnumSet.of(Who.REVIEWER, Who.EDITOR)),
            Map.entry("GET /api/v1/claims/{id}/assignments", SIGNED_IN),
            Map.entry("POST /api/v1/claims/{id}/assignments", EnumSet.of(Who.EDITOR)),
            Map.entry("GET /api/v1/queue", SIGNED_IN),
            Map.entry("GET /api/v1/articles/{id}/review-summary", SIGNED_IN),
            Map.entry("GET /api/v1/articles/{id}/timeline", SIGNED_IN),
            Map.entry("GET /api/v1/articles/{id}/assignments", SIGNED_IN),
            Map.entry("PUT /api/v1/articles/{id}/review-settings", EnumSet.of(Who.EDITOR)),
            Map.entry("POST /api/v1/articles/{id}/assignments", EnumSet.of(Who.EDITOR)),
            Map.entry("GET /api/v1/articles/{id}/export", SIGNED_IN),
            Map.entry("GET /api/v1/exports", SIGNED_IN),
            Map.entry("POST /api/v1/imports", ADMIN_ONLY),
            Map.entry("POST /api/v1/articles/{id}/publish", EnumSet.of(Who.EDITOR)),
            Map.entry("DELETE /api/v1/articles/{id}/publish", EnumSet.of(Who.EDITOR)),
            Map.entry("POST /api/v1/articles/{id}/recheck", EnumSet.of(Who.EDITOR)),
            Map.entry("GET /api/v1/articles/{id}/publication", SIGNED_IN),
            Map.entry("GET /api/v1/claims/{id}/matches", SIGNED_IN),
            Map.entry("GET /api/v1/archives/{id}", SIGNED_IN),
            Map.entry("GET /api/v1/review/agreement", EnumSet.of(Who.EDITOR)),
            Map.entry("POST /api/v1/admin/webhooks", ADMIN_ONLY),
            Map.entry("GET /api/v1/admin/webhooks", ADMIN_ONLY),
            Map.entry("DELETE /api/v1/admin/webhooks/{id}", ADMIN_ONLY),
            Map.entry("GET /api/v1/admin/webhooks/{id}/deliveries", ADMIN_ONLY));

    /** Our server-rendered pages outside the API and Vaadin: the published fact-checks, open to everyone. */
    static final Map<String, Set<Who>> PAGES = Map.of(
            "GET /fact-checks", EVERYONE,
            "GET /fact-checks/feed.atom", EVERYONE,
            "GET /fact-checks/{id}", EVERYONE,
            "GET /fact-checks/{id}/archives/{archiveId}", EVERYONE);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @AfterEach
    void stopUi() {
        KaribuUi.stop();
    }

    @Test
    void every_route_has_an_explicit_rule() {
        Set<String> discovered = new TreeSet<>();
        for (Class<? extends Component> view : KaribuUi.routes().getRoutes()) {
            discovered.add(view.getAnnotation(Route.class).value());
        }
        assertThat(discovered).containsExactlyInAnyOrderElementsOf(ROUTES.keySet());
    }

    @Test
    void every_endpoint_has_an_explicit_rule() {
        assertThat(apiEndpoints()).containsExactlyInAnyOrderElementsOf(ENDPOINTS.keySet());
    }

    @Test
    void each_route_opens_exactly_for_the_roles_allowed() {
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            KaribuUi.start(context);
            if (who != Who.ANONYMOUS) {
                KaribuUi.signIn(context, username(who), password(who));
            }
            ROUTES.forEach((template, rule) -> {
                boolean opened = opens(rule.path(), template);
                if (opened != rule.allowed().contains(who)) {
                    wrong.add(who + (opened ? " opened " : " was refused ") + "/" + template);
                }
            });
            KaribuUi.stop();
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void each_endpoint_answers_exactly_the_roles_allowed() {
        ApiClient anonymous = ApiClient.anonymous(port);
        Map<Who, ApiClient> clients = new TreeMap<>();
        clients.put(Who.ANONYMOUS, anonymous);
        for (Who who : List.of(Who.REVIEWER, Who.EDITOR, Who.ADMIN)) {
            clients.put(who, anonymous.withTokenOf(username(who), password(who)));
        }
        List<String> wrong = new ArrayList<>();
        ENDPOINTS.forEach((endpoint, allowed) -> clients.forEach((who, client) -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                    .replace("{id}", "987654321").replace("{username}", "no-such-user");
            int status = client.send(method, path, "application/json", "{}".getBytes()).status();
            int expected = who == Who.ANONYMOUS ? 401 : allowed.contains(who) ? 0 : 403;
            boolean right = expected == 0 ? status != 401 && status != 403 && status < 500 : status == expected;
            if (!right) {
                wrong.add(who + " " + endpoint + " -> " + status);
            }
        }));
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_page_of_ours_outside_the_api_has_an_explicit_rule() {
        Set<String> pages = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(p -> !p.startsWith("/api/"))
                .filter(p -> method.getBeanType().getPackageName().startsWith("org.claimdesk"))
                .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> pages.add(m.name() + " " + p))));
        assertThat(pages).containsExactlyInAnyOrderElementsOf(PAGES.keySet());
    }

    @Test
    void each_page_answers_without_sign_in_exactly_where_allowed() {
        ApiClient anonymous = ApiClient.anonymous(port);
        ApiClient reviewer = anonymous.withTokenOf(username(Who.REVIEWER), password(Who.REVIEWER));
        List<String> wrong = new ArrayList<>();
        PAGES.forEach((page, allowed) -> {
            String path = page.substring(page.indexOf(' ') + 1).replace("{id}", "987654321")
                    .replace("{archiveId}", "987654321");
            for (Who who : List.of(Who.ANONYMOUS, Who.REVIEWER)) {
                int status = (who == Who.ANONYMOUS ? anonymous : reviewer).get(path).status();
                boolean opened = status == 200 || status == 404;
                if (opened != allowed.contains(who)) {
                    wrong.add(who + " GET " + path + " -> " + status);
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    /** Navigates as the signed-in user; true when the route's own view is shown (not login, not an error). */
    private static boolean opens(String path, String template) {
        try {
            UI.getCurrent().navigate(path);
        } catch (MockAccessDeniedException refused) {
            return false;
        }
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        Route route = chain.isEmpty() ? null : chain.getFirst().getClass().getAnnotation(Route.class);
        return route != null && template.equals(route.value());
    }

    private Set<String> apiEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/"))
                .forEach(p -> info.getMethodsCondition().getMethods()
                        .forEach(m -> endpoints.add(m.name() + " " + p))));
        return endpoints;
    }

    static String username(Who who) {
        return switch (who) {
            case REVIEWER -> "alice";
            case EDITOR -> "erin";
            case ADMIN -> IntegrationTest.ADMIN;
            case ANONYMOUS -> throw new IllegalArgumentException();
        };
    }

    static String password(Who who) {
        return who == Who.ADMIN ? IntegrationTest.ADMIN_PASSWORD : IntegrationTest.DEMO_PASSWORD;
    }
}
