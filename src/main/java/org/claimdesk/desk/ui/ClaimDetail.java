package org.claimdesk.desk.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.review.ClaimReview;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;

/** One claim: its text, the reviewer's corrections to it, and its history. */
class ClaimDetail extends VerticalLayout {

    final ReviewPanel review;

    ClaimDetail(ClaimReview claimReview, String articleText, ArticleDesk desk, Consumer<Long> onChanged) {
        ClaimView claim = claimReview.claim();
        setPadding(false);
        setId("claim-detail");
        Span state = new Span(getTranslation(claim.status().labelKey())
                + (claim.dismissed() ? " · " + getTranslation("claim.dismissed") : ""));
        state.addClassName("claim-state");
        Paragraph quote = new Paragraph(claim.text());
        quote.addClassName("claim-quote");
        quote.setId("claim-text");

        review = new ReviewPanel(claimReview, desk.reusableSources(), desk.reviews(), desk.drafts(), onChanged,
                ArchiveMark.forSources(desk.archives(), java.util.stream.Stream.concat(
                        claimReview.verdicts().stream().flatMap(v -> v.sources().stream()),
                        claimReview.decisions().stream().flatMap(d -> d.sources().stream()))
                        .map(org.claimdesk.review.Source::url).toList()));
        add(new H3(getTranslation("claim.heading", claim.ordinal())), state, quote);
        if (claim.stale() != null) {
            add(new StaleNotice(claim.stale()));
        }
        if (claim.status() != ClaimStatus.APPROVED && !CurrentUser.hasRole(Role.ADMIN)) {
            Details corrections = new Details(getTranslation("claim.corrections"));
            corrections.setId("claim-edits");
            // built when first opened: most visits never open it, and its fields would weigh on every selection
            corrections.addOpenedChangeListener(e -> {
                if (e.isOpened() && corrections.getContent().findAny().isEmpty()) {
                    corrections.add(new ClaimCorrections(claim, articleText, desk, onChanged));
                }
            });
            add(corrections);
        }
        add(review, new ClaimAssignees(claim.id(), desk.assignments()));
        if (desk.matches() != null && !claim.dismissed()) {
            add(new CheckedBefore(claim.id(), desk.matches(), review.form == null ? null : review::startFrom));
        }
        add(new ClaimDiscussion(claim.id(), desk.comments()), new H4(getTranslation("claim.history")), new ClaimTimeline(claim.id(), desk.timeline()));
    }
}
