package org.claimdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimdesk.ApiClient;
import org.claimdesk.BrowserSession;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reviewer marks a sentence as "not a claim" in a real browser, and the timeline records it. */
@IntegrationTest
class ClaimEditBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void alice_dismisses_a_claim_and_sees_it_in_the_timeline() throws Exception {
        ApiClient alice = ApiClient.anonymous(port).withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
        var article = alice.post("/api/v1/articles",
                "{\"title\":\"Browser edit\",\"text\":\"Turnout was 61%. Read more at our site.\"}").json();
        long claimId = article.get("claims").get(1).get("id").asLong();

        try (BrowserSession browser = new BrowserSession(port)) {
            browser.signIn("alice", IntegrationTest.DEMO_PASSWORD);
            browser.await(By.id("current-user"));
            browser.open("/articles/" + article.get("id").asLong());
            browser.await(By.id("claim-" + claimId)).click();
            browser.await(By.cssSelector("#claim-edits vaadin-details-summary")).click();
            browser.await(By.id("dismiss-claim")).click();

            browser.awaitText(By.id("claim-timeline"), "Dismissed as not a claim · alice");
            assertThat(browser.await(By.id("claim-" + claimId)).getAttribute("class")).contains("dismissed");
        }
        assertThat(alice.get("/api/v1/claims/" + claimId).json().get("claim").get("dismissed").asBoolean()).isTrue();
    }
}
