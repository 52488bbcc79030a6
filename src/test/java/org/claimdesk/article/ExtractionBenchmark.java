package org.claimdesk.article;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.Jsoup;

/**
 * Extraction quality on Mozilla Readability's 130 test pages (../shared/corpora/extraction, or the directory
 * named by -Dclaimdesk.corpora): word-shingle precision, recall and F1 of ClaimDesk's extractor and of
 * readability4j in the same run, and the time each takes per page (parse and extract, after a warm-up).
 * Expected text: the text of each page's expected.html (Readability.js's answer, not a human's).
 */
public final class ExtractionBenchmark {

    record Row(String page, Shingles ours, double oursMs, Shingles peer, double peerMs, Shingles oursWithHeadline) {
    }

    private ExtractionBenchmark() {
    }

    public static void run(Path out) throws Exception {
        Path corpus = Path.of(System.getProperty("claimdesk.corpora", "../shared/corpora"), "extraction");
        List<Path> pages;
        try (Stream<Path> dirs = Files.list(corpus)) {
            pages = dirs.filter(d -> Files.exists(d.resolve("source.html"))).sorted().toList();
        }
        PeerExtractor peer = PeerExtractor.load(Path.of(System.getProperty("claimdesk.bench.peers",
                "target/bench-peers"), "readability4j"));
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        for (int warm = 0; warm < 2; warm++) {
            for (Path page : pages) {
                String html = source(page);
                extractor.extract(Jsoup.parse(html, "http://fakehost/test/page.html"), null);
                peer.extract(html);
            }
        }
        List<Row> rows = new ArrayList<>();
        MetadataScore metadata = new MetadataScore();
        for (Path page : pages) {
            String html = source(page);
            String expected = Jsoup.parse(Files.readString(page.resolve("expected.html"))).text();
            long t0 = System.nanoTime();
            ArticleDraft ours = extractor.extract(Jsoup.parse(html, "http://fakehost/test/page.html"), null).draft();
            long t1 = System.nanoTime();
            String theirs = peer.extract(html);
            long t2 = System.nanoTime();
            rows.add(new Row(page.getFileName().toString(), Shingles.score(body(ours), expected), (t1 - t0) / 1e6,
                    Shingles.score(Jsoup.parse(theirs).text(), expected), (t2 - t1) / 1e6,
                    Shingles.score(ours.text(), expected)));
            metadata.add(page, ours);
        }
        write(out, rows, metadata);
    }

    /**
     * The text under the headline: ClaimDesk writes the headline as the text's first line, Readability reports it
     * as the title beside its content, so the expected texts leave it out; the first line is left out here only
     * when it is the title. The overall figure with the headline kept is written too.
     */
    static String body(ArticleDraft draft) {
        String text = draft.text();
        int end = text.indexOf("\n\n");
        String first = end < 0 ? text : text.substring(0, end);
        return draft.title() != null && first.equals(draft.title()) ? (end < 0 ? "" : text.substring(end + 2)) : text;
    }

    private static String source(Path page) throws IOException {
        return new String(Files.readAllBytes(page.resolve("source.html")), StandardCharsets.UTF_8);
    }

    private static void write(Path out, List<Row> rows, MetadataScore metadata) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            w.printf(Locale.ROOT, "Extraction on %d pages (Mozilla Readability test pages), 4-word shingles%n",
                    rows.size());
            w.printf(Locale.ROOT, "%-40s %6s %6s %6s %8s | %6s %6s %6s %8s%n", "page", "P", "R", "F1", "ms",
                    "peerP", "peerR", "peerF1", "peerMs");
            for (Row r : rows) {
                w.printf(Locale.ROOT, "%-40s %6.3f %6.3f %6.3f %8.2f | %6.3f %6.3f %6.3f %8.2f%n", r.page(),
                        r.ours().precision(), r.ours().recall(), r.ours().f1(), r.oursMs(), r.peer().precision(),
                        r.peer().recall(), r.peer().f1(), r.peerMs());
            }
            w.println();
            summary(w, "ClaimDesk", rows.stream().map(Row::ours).toList(), rows.stream().map(Row::oursMs).toList());
            summary(w, "(with headline)", rows.stream().map(Row::oursWithHeadline).toList(),
                    rows.stream().map(Row::oursMs).toList());
            summary(w, "readability4j 1.0.8", rows.stream().map(Row::peer).toList(),
                    rows.stream().map(Row::peerMs).toList());
            w.println();
            metadata.write(w);
        }
        System.out.println(Files.readString(out).lines().skip(rows.size() + 2).reduce("", (a, b) -> a + b + "\n"));
    }

    private static void summary(PrintWriter w, String name, List<Shingles> scores, List<Double> ms) {
        double p = scores.stream().mapToDouble(Shingles::precision).average().orElse(0);
        double r = scores.stream().mapToDouble(Shingles::recall).average().orElse(0);
        double f = scores.stream().mapToDouble(Shingles::f1).average().orElse(0);
        long below = scores.stream().filter(s -> s.f1() < 0.5).count();
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        w.printf(Locale.ROOT, "%-20s mean P %.3f  R %.3f  F1 %.3f  pages F1<0.5: %d  time median %.2f ms, "
                + "p90 %.2f ms, max %.2f ms%n", name, p, r, f, below, sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.9)], sorted[sorted.length - 1]);
    }
}
