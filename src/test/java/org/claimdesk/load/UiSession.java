package org.claimdesk.load;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One person's Vaadin UI, driven over HTTP the way the browser's client engine does it: sign in through the
 * login form, bootstrap a UI ({@code v-r=init}), then navigate it with {@code ui-navigate} events
 * ({@code v-r=uidl}), keeping the protocol's client and sync counters.
 */
final class UiSession implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String securityKey;
    private int clientId;
    private int syncId;

    UiSession(int port, String username, String password) throws Exception {
        base = "http://localhost:" + port;
        send(HttpRequest.newBuilder(URI.create(base + "/login")).build());
        String form = "username=" + java.net.URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8);
        send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        JsonNode init = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=&query="))
                .build()).body());
        JsonNode uidl = init.get("appConfig").get("uidl");
        securityKey = uidl.get("Vaadin-Security-Key").asString();
        syncId = uidl.get("syncId").asInt();
        clientId = 0;
    }

    /** Navigates the UI, as a click in the menu would; answers the server's UIDL answer. */
    String navigate(String route) throws Exception {
        String event = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":"
                + "\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(event)).build());
        String body = response.body().startsWith("for(;;);") ? response.body().substring(9, response.body().length() - 1)
                : response.body();
        JsonNode answer = JSON.readTree(body);
        if (response.statusCode() != 200 || !answer.has("syncId") || answer.path("meta").has("appError")) {
            throw new IllegalStateException("UI request failed: " + response.statusCode() + " "
                    + body.substring(0, Math.min(200, body.length())));
        }
        clientId = answer.get("clientId").asInt();
        syncId = answer.get("syncId").asInt();
        return body;
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        // a server that never answers is an error after 10 s, not a hung client
        return http.send(HttpRequest.newBuilder(request, (name, value) -> true).timeout(java.time.Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        http.close();
    }
}
