package org.claimdesk.matching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.claimdesk.article.ArticleDraft;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ImportMethod;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimView;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The matching benchmark's archive: 100,000 claims written directly (real sentences from the Universal
 * Dependencies corpora in ../shared/corpora, padded with sentences drawn from the same corpora's word
 * frequencies), a third with final verdicts; and the query claims, imported as new articles through the app.
 */
final class MatchingSeed {

    static final int CLAIMS = 100_000;
    static final int PER_ARTICLE = 50;

    private MatchingSeed() {
    }

    /** Articles, claims, decisions and the match index written directly (a harness may; the app never does). */
    static void seed(JdbcTemplate jdbc, List<String[]> sentences, Random random) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int a = 0; a < CLAIMS / PER_ARTICLE; a++) {
            String[] language = sentences.get(random.nextInt(sentences.size()));
            StringBuilder body = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            for (int c = 0; c < PER_ARTICLE; c++) {
                String s = Sentences.next(sentences, language[0], random);
                int start = body.length();
                body.append(s);
                spans.add(new int[] {start, body.length()});
                body.append(' ');
            }
            String text = body.toString().strip();
            Long article = jdbc.queryForObject("insert into article (title, body, import_method, imported_by, imported_at)"
                    + " values (?, ?, 'PASTE', 'bench', ?) returning article_id", Long.class, "Archive " + a, text, now);
            List<Object[]> claims = new ArrayList<>();
            List<Long> ids = jdbc.queryForList("select nextval('claim_seq') from generate_series(1, ?)", Long.class,
                    PER_ARTICLE);
            for (int c = 0; c < PER_ARTICLE; c++) {
                claims.add(new Object[] {ids.get(c), article, spans.get(c)[0], spans.get(c)[1], now});
            }
            jdbc.batchUpdate("insert into claim (claim_id, article_id, start_offset, end_offset, checkworthiness,"
                    + " checkworthiness_reason, text_changed_at) values (?, ?, ?, ?, 'FACTUAL', 'bench', ?)", claims);
            List<Object[]> index = new ArrayList<>();
            List<Object[]> decisions = new ArrayList<>();
            for (int c = 0; c < PER_ARTICLE; c++) {
                String claimText = text.substring(spans.get(c)[0], spans.get(c)[1]);
                index.add(new Object[] {ids.get(c), article, language[0], claimText, language[0], claimText, now});
                if (c % 3 == 0) {
                    decisions.add(new Object[] {ids.get(c), article, now});
                }
            }
            jdbc.batchUpdate("insert into claim_match (claim_id, article_id, config, text, stems, indexed_at) values"
                    + " (?, ?, cast(? as regconfig), ?, array_to_string(tsvector_to_array(to_tsvector(cast(? as regconfig), ?)), ' '), ?)",
                    index);
            jdbc.batchUpdate("insert into decision_history (claim_id, article_id, editor, revision, verdict, rationale,"
                    + " sources, created_at) values (?, ?, 'bench', 1, 'NOT_ENOUGH_EVIDENCE', 'Seeded.', '[]', ?)", decisions);
        }
        jdbc.execute("analyze claim_match");
        jdbc.execute("analyze decision_history");
    }

    /** New articles of real sentences, each with one word dropped: the queries. */
    static List<Long> queryClaims(ConfigurableApplicationContext app, List<String[]> sentences, Random random, int count) {
        ArticleService articles = app.getBean(ArticleService.class);
        ClaimService claims = app.getBean(ClaimService.class);
        List<Long> ids = new ArrayList<>();
        while (ids.size() < count) {
            StringBuilder text = new StringBuilder();
            String config = sentences.get(random.nextInt(sentences.size()))[0];
            List<String[]> same = sentences.stream().filter(s -> s[0].equals(config)).toList();
            for (int i = 0; i < 30; i++) {
                String[] words = same.get(random.nextInt(same.size()))[1].split(" ");
                int drop = random.nextInt(words.length);
                List<String> kept = new ArrayList<>(Arrays.asList(words));
                if (kept.size() > 4) {
                    kept.remove(drop);
                }
                text.append(String.join(" ", kept).replaceAll("[.!?]+$", "")).append(". ");
            }
            long id = articles.importArticle(ArticleDraft.of("Query", text.toString()), ImportMethod.PASTE).id();
            claims.forArticle(id).stream().map(ClaimView::id).forEach(ids::add);
        }
        return ids.subList(0, count);
    }

    /** Sentences of the corpora, as {config, text}; padding sentences drawn from the same words. */
    static final class Sentences {

        private static final List<String> LANGUAGES = List.of("en:english", "de:german", "es:spanish", "fr:french",
                "it:italian", "pt:portuguese");

        static List<String[]> load() throws Exception {
            Path dir = corpora().resolve("sentences");
            JsonMapper json = JsonMapper.builder().build();
            List<String[]> all = new ArrayList<>();
            for (String language : LANGUAGES) {
                String code = language.substring(0, 2);
                String config = language.substring(3);
                for (String line : Files.readAllLines(dir.resolve(code + ".jsonl"))) {
                    JsonNode doc = json.readTree(line);
                    String text = doc.get("text").asString();
                    for (JsonNode span : doc.get("sentences")) {
                        String s = text.substring(span.get(0).asInt(), span.get(1).asInt()).strip()
                                .replaceAll("\\s+", " ");
                        if (s.split(" ").length >= 5) {
                            all.add(new String[] {config, s});
                        }
                    }
                }
            }
            return all;
        }

        /** A real sentence of the language one time in eight, else words of its sentences at their real frequency. */
        static String next(List<String[]> sentences, String config, Random random) {
            String[] pick;
            do {
                pick = sentences.get(random.nextInt(sentences.size()));
            } while (!pick[0].equals(config));
            if (random.nextInt(8) == 0) {
                return pick[1];
            }
            int length = 8 + random.nextInt(16);
            List<String> words = new ArrayList<>();
            while (words.size() < length) {
                String[] donor;
                do {
                    donor = sentences.get(random.nextInt(sentences.size()));
                } while (!donor[0].equals(config));
                String[] w = donor[1].replaceAll("[.!?]+$", "").split(" ");
                words.add(w[random.nextInt(w.length)]);
            }
            return String.join(" ", words) + ".";
        }

        private static Path corpora() {
            for (String candidate : List.of(System.getProperty("claimdesk.corpora", "../shared/corpora"),
                    "../../shared/corpora", "/work/shared/corpora")) {
                if (Files.isDirectory(Path.of(candidate, "sentences"))) {
                    return Path.of(candidate);
                }
            }
            throw new IllegalStateException("No corpora found; pass -Dclaimdesk.corpora=<dir with sentences/>");
        }
    }
}
