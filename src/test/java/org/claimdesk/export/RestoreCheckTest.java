package org.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.export.ExportDocument.ArticleDoc;
import org.claimdesk.export.ExportDocument.ClaimDoc;
import org.claimdesk.export.ExportDocument.DecisionDoc;
import org.claimdesk.export.ExportDocument.HistoryDoc;
import org.claimdesk.export.ExportDocument.ReviewDoc;
import org.claimdesk.export.ExportDocument.VerdictDoc;
import org.claimdesk.review.Source;
import org.claimdesk.review.Stance;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The document-wide restore rules, without Spring: time against an injected "now", people against their roles. */
class RestoreCheckTest {

    static final Instant IMPORTED = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant VERDICT = IMPORTED.plusSeconds(60);
    static final Instant DECIDED = IMPORTED.plusSeconds(120);
    static final String TEXT = "Crime fell 20% in 2025.";
    static final Map<String, Role> ACCOUNTS = Map.of("erin", Role.EDITOR, "alice", Role.REVIEWER, "root", Role.ADMIN);

    static void check(ExportDocument doc, Instant now) {
        new RestoreCheck(now, new Actors(name -> Optional.ofNullable(ACCOUNTS.get(name)))).check(doc);
    }

    static ExportDocument approved(Instant verdictAt, String reviewer, String statusChangedBy) {
        var json = JsonMapper.builder().build();
        var source = ExportDocument.SourceDoc.of(new Source("https://records.example.org/a", "Record", null,
                LocalDate.of(2026, 11, 20), Stance.REFUTES), null);
        var claim = new ClaimDoc(1L, 1, 0, TEXT.length(), TEXT, null, null, "FACTUAL", "A number", false, false, null,
                "APPROVED", IMPORTED,
                List.of(new VerdictDoc(5L, reviewer, 1, "DISPUTED", "Records.", List.of(source), verdictAt, null)),
                List.of(new DecisionDoc(7L, "erin", 1, "DISPUTED", "Official.", List.of(source), 5L, null, DECIDED, null)),
                List.of(new HistoryDoc("CREATED", "erin", IMPORTED, null, json.readTree("{\"status\":\"OPEN\"}")),
                        new HistoryDoc("STATUS_CHANGED", statusChangedBy, verdictAt, null,
                                json.readTree("{\"status\":\"IN_REVIEW\"}"))));
        return new ExportDocument(ExportDocument.FORMAT, ExportDocument.VERSION, new ArticleDoc(3L, "Crime", TEXT,
                "https://news.example.com/story", null, null, null, "PASTE", "erin", IMPORTED, "en"),
                new ReviewDoc(true, List.of("alice")), List.of(claim));
    }

    @Test
    void a_consistent_document_passes() {
        assertThatCode(() -> check(approved(VERDICT, "alice", "alice"), DECIDED)).doesNotThrowAnyException();
    }

    @Test
    void the_future_is_measured_by_the_injected_clock_not_the_machine() {
        Instant decidedTomorrow = DECIDED.plusSeconds(86_400);
        ExportDocument doc = approved(VERDICT, "alice", "alice");

        assertThatCode(() -> check(doc, DECIDED)).doesNotThrowAnyException();
        assertThatThrownBy(() -> check(doc, DECIDED.minusMillis(1))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("decision 1's time (" + DECIDED + ") lies in the future");
        assertThatCode(() -> check(doc, decidedTomorrow)).doesNotThrowAnyException();
    }

    @Test
    void a_verdict_needs_an_existing_reviewer_account() {
        assertThatThrownBy(() -> check(approved(VERDICT, "mallory", "alice"), DECIDED))
                .hasMessageContaining("'mallory' as the author of a verdict, but there is no such account here");
        assertThatThrownBy(() -> check(approved(VERDICT, "root", "alice"), DECIDED))
                .hasMessageContaining("that account is an admin, not a reviewer");
    }

    @Test
    void a_status_change_belongs_to_the_reviewer_whose_verdict_caused_it() {
        assertThatThrownBy(() -> check(approved(VERDICT, "alice", "erin"), DECIDED))
                .hasMessageContaining("that account is an editor, not a reviewer");
    }

    @Test
    void nothing_happens_to_a_claim_before_its_article_was_imported() {
        assertThatThrownBy(() -> check(approved(IMPORTED.minusSeconds(1), "alice", "alice"), DECIDED))
                .hasMessageContaining("lies before the article was imported");
    }
}
