package org.claimdesk.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The verdict chart as SVG text, drawn on the server for the article page, the desk overview and the HTML
 * report alike. Every bar carries its name and count as text (colour is never the only cue), the image has a
 * {@code <title>} and an {@code aria-label}, and every colour reaches at least 4.5:1 against white. Text is
 * escaped here by hand: five characters are all XML needs, and the writer must stay free of any UI library.
 */
public final class VerdictChart {

    /** One row of the chart: its label, how many claims, and the fill and outline it is drawn with. */
    record Part(String label, int count, String fill, String stroke, boolean undecided) {
    }

    /**
     * The chart's words in the reader's language, handed in by the UI (this class knows no UI library):
     * each verdict's name, the undecided row's name and how a description says it, the empty description,
     * and the locale that lower-cases the names in a description.
     */
    public record Labels(Map<VerdictType, String> verdicts, String undecided, String withNoVerdict, String noClaims,
            Locale locale) {

        /** The enums' own English words: the HTML report (an export, always English) and the tests. */
        public static final Labels ENGLISH = new Labels(english(), UNDECIDED, "with no final verdict", "No claims",
                Locale.ROOT);

        private static Map<VerdictType, String> english() {
            Map<VerdictType, String> names = new EnumMap<>(VerdictType.class);
            for (VerdictType type : VerdictType.values()) {
                names.put(type, type.label());
            }
            return Map.copyOf(names);
        }
    }

    static final String UNDECIDED = "No final verdict";
    static final int LABEL_WIDTH = 160;
    static final int BAR_WIDTH = 200;
    static final int ROW = 18;
    private static final String TEXT = "#1b1b1b";

    private VerdictChart() {
    }

    /** Colours by verdict, each at least 4.5:1 on white; "no final verdict" is an outlined white bar. */
    static String fill(VerdictType type) {
        return switch (type) {
            case SUPPORTED -> "#1f7a3a";
            case DISPUTED -> "#b3261e";
            case MISLEADING -> "#975a00";
            case NOT_ENOUGH_EVIDENCE -> "#3f51b5";
            case NOT_CHECKABLE -> "#5f6b7a";
        };
    }

    static List<Part> parts(VerdictMix mix, Labels labels) {
        List<Part> parts = new ArrayList<>();
        for (VerdictType type : VerdictType.values()) {
            parts.add(new Part(labels.verdicts().get(type), mix.count(type), fill(type), fill(type), false));
        }
        parts.add(new Part(labels.undecided(), mix.undecided(), "#ffffff", "#5f6b7a", true));
        return parts;
    }

    /** "3 supported, 1 disputed, 2 with no final verdict": what a screen reader hears. */
    public static String describe(VerdictMix mix) {
        return describe(mix, Labels.ENGLISH);
    }

    /** {@link #describe(VerdictMix)} in the given words. */
    public static String describe(VerdictMix mix, Labels labels) {
        List<String> said = new ArrayList<>();
        for (Part p : parts(mix, labels)) {
            if (p.count() > 0) {
                said.add(p.count() + " " + (p.undecided() ? labels.withNoVerdict()
                        : p.label().toLowerCase(labels.locale())));
            }
        }
        return said.isEmpty() ? labels.noClaims() : String.join(", ", said);
    }

    /** One labelled horizontal bar per verdict (and one for no verdict), widths proportional to the counts. */
    public static String chart(String title, VerdictMix mix) {
        return chart(title, mix, Labels.ENGLISH);
    }

    /** {@link #chart(String, VerdictMix)} in the given words. */
    public static String chart(String title, VerdictMix mix, Labels labels) {
        List<Part> parts = parts(mix, labels);
        int max = parts.stream().mapToInt(Part::count).max().orElse(0);
        int width = LABEL_WIDTH + BAR_WIDTH + 48;
        int height = ROW * parts.size() + 4;
        String label = title + ": " + describe(mix, labels);
        StringBuilder svg = open(width, height, label, "verdict-chart");
        int y = 2;
        for (Part p : parts) {
            double w = max == 0 ? 0 : (double) BAR_WIDTH * p.count() / max;
            svg.append("<g class=\"verdict-row\"><title>").append(escape(p.label() + ": " + p.count())).append("</title>")
                    .append("<text x=\"0\" y=\"").append(y + 13).append("\" font-size=\"12\" fill=\"").append(TEXT)
                    .append("\">").append(escape(p.label())).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(number(w)).append("\" height=\"12\" fill=\"").append(p.fill()).append("\" stroke=\"")
                    .append(p.stroke()).append("\"/>")
                    .append("<text x=\"").append(number(LABEL_WIDTH + w + 6)).append("\" y=\"").append(y + 13)
                    .append("\" font-size=\"12\" fill=\"").append(TEXT).append("\">").append(p.count())
                    .append("</text></g>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    /** A small stacked bar for lists: segment widths proportional to the counts; the words go beside it. */
    public static String bar(String title, VerdictMix mix, int width) {
        return bar(title, mix, width, Labels.ENGLISH);
    }

    /** {@link #bar(String, VerdictMix, int)} in the given words. */
    public static String bar(String title, VerdictMix mix, int width, Labels labels) {
        String label = title + ": " + describe(mix, labels);
        StringBuilder svg = open(width, 12, label, "verdict-bar");
        int total = mix.total();
        svg.append("<rect x=\"0.5\" y=\"0.5\" width=\"").append(width - 1).append("\" height=\"11\" fill=\"#ffffff\" ")
                .append("stroke=\"#5f6b7a\"/>");
        double x = 0;
        for (Part p : parts(mix, labels)) {
            if (p.count() == 0 || total == 0) {
                continue;
            }
            double w = (double) width * p.count() / total;
            svg.append("<rect x=\"").append(number(x)).append("\" y=\"0\" width=\"").append(number(w))
                    .append("\" height=\"12\" fill=\"").append(p.fill()).append("\" stroke=\"").append(p.stroke())
                    .append("\"><title>").append(escape(p.label() + ": " + p.count())).append("</title></rect>");
            x += w;
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String label, String cssClass) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(cssClass)
                .append("\" role=\"img\" style=\"max-width:100%;height:auto\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" aria-label=\"")
                .append(escape(label)).append("\"><title>").append(escape(label)).append("</title>");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
