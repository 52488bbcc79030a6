package org.claimdesk.article;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiPredicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Metadata against each page's expected-metadata.json (what Readability.js reads from the page): of the pages
 * that have a value, the share where ClaimDesk found the same one (titles and names compared without case,
 * spacing or punctuation; dates by day; languages by their two-letter code).
 */
final class MetadataScore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int[] have = new int[5];
    private final int[] same = new int[5];

    void add(Path page, ArticleDraft draft) throws IOException {
        JsonNode expected = JSON.readTree(Files.readString(page.resolve("expected-metadata.json")));
        count(0, expected, "title", draft.title(), (want, got) -> plain(want).equals(plain(got)));
        count(1, expected, "byline", draft.author(), (want, got) -> plain(want).contains(plain(got))
                || plain(got).contains(plain(want)));
        count(2, expected, "siteName", draft.publisher(), (want, got) -> plain(want).equals(plain(got)));
        count(3, expected, "publishedTime", draft.publishedOn() == null ? null : draft.publishedOn().toString(),
                (want, got) -> want.startsWith(got));
        count(4, expected, "lang", draft.language(), (want, got) -> want.toLowerCase(Locale.ROOT).startsWith(got));
    }

    private void count(int i, JsonNode expected, String field, String got, BiPredicate<String, String> matches) {
        String want = expected.path(field).asString("");
        if (want.isBlank()) {
            return;
        }
        have[i]++;
        if (got != null && !got.isBlank() && matches.test(want, got)) {
            same[i]++;
        }
    }

    void write(PrintWriter w) {
        String[] names = {"title", "author", "publisher", "published date", "language (declared)"};
        w.println("Metadata: pages where ClaimDesk found the value the reference has / pages with a reference value");
        for (int i = 0; i < names.length; i++) {
            w.printf(Locale.ROOT, "  %-20s %3d / %3d%n", names[i], same[i], have[i]);
        }
    }

    private static String plain(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
