package org.claimdesk.article;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * readability4j (a Kotlin port of Mozilla's Readability.js) loaded from its own jars with its own jsoup 1.11,
 * so its old jsoup never meets ours: the benchmark's comparison extractor.
 */
final class PeerExtractor {

    private final Constructor<?> readability;
    private final Method parse;
    private final Method content;

    private PeerExtractor(ClassLoader loader) throws ReflectiveOperationException {
        Class<?> type = loader.loadClass("net.dankito.readability4j.Readability4J");
        readability = type.getConstructor(String.class, String.class);
        parse = type.getMethod("parse");
        content = loader.loadClass("net.dankito.readability4j.Article").getMethod("getContent");
    }

    static PeerExtractor load(Path jars) throws IOException, ReflectiveOperationException {
        URL[] urls;
        try (Stream<Path> files = Files.list(jars)) {
            urls = files.filter(f -> f.toString().endsWith(".jar")).map(PeerExtractor::url).toArray(URL[]::new);
        }
        return new PeerExtractor(new URLClassLoader(urls, ClassLoader.getPlatformClassLoader()));
    }

    /** The article's HTML as readability4j extracts it ("" when it finds none). */
    String extract(String html) {
        try {
            Object article = parse.invoke(readability.newInstance("http://fakehost/test/page.html", html));
            Object result = content.invoke(article);
            return result == null ? "" : result.toString();
        } catch (ReflectiveOperationException e) {
            return "";
        }
    }

    private static URL url(Path file) {
        try {
            return file.toUri().toURL();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
