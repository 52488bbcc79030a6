package org.claimdesk.claim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.Collection;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Splitting 1 MB of news-style text: ClaimSplitter beside java.text.BreakIterator, in the same run. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SplitterBenchmark {

    static final int ONE_MB = 1024 * 1024;
    String text;
    final ClaimSplitter splitter = new ClaimSplitter();

    @Setup
    public void makeText() throws IOException {
        text = newsText();
    }

    /** The seed article and every case of the splitter suite, repeated as paragraphs up to 1 MB. */
    static String newsText() throws IOException {
        StringBuilder paragraphs = new StringBuilder();
        try (InputStream in = SplitterBenchmark.class.getResourceAsStream("/org/claimdesk/article/putin-trump-meeting.txt")) {
            paragraphs.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
        }
        for (SplitterCases.Case c : SplitterCases.load().cases()) {
            paragraphs.append(c.text()).append("\n\n");
        }
        StringBuilder text = new StringBuilder(ONE_MB + paragraphs.length());
        while (text.length() < ONE_MB) {
            text.append(paragraphs);
        }
        return text.substring(0, ONE_MB);
    }

    @Benchmark
    public int claimSplitter() {
        return splitter.split(text).size();
    }

    @Benchmark
    public int breakIterator() {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.US);
        it.setText(text);
        int count = 0;
        while (it.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    public static void run(Path out) throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(SplitterBenchmark.class.getSimpleName()).build()).run();
        double splitter = 0;
        double breakIterator = 0;
        StringBuilder report = new StringBuilder("Splitting 1 MB of news-style text (ops/s = MB/s)\n");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            double score = r.getPrimaryResult().getScore();
            report.append(String.format("%-14s %8.2f MB/s  ± %.2f%n", name, score, r.getPrimaryResult().getScoreError()));
            if (name.equals("claimSplitter")) {
                splitter = score;
            } else {
                breakIterator = score;
            }
        }
        report.append(String.format("ClaimSplitter / BreakIterator = %.2f (goal: at least 0.33)%n", splitter / breakIterator));
        report.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(", ").append(System.getProperty("os.name")).append('\n');
        Files.writeString(out, report);
        System.out.print(report);
    }
}
