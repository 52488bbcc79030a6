package org.claimdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of {@code mvn -Pbench -DskipTests verify}: runs the benchmarks and writes their figures to
 * target/benchmarks/. Argument: {@code all} or one name ({@code splitter}, {@code sentences}, {@code extraction},
 * {@code language}, {@code export}, {@code sessions}, {@code matching}, {@code startup}, {@code load},
 * {@code articlesize}, {@code articlepage}).
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "all" : args[0];
        Path out = Files.createDirectories(Path.of("target", "benchmarks"));
        if (which.equals("all") || which.equals("splitter")) {
            org.claimdesk.claim.SplitterBenchmark.run(out.resolve("splitter.txt"));
        }
        if (which.equals("all") || which.equals("sentences")) {
            org.claimdesk.claim.SentenceBenchmark.run(out.resolve("sentences.txt"));
        }
        if (which.equals("all") || which.equals("extraction")) {
            org.claimdesk.article.ExtractionBenchmark.run(out.resolve("extraction.txt"));
        }
        if (which.equals("all") || which.equals("language")) {
            org.claimdesk.article.LanguageBenchmark.run(out.resolve("language.txt"));
        }
        if (which.equals("all") || which.equals("export")) {
            org.claimdesk.export.ExportBenchmark.run(out.resolve("export.txt"));
        }
        if (which.equals("all") || which.equals("sessions")) {
            org.claimdesk.load.SessionHeapBenchmark.run(out.resolve("session-heap.txt"));
        }
        if (which.equals("all") || which.equals("matching")) {
            org.claimdesk.matching.MatchingBenchmark.run(out.resolve("matching.txt"));
        }
        if (which.equals("all") || which.equals("articlesize")) {
            ArticleSizeBenchmark.run(out.resolve("article-size.md"));
        }
        if (which.equals("all") || which.equals("articlepage")) {
            ArticlePageBenchmark.run(out.resolve("article-page.md"));
        }
        if (which.equals("all") || which.equals("startup")) {
            StartupBenchmark.run(out.resolve("startup.txt"));
        }
        if (which.equals("all") || which.equals("load")) {
            OpenLoadBenchmark.run(out.resolve("load-open.md"));
        }
        // Gatling leaves a non-daemon scheduler thread behind after its runs: end the JVM (and the build) here
        System.exit(0);
    }
}
