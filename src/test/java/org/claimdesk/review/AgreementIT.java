package org.claimdesk.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.claimdesk.KaribuUi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Krippendorff's alpha beside raw agreement, per article and over a range of days for the desk. Two reviewers:
 * claim 1 Disputed/Disputed, claim 2 Supported/Misleading, claim 3 one verdict only. By hand: o(D,D)=2,
 * o(S,M)=o(M,S)=1; n(D)=2, n(S)=n(M)=1, n=4; alpha = 1 − 3·2/(16 − 6) = 0.4; raw agreement 1 of 2.
 */
@IntegrationTest
class AgreementIT {

    static final String SOURCE = "[{\"url\":\"https://stats.example.org/r\",\"title\":\"Release\",\"stance\":\"refutes\"}]";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    ApiClient alice;
    ApiClient bob;
    ApiClient erin;
    long article;

    @BeforeEach
    void reviewedArticle() {
        ApiClient anonymous = ApiClient.anonymous(port);
        alice = anonymous.withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
        bob = anonymous.withTokenOf("bob", IntegrationTest.DEMO_PASSWORD);
        erin = anonymous.withTokenOf("erin", IntegrationTest.DEMO_PASSWORD);
        JsonNode created = erin.post("/api/v1/articles", "{\"title\":\"Agreement\",\"text\":\"Prices rose 5% in"
                + " 2025. Wages fell 3% in 2025. Rents rose 7% in 2024.\"}").json();
        article = created.get("id").asLong();
        JsonNode claims = created.get("claims");
        assertThat(claims.size()).isEqualTo(3);
        verdict(alice, claims.get(0), "disputed");
        verdict(bob, claims.get(0), "disputed");
        verdict(alice, claims.get(1), "supported");
        verdict(bob, claims.get(1), "misleading");
        verdict(alice, claims.get(2), "supported");
        for (JsonNode claim : claims) {
            verdict(erin, claim, "disputed");
        }
    }

    void verdict(ApiClient who, JsonNode claim, String verdict) {
        String path = who == erin ? "/decision" : "/verdicts";
        assertThat(who.post("/api/v1/claims/" + claim.get("id").asLong() + path, "{\"verdict\":\"" + verdict
                + "\",\"rationale\":\"Checked.\",\"sources\":" + SOURCE + "}").status()).isEqualTo(201);
    }

    @Test
    void the_article_summary_and_the_html_report_give_alpha_beside_the_raw_agreement() {
        JsonNode summary = erin.get("/api/v1/articles/" + article + "/review-summary").json();

        assertThat(summary.get("claimsWithTwoOrMoreVerdicts").asInt()).isEqualTo(2);
        assertThat(summary.get("agreementShare").asDouble()).isEqualTo(0.5);
        assertThat(summary.get("krippendorffAlpha").asDouble()).isCloseTo(0.4, within(1e-9));
        assertThat(erin.get("/api/v1/articles/" + article + "/export?format=html").body()).contains(
                "Reviewers agreed on 50% of the 2 claims with two or more verdicts (Krippendorff's alpha 0.40).");
    }

    @Test
    void the_article_page_shows_alpha_beside_the_raw_agreement() {
        KaribuUi.start(context);
        try {
            KaribuUi.signIn(context, "erin", IntegrationTest.DEMO_PASSWORD);
            UI.getCurrent().navigate("articles/" + article);

            assertThat(_get(Span.class, spec -> spec.withId("article-summary")).getText()).contains(" · reviewers agreed"
                    + " on 50% of the 2 claims with two or more verdicts (Krippendorff's alpha 0.40) · ");
        } finally {
            KaribuUi.stop();
        }
    }

    @Test
    void the_desk_range_counts_the_claims_approved_in_those_days_only() {
        // the same review restored with every time moved back to 2011, so no other test's claims share its days
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String export = erin.get("/api/v1/articles/" + article + "/export?format=json").body()
                .replaceAll("\"\\d{4}-(\\d\\d-\\d\\d)", "\"2011-$1");
        ApiClient admin = ApiClient.anonymous(port).withTokenOf(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        ApiClient.Response restored = admin.post("/api/v1/imports", export);
        assertThat(restored.status()).as(restored.body()).isEqualTo(201);
        String day = today.withYear(2011).toString();

        JsonNode range = erin.get("/api/v1/review/agreement?from=" + day + "&to=" + day).json();
        JsonNode before = erin.get("/api/v1/review/agreement?from=2010-01-01&to=2010-12-31").json();

        assertThat(range.get("claimsWithTwoOrMoreVerdicts").asInt()).isEqualTo(2);
        assertThat(range.get("claimsAgreed").asInt()).isEqualTo(1);
        assertThat(range.get("agreementShare").asDouble()).isEqualTo(0.5);
        assertThat(range.get("krippendorffAlpha").asDouble()).isCloseTo(0.4, within(1e-9));
        assertThat(before.get("claimsWithTwoOrMoreVerdicts").asInt()).isZero();
        assertThat(before.get("krippendorffAlpha").isNull()).isTrue();
        assertThat(before.get("agreementShare").isNull()).isTrue();
    }

    @Test
    void a_bad_range_answers_400_and_reviewers_may_not_ask() {
        ApiClient.Response backwards = erin.get("/api/v1/review/agreement?from=2026-02-01&to=2026-01-01");
        ApiClient.Response notADate = erin.get("/api/v1/review/agreement?from=yesterday");
        ApiClient.Response tooLong = erin.get("/api/v1/review/agreement?from=2020-01-01&to=2026-01-01");

        assertThat(backwards.status()).isEqualTo(400);
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.json().get("detail").asString()).contains("'from' must be a date like 2026-11-30");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(alice.get("/api/v1/review/agreement").status()).isEqualTo(403);
        assertThat(erin.get("/api/v1/review/agreement").status()).isEqualTo(200);
    }
}
