package org.claimdesk.desk.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.base.ui.ArticleToolbarItem;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.review.ArticleReviewSummary;

/**
 * The line under the article's title: its review summary and verdict chart, right after an import how many of its
 * claims were checked before, and what other features add to an article (the export links, say).
 */
class ArticleTools extends HorizontalLayout {

    /** {@code checkedBefore}: the count to tell right after an import, else null. */
    ArticleTools(ArticleSnapshot article, ArticleReviewSummary summary, Integer checkedBefore,
            List<ArticleToolbarItem> toolbar) {
        add(summary(article, summary), VerdictChartView.chart(summary));
        if (checkedBefore != null) {
            add(checkedBefore(checkedBefore));
        }
        toolbar.forEach(item -> add(item.create(article.id())));
        setAlignItems(Alignment.BASELINE);
        setWrap(true);
        addClassName("article-tools");
    }

    private Span summary(ArticleSnapshot article, ArticleReviewSummary s) {
        String verdicts = s.finalVerdicts().entrySet().stream()
                .map(e -> e.getValue() + " " + getTranslation(e.getKey().labelKey()).toLowerCase(getLocale()))
                .collect(Collectors.joining(", "));
        String source = article.publisher() != null ? article.publisher() : article.sourceUrl();
        Span summary = new Span(Formats.count(s.claims(), getTranslation("article.claim.one"),
                getTranslation("article.claim.many")) + " · " + getTranslation("article.approved", s.approved())
                + (verdicts.isEmpty() ? "" : " (" + verdicts + ")")
                + (s.agreementShare() == null ? "" : " · " + AgreementPhrase.of(s.claimsWithTwoOrMoreVerdicts(),
                        s.agreementShare(), s.krippendorffAlpha()))
                + " · " + getTranslation("article.imported-by", article.importedBy(), Formats.dateTime(article.importedAt()))
                + (source == null ? "" : " · " + source) + " · " + getTranslation("article.keys"));
        summary.setId("article-summary");
        summary.addClassName("article-summary");
        return summary;
    }

    /** Right after an import: how many claims have an earlier claim with a final verdict. */
    private static Span checkedBefore(int count) {
        Span span = new Span(count == 0 ? Texts.t("checked.none")
                : Texts.t(count == 1 ? "checked.count.one" : "checked.count.many", Formats.number(count)));
        span.setId("checked-before-count");
        span.addClassName("checked-before-count");
        return span;
    }
}
