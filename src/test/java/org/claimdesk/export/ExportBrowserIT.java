package org.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.claimdesk.ApiClient;
import org.claimdesk.BrowserSession;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The reviewed seed article downloads in all six formats from its page, as a signed-in editor. */
@IntegrationTest
class ExportBrowserIT {

    static final Map<String, String> EXPECTED_START = Map.of(
            "claimreview", "[", "json", "{", "csv", "ordinal,claim,", "markdown", "# Preparations for Putin-Trump",
            "html", "<!DOCTYPE html>", "annotations", "{");

    @LocalServerPort
    int port;

    @Test
    void every_export_link_on_the_seed_article_downloads_its_format() throws Exception {
        ApiClient api = ApiClient.anonymous(port);
        ApiClient alice = api.withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
        ApiClient erin = api.withTokenOf("erin", IntegrationTest.DEMO_PASSWORD);
        long claim = erin.get("/api/v1/articles/1").json().get("claims").get(8).get("id").asLong();
        String source = "[{\"url\":\"https://en.wikipedia.org/wiki/2018_Russia%E2%80%93United_States_summit\","
                + "\"title\":\"2018 Russia–United States summit\",\"stance\":\"supports\"}]";
        alice.post("/api/v1/claims/" + claim + "/verdicts", "{\"verdict\":\"supported\",\"rationale\":"
                + "\"The Helsinki summit took place on 16 July 2018.\",\"sources\":" + source + "}");
        erin.post("/api/v1/claims/" + claim + "/decision", "{\"verdict\":\"supported\",\"rationale\":"
                + "\"Confirmed by the record of the summit.\",\"sources\":" + source + "}");

        try (BrowserSession browser = new BrowserSession(port)) {
            browser.signIn("erin", IntegrationTest.DEMO_PASSWORD);
            browser.await(By.id("current-user"));
            browser.open("/articles/1");
            browser.await(By.id("export-links"));
            for (var format : EXPECTED_START.entrySet()) {
                String href = browser.await(By.id("export-" + format.getKey())).getAttribute("href");
                Object body = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                        "const done = arguments[1]; fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERR ' + e));",
                        href);

                assertThat((String) body).as(format.getKey()).startsWith(format.getValue());
                if (!format.getKey().equals("json")) {
                    assertThat((String) body).as(format.getKey()).contains("Helsinki");
                }
            }
        }
    }
}
