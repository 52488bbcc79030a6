package org.claimdesk.claim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sentence boundaries on text nobody here wrote: the Universal Dependencies sentences in
 * {@code ../shared/corpora/sentences/<lang>.jsonl} (override with {@code -Dcorpora=DIR}; a git worktree one level deeper also finds it). Each document is
 * split whole; a boundary is a sentence's end offset (trailing blanks trimmed), the document's own end is not
 * counted. ClaimSplitter, java.text.BreakIterator and ICU4J's BreakIterator with its per-language
 * abbreviation filter are scored in the same run. Misses of ours are written beside the figures for reading.
 */
public final class SentenceBenchmark {

    static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr", "de", "it");

    record Doc(String id, String text, Set<Integer> ends) {
    }

    record Score(int truePositives, int predicted, int gold) {
        double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
        }
    }

    private SentenceBenchmark() {
    }

    static Path corpora() {
        String configured = System.getProperty("corpora");
        if (configured != null) {
            return Path.of(configured).resolve("sentences");
        }
        Path besideProject = Path.of("../shared/corpora/sentences");
        Path besideWorktree = Path.of("../../shared/corpora/sentences");
        return Files.isDirectory(besideProject) || !Files.isDirectory(besideWorktree) ? besideProject : besideWorktree;
    }

    static List<Doc> load(String language) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<Doc> docs = new ArrayList<>();
        for (String line : Files.readAllLines(corpora().resolve(language + ".jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            String text = node.get("text").asString();
            Set<Integer> ends = new TreeSet<>();
            for (JsonNode s : node.get("sentences")) {
                ends.add(trimBack(text, s.get(1).asInt()));
            }
            ends.remove(trimBack(text, text.length()));
            docs.add(new Doc(node.get("doc").asString(), text, ends));
        }
        return docs;
    }

    static Set<Integer> ours(String text, String language) {
        Set<Integer> ends = new TreeSet<>();
        new ClaimSplitter().split(text, language).forEach(s -> ends.add(s.end()));
        ends.remove(trimBack(text, text.length()));
        return ends;
    }

    static Set<Integer> javaText(String text, String language) {
        java.text.BreakIterator it = java.text.BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
        it.setText(text);
        return boundaries(text, it::next, java.text.BreakIterator.DONE);
    }

    static Set<Integer> icu(String text, String language) {
        ULocale locale = new ULocale(language);
        com.ibm.icu.text.BreakIterator it = FilteredBreakIteratorBuilder.getInstance(locale)
                .wrapIteratorWithFilter(com.ibm.icu.text.BreakIterator.getSentenceInstance(locale));
        it.setText(text);
        return boundaries(text, it::next, com.ibm.icu.text.BreakIterator.DONE);
    }

    private static Set<Integer> boundaries(String text, java.util.function.IntSupplier next, int done) {
        Set<Integer> ends = new TreeSet<>();
        for (int b = next.getAsInt(); b != done; b = next.getAsInt()) {
            ends.add(trimBack(text, b));
        }
        ends.remove(trimBack(text, text.length()));
        ends.remove(0);
        return ends;
    }

    static int trimBack(String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /**
     * Boundary scores. With {@code newsDesk}, a treebank sentence end at ';' or ':' counts neither way (a news
     * desk keeps "He said: ..." and a semicolon clause in one claim): it is not expected, and a split there is
     * not held against the splitter.
     */
    static Score score(List<Doc> docs, Function<Doc, Set<Integer>> splitter, boolean newsDesk, StringBuilder misses) {
        Score total = new Score(0, 0, 0);
        for (Doc raw : docs) {
            Doc doc = newsDesk ? withoutClauseEnds(raw) : raw;
            Set<Integer> predicted = new TreeSet<>(splitter.apply(raw));
            if (newsDesk) {
                predicted.removeIf(end -> isClauseEnd(raw.text(), end));
            }
            int tp = 0;
            for (int end : predicted) {
                if (doc.ends().contains(end)) {
                    tp++;
                } else if (misses != null) {
                    misses.append("FALSE SPLIT ").append(doc.id()).append(": ").append(context(doc.text(), end)).append('\n');
                }
            }
            if (misses != null) {
                for (int end : doc.ends()) {
                    if (!predicted.contains(end)) {
                        misses.append("MISSED      ").append(doc.id()).append(": ").append(context(doc.text(), end)).append('\n');
                    }
                }
            }
            total = total.plus(new Score(tp, predicted.size(), doc.ends().size()));
        }
        return total;
    }

    private static boolean isClauseEnd(String text, int end) {
        return end > 0 && (text.charAt(end - 1) == ';' || text.charAt(end - 1) == ':');
    }

    private static Doc withoutClauseEnds(Doc doc) {
        Set<Integer> ends = new TreeSet<>(doc.ends());
        ends.removeIf(end -> isClauseEnd(doc.text(), end));
        return new Doc(doc.id(), doc.text(), ends);
    }

    private static String context(String text, int at) {
        String before = text.substring(Math.max(0, at - 60), at);
        String after = text.substring(at, Math.min(text.length(), at + 40));
        return (before + " ‖ " + after).replace('\n', '¶');
    }

    public static void run(Path out) throws IOException {
        StringBuilder report = new StringBuilder("Sentence boundaries (end offsets) on Universal Dependencies text, ")
                .append(corpora().toAbsolutePath().normalize()).append("\n\n")
                .append("Strict: every treebank sentence end. News desk: ends at ';' or ':' neither expected nor penalised.\n\n")
                .append("| language | sentence ends | ClaimSplitter P / R / F1 | java.text.BreakIterator F1 | ICU4J F1 ")
                .append("| news desk: ClaimSplitter / BreakIterator / ICU4J F1 |\n|---|---|---|---|---|---|\n");
        for (String language : LANGUAGES) {
            List<Doc> docs = load(language);
            StringBuilder misses = new StringBuilder();
            Score ours = score(docs, d -> ours(d.text(), language), false, misses);
            Score jdk = score(docs, d -> javaText(d.text(), language), false, null);
            Score icu = score(docs, d -> icu(d.text(), language), false, null);
            Score oursDesk = score(docs, d -> ours(d.text(), language), true, null);
            Score jdkDesk = score(docs, d -> javaText(d.text(), language), true, null);
            Score icuDesk = score(docs, d -> icu(d.text(), language), true, null);
            report.append(String.format(Locale.ROOT, "| %s | %d | %.3f / %.3f / **%.3f** | %.3f | %.3f | **%.3f** / %.3f / %.3f |%n",
                    language, ours.gold(), ours.precision(), ours.recall(), ours.f1(), jdk.f1(), icu.f1(),
                    oursDesk.f1(), jdkDesk.f1(), icuDesk.f1()));
            Files.writeString(out.resolveSibling("sentences-misses-" + language + ".txt"), misses);
        }
        report.append("\nMachine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append('\n');
        Files.writeString(out, report);
        System.out.print(report);
    }

    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(Path.of("target", "benchmarks")).resolve("sentences.txt");
        run(out);
    }
}
