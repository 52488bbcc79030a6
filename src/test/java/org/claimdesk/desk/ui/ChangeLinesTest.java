package org.claimdesk.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.claimdesk.claim.ClaimAction;
import org.claimdesk.review.TimelineEvent;
import org.junit.jupiter.api.Test;

class ChangeLinesTest {

    static TimelineEvent event(ClaimAction action, String before, String after) {
        return new TimelineEvent(1L, Instant.EPOCH, "alice", action, before, after);
    }

    @Test
    void a_status_change_reads_as_its_labels_not_its_enum_names() {
        assertThat(ChangeLines.of(event(ClaimAction.STATUS_CHANGED, "{\"status\":\"OPEN\"}",
                "{\"status\":\"IN_REVIEW\"}"))).containsExactly("Status: Open → In review");
    }

    @Test
    void a_hint_change_reads_as_the_hints_label() {
        assertThat(ChangeLines.of(event(ClaimAction.CHECKWORTHINESS_SET, "{\"checkworthiness\":\"FACTUAL\"}",
                "{\"checkworthiness\":\"OPINION\"}"))).singleElement().asString()
                .startsWith("Check-worthiness: ").doesNotContain("FACTUAL").doesNotContain("OPINION");
    }

    @Test
    void dismissing_and_restoring_read_as_words_not_booleans() {
        assertThat(ChangeLines.of(event(ClaimAction.DISMISSED, "{\"dismissed\":false}", "{\"dismissed\":true}")))
                .containsExactly("Dismissed (not a claim)");
        assertThat(ChangeLines.of(event(ClaimAction.RESTORED, "{\"dismissed\":true}", "{\"dismissed\":false}")))
                .containsExactly("Restored as a claim");
    }

    @Test
    void a_new_claim_does_not_claim_to_be_restored() {
        assertThat(ChangeLines.of(event(ClaimAction.CREATED, null, "{\"text\":\"Rates rose.\",\"dismissed\":false}")))
                .containsExactly("Text: \"Rates rose.\"");
    }

    @Test
    void each_changed_field_of_a_source_is_shown_from_before_to_after() {
        String before = "{\"sources\":[{\"url\":\"https://a.example/x\",\"title\":\"Old\",\"quote\":\"q\",\"stance\":\"SUPPORTS\"}]}";
        String after = "{\"sources\":[{\"url\":\"https://a.example/x\",\"title\":\"New\",\"quote\":\"q\",\"stance\":\"REFUTES\"}]}";

        assertThat(ChangeLines.of(event(ClaimAction.CREATED, before, after)))
                .containsExactly("Source 1 stance: Supports → Refutes", "Source 1 title: \"Old\" → \"New\"");
    }

    @Test
    void a_source_whose_url_changed_is_the_same_source_with_a_new_url() {
        String before = "{\"sources\":[{\"url\":\"https://a.example/x\",\"title\":\"T\",\"stance\":\"CONTEXT\"}]}";
        String after = "{\"sources\":[{\"url\":\"https://a.example/y\",\"title\":\"T\",\"stance\":\"CONTEXT\"}]}";

        assertThat(ChangeLines.of(event(ClaimAction.CREATED, before, after)))
                .containsExactly("Source 1 URL: \"https://a.example/x\" → \"https://a.example/y\"");
    }

    @Test
    void added_and_removed_sources_are_named() {
        String before = "{\"sources\":[{\"url\":\"https://a.example/x\",\"title\":\"A\",\"stance\":\"SUPPORTS\"},"
                + "{\"url\":\"https://b.example/\",\"title\":\"B\",\"stance\":\"REFUTES\"}]}";
        String after = "{\"sources\":[{\"url\":\"https://b.example/\",\"title\":\"B\",\"stance\":\"REFUTES\"}]}";

        assertThat(ChangeLines.of(event(ClaimAction.CREATED, before, after)))
                .containsExactly("Source removed: Supports · \"A\" https://a.example/x");
        assertThat(ChangeLines.of(event(ClaimAction.CREATED, after, before)))
                .containsExactly("Source added: Supports · \"A\" https://a.example/x");
    }

    @Test
    void a_verdicts_value_reads_as_its_label() {
        assertThat(ChangeLines.of(event(ClaimAction.CREATED, "{\"verdict\":\"NOT_ENOUGH_EVIDENCE\"}",
                "{\"verdict\":\"MISLEADING\"}"))).singleElement().asString().startsWith("Verdict: ")
                .doesNotContain("_").doesNotContain("MISLEADING");
    }
}
