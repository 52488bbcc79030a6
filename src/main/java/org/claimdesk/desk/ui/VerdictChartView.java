package org.claimdesk.desk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.claimdesk.review.ArticleReviewSummary;
import org.claimdesk.review.VerdictChart;
import org.claimdesk.review.VerdictMix;

/** The verdict chart (review/VerdictChart's SVG, escaped there) as the article page and overview show it. */
final class VerdictChartView {

    private VerdictChartView() {
    }

    /** The article page's chart: one labelled bar per verdict. */
    static Component chart(ArticleReviewSummary summary) {
        Svg svg = new Svg(VerdictChart.chart("Final verdicts", VerdictMix.of(summary)));
        svg.setId("verdict-chart");
        svg.addClassName("verdict-chart-box");
        return svg;
    }

    /** A list's small bar, with the same words beside it, so the colours are never the only cue. */
    static Component bar(String title, VerdictMix mix) {
        Div cell = new Div(new Svg(VerdictChart.bar(title, mix, 96)));
        Span words = new Span(VerdictChart.describe(mix));
        words.addClassName("verdict-bar-words");
        cell.add(words);
        cell.addClassName("verdict-bar-cell");
        return cell;
    }
}
