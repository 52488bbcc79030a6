package org.claimdesk.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.claimdesk.base.DatabaseUnavailable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401, 403 and 429 for the REST API as RFC 7807 problem details, before any controller is reached. */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException) {
            response.setHeader("Retry-After", String.valueOf(LoginThrottle.WINDOW.toSeconds()));
            write(request, response, 429, "Too many failed sign-ins", LoginThrottledException.MESSAGE);
            return;
        }
        if (DatabaseUnavailable.causedBy(e)) {
            unavailable(request, response);
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"ClaimDesk\", Bearer");
        String detail = e instanceof org.springframework.security.authentication.BadCredentialsException
                && e.getMessage() != null && e.getMessage().startsWith("The API token")
                ? e.getMessage()
                : "Sign in with HTTP Basic (username and password) or an API token (Authorization: Bearer ...).";
        write(request, response, 401, "Unauthorized", detail);
    }

    /** PostgreSQL cannot be reached, so not even a token can be checked: 503, try again. */
    void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "30");
        write(request, response, 503, "Database unavailable",
                "The database cannot be reached right now; nothing was changed. Try again shortly.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, 403, "Forbidden", "Your role does not allow this.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
