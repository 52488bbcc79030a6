package org.claimdesk.desk.ui;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.claim.Checkworthiness;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.review.VerdictType;

/**
 * The claim list's filters: status (or "not a claim"), final verdict (or none yet), check-worthiness hint,
 * speaker and assignee. An article's claims are already loaded and few, so they are filtered in memory. Each
 * filter is a labelled select, reachable by Tab, inside a disclosure that keeps the list tall when unused.
 */
final class ClaimFilterBar extends Details {

    /** A status choice: a workflow status, or a dismissed sentence (its label English: the select shows the key's). */
    record StatusChoice(ClaimStatus status, String label) {
    }

    /** A verdict choice: a final verdict, or none yet. */
    record VerdictChoice(VerdictType verdict, String label) {
    }

    static final StatusChoice DISMISSED = new StatusChoice(null, "Not a claim");
    static final VerdictChoice UNDECIDED = new VerdictChoice(null, "No final verdict yet");

    final Select<StatusChoice> status = select("filter.status", "filter-status");
    final Select<VerdictChoice> verdict = select("filter.verdict", "filter-verdict");
    final Select<Checkworthiness> hint = select("filter.hint", "filter-hint");
    final Select<String> speaker = select("filter.speaker", "filter-speaker");
    final Select<String> assignee = select("filter.assignee", "filter-assignee");
    private final Function<ClaimRow, Collection<String>> assignees;

    ClaimFilterBar(List<ClaimRow> claims, Function<ClaimRow, Collection<String>> assignees, Runnable changed) {
        super(Texts.t("filter.title"));
        this.assignees = assignees;
        setId("claim-filters");
        status.setItems(java.util.stream.Stream.concat(java.util.Arrays.stream(ClaimStatus.values())
                .map(s -> new StatusChoice(s, s.label())), java.util.stream.Stream.of(DISMISSED)).toList());
        status.setItemLabelGenerator(c -> getTranslation(c == null ? "filter.any" : c == DISMISSED ? "claim.not-a-claim"
                : c.status().labelKey()));
        verdict.setItems(java.util.stream.Stream.concat(java.util.Arrays.stream(VerdictType.values())
                .map(v -> new VerdictChoice(v, v.label())), java.util.stream.Stream.of(UNDECIDED)).toList());
        verdict.setItemLabelGenerator(c -> getTranslation(c == null ? "filter.any" : c == UNDECIDED ? "filter.undecided"
                : c.verdict().labelKey()));
        hint.setItems(Checkworthiness.values());
        hint.setItemLabelGenerator(h -> getTranslation(h == null ? "filter.any" : h.labelKey()));
        speaker.setItems(claims.stream().map(ClaimRow::speaker).filter(Objects::nonNull).distinct().sorted()
                .toList());
        assignee.setItems(claims.stream().flatMap(r -> assignees.apply(r).stream()).distinct().sorted().toList());
        Div bar = new Div(status, verdict, hint, speaker, assignee);
        bar.addClassName("filter-bar");
        add(bar);
        List.of(status, verdict, hint, speaker, assignee).forEach(s -> s.addValueChangeListener(e -> changed.run()));
    }

    private static <T> Select<T> select(String labelKey, String id) {
        Select<T> select = new Select<>();
        select.setLabel(Texts.t(labelKey));
        select.setId(id);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(Texts.t("filter.any"));
        return select;
    }

    /** The claims the chosen filters keep (all of them when none is chosen). */
    Predicate<ClaimRow> filter() {
        StatusChoice s = status.getValue();
        VerdictChoice v = verdict.getValue();
        Checkworthiness h = hint.getValue();
        String who = speaker.getValue();
        String assigned = assignee.getValue();
        return r -> (s == null || (s == DISMISSED ? r.dismissed() : !r.dismissed() && r.status() == s.status()))
                && (v == null || (v == UNDECIDED ? r.verdict() == null : r.verdict() == v.verdict()))
                && (h == null || r.hint() == h)
                && (who == null || who.equals(r.speaker()))
                && (assigned == null || assignees.apply(r).contains(assigned));
    }

    /** "3 of 12 claims shown" while a filter is on, else nothing. */
    String shown(int kept, int all) {
        return kept == all ? "" : getTranslation("filter.shown", kept, all);
    }
}
