package org.claimdesk.article;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Language detection on the Universal Dependencies sentences (../shared/corpora/sentences): accuracy on
 * single sentences (short texts, as a headline or a pasted quote) and on whole documents, ClaimDesk's
 * detector (optimaize) beside lingua 1.2.2 when its jars are in target/bench-peers/lingua.
 */
public final class LanguageBenchmark {

    private LanguageBenchmark() {
    }

    public static void run(Path out) throws Exception {
        Path dir = Path.of(System.getProperty("claimdesk.corpora", "../shared/corpora"), "sentences");
        Path linguaJars = Path.of(System.getProperty("claimdesk.bench.peers", "target/bench-peers"), "lingua");
        UnaryOperator<String> lingua = Files.isDirectory(linguaJars) ? lingua(linguaJars) : null;
        LanguageDetection ours = LanguageDetection.get();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            w.println("Share of texts whose language is named right; in brackets the share named wrongly (the rest:");
            w.println("the detector was not sure and said nothing, which the import form then asks the reviewer).");
            w.printf(Locale.ROOT, "%-4s %9s %16s %16s %16s %16s%n", "lang", "sentences", "ours-short",
                    "lingua-short", "ours-doc", "lingua-doc");
            for (String lang : List.of("en", "es", "pt", "fr", "de", "it")) {
                List<String> sentences = new ArrayList<>();
                List<String> docs = new ArrayList<>();
                read(dir.resolve(lang + ".jsonl"), sentences, docs);
                w.printf(Locale.ROOT, "%-4s %9d %16s %16s %16s %16s%n", lang, sentences.size(),
                        accuracy(sentences, lang, ours::detect), accuracy(sentences, lang, lingua),
                        accuracy(docs, lang, ours::detect), accuracy(docs, lang, lingua));
            }
            w.printf(Locale.ROOT, "time per sentence: ours %s, lingua %s%n", time(dir, ours::detect), time(dir, lingua));
        }
        System.out.println(Files.readString(out));
    }

    private static void read(Path file, List<String> sentences, List<String> docs) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        for (String line : Files.readAllLines(file)) {
            JsonNode doc = json.readTree(line);
            String text = doc.get("text").asString();
            docs.add(text.length() > 2000 ? text.substring(0, 2000) : text);
            for (JsonNode span : doc.get("sentences")) {
                sentences.add(text.substring(span.get(0).asInt(), span.get(1).asInt()));
            }
        }
    }

    private static String accuracy(List<String> texts, String lang, UnaryOperator<String> detector) {
        if (detector == null) {
            return "-";
        }
        List<String> found = texts.stream().map(detector).toList();
        long right = found.stream().filter(lang::equals).count();
        long wrong = found.stream().filter(f -> f != null && !f.equals(lang)).count();
        return String.format(Locale.ROOT, "%.3f (%.3f)", (double) right / texts.size(), (double) wrong / texts.size());
    }

    private static String time(Path dir, UnaryOperator<String> detector) throws IOException {
        if (detector == null) {
            return "-";
        }
        List<String> sentences = new ArrayList<>();
        read(dir.resolve("en.jsonl"), sentences, new ArrayList<>());
        sentences.forEach(detector::apply);
        long t0 = System.nanoTime();
        sentences.forEach(detector::apply);
        return String.format(Locale.ROOT, "%.3f ms", (System.nanoTime() - t0) / 1e6 / sentences.size());
    }

    /** lingua (Kotlin, 80 MB of language models) from its own class loader, all its languages loaded. */
    private static UnaryOperator<String> lingua(Path jars) throws Exception {
        URL[] urls;
        try (Stream<Path> files = Files.list(jars)) {
            urls = files.map(f -> {
                try {
                    return f.toUri().toURL();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toArray(URL[]::new);
        }
        ClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
        Class<?> builderType = loader.loadClass("com.github.pemistahl.lingua.api.LanguageDetectorBuilder");
        Object builder = builderType.getMethod("fromAllLanguages").invoke(null);
        Object detector = builder.getClass().getMethod("build").invoke(builder);
        Method detect = detector.getClass().getMethod("detectLanguageOf", String.class);
        Method iso = loader.loadClass("com.github.pemistahl.lingua.api.Language").getMethod("getIsoCode639_1");
        return text -> {
            try {
                return iso.invoke(detect.invoke(detector, text)).toString().toLowerCase(Locale.ROOT);
            } catch (ReflectiveOperationException e) {
                return null;
            }
        };
    }
}
