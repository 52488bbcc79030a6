package org.claimdesk.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Section;
import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.claimdesk.KaribuUi;
import org.claimdesk.review.AgreementService;
import org.claimdesk.review.DeskAgreement;
import org.claimdesk.security.AccountPreferences;
import org.claimdesk.security.AccountPreferencesService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.SystemActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** The desk overview's reviewer agreement: the editors' figure of the last 30 days, shown to editors only. */
@IntegrationTest
class AgreementPanelIT {

    private static final String SOURCE = "[{\"url\":\"https://records.example.org/agreement\",\"title\":\"Record\","
            + "\"stance\":\"supports\"}]";

    @Autowired
    ApplicationContext context;

    @Autowired
    AgreementService agreement;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @BeforeEach
    void aClaimTheReviewersDisagreedOnIsApprovedToday() {
        ApiClient erin = as("erin");
        JsonNode article = erin.post("/api/v1/articles", "{\"title\":\"Agreement panel\",\"text\":\"Exports rose 4%"
                + " last year.\"}").json();
        long claim = article.get("claims").get(0).get("id").asLong();
        verdict("alice", claim, "supported");
        verdict("bob", claim, "disputed");
        assertThat(erin.post("/api/v1/claims/" + claim + "/decision", "{\"verdict\":\"disputed\",\"rationale\":"
                + "\"Decided.\",\"sources\":" + SOURCE + "}").status()).isEqualTo(201);
    }

    @Autowired
    AccountPreferencesService preferences;

    @AfterEach
    void stop() {
        if (CurrentUser.username().isPresent()) {
            preferences.saveMine(AccountPreferences.BROWSER);
        }
        KaribuUi.stop();
    }

    @Test
    void an_editor_sees_the_desks_agreement_of_the_last_30_days_with_krippendorffs_alpha() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        DeskAgreement desk = SystemActor.call(() -> agreement.between(today.minusDays(29), today));
        signIn("erin");

        UI.getCurrent().navigate("");

        String panel = _get(Section.class, spec -> spec.withId("desk-agreement")).getElement().getTextRecursively();
        assertThat(desk.krippendorffAlpha()).isNotNull();
        assertThat(panel).contains("Reviewer agreement").contains(desk.agreementSentence())
                .containsPattern("Krippendorff's alpha -?\\d\\.\\d\\d\\)").contains("0.8");
    }

    @Test
    void an_editor_reading_spanish_gets_the_sentence_in_spanish_with_a_decimal_comma() {
        signIn("erin");
        preferences.saveMine(new AccountPreferences("es", null));

        UI.getCurrent().navigate("");

        String panel = _get(Section.class, spec -> spec.withId("desk-agreement")).getElement().getTextRecursively();
        assertThat(panel).contains("Coincidencia entre revisores").containsPattern("Los revisores (coincidieron|discreparon) en")
                .containsPattern("alfa de Krippendorff -?\\d,\\d\\d\\)");
    }

    @Test
    void a_reviewer_sees_no_agreement_on_the_overview() {
        signIn("alice");

        UI.getCurrent().navigate("");

        assertThat(_find(Section.class, spec -> spec.withId("desk-agreement"))).isEmpty();
        assertThat(_get(OverviewView.class).getElement().getTextRecursively()).isNotBlank();
        assertThat(UI.getCurrent().getElement().getTextRecursively()).doesNotContain("Krippendorff");
    }

    private ApiClient as(String user) {
        return ApiClient.anonymous(port).withTokenOf(user, IntegrationTest.DEMO_PASSWORD);
    }

    private void verdict(String who, long claim, String verdict) {
        assertThat(as(who).post("/api/v1/claims/" + claim + "/verdicts", "{\"verdict\":\"" + verdict
                + "\",\"rationale\":\"Checked.\",\"sources\":" + SOURCE + "}").status()).isEqualTo(201);
    }

    private void signIn(String who) {
        KaribuUi.start(context);
        KaribuUi.signIn(context, who, IntegrationTest.DEMO_PASSWORD);
    }
}
