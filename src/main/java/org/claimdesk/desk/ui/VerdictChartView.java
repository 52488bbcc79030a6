package org.claimdesk.desk.ui;

import java.util.EnumMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.review.ArticleReviewSummary;
import org.claimdesk.review.VerdictChart;
import org.claimdesk.review.VerdictMix;
import org.claimdesk.review.VerdictType;

/**
 * The verdict chart (review/VerdictChart's SVG, escaped there) as the article page and overview show it, in the
 * reader's language: the words are handed to the chart from here, so review stays free of the UI.
 */
final class VerdictChartView {

    private VerdictChartView() {
    }

    /** The article page's chart: one labelled bar per verdict. */
    static Component chart(ArticleReviewSummary summary) {
        Svg svg = new Svg(VerdictChart.chart(Texts.t("chart.final-verdicts"), VerdictMix.of(summary), labels()));
        svg.setId("verdict-chart");
        svg.addClassName("verdict-chart-box");
        return svg;
    }

    /** A list's small bar, with the same words beside it, so the colours are never the only cue. */
    static Component bar(String title, VerdictMix mix) {
        VerdictChart.Labels labels = labels();
        Div cell = new Div(new Svg(VerdictChart.bar(title, mix, 96, labels)));
        Span words = new Span(VerdictChart.describe(mix, labels));
        words.addClassName("verdict-bar-words");
        cell.add(words);
        cell.addClassName("verdict-bar-cell");
        return cell;
    }

    /** The chart's words in the current UI language. */
    static VerdictChart.Labels labels() {
        Map<VerdictType, String> names = new EnumMap<>(VerdictType.class);
        for (VerdictType type : VerdictType.values()) {
            names.put(type, Texts.t(type.labelKey()));
        }
        return new VerdictChart.Labels(Map.copyOf(names), Texts.t("chart.no-final-verdict"),
                Texts.t("chart.with-no-verdict"), Texts.t("chart.no-claims"), Formats.locale());
    }
}
