package org.claimdesk.claim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The splitter's rule cases (src/test/resources/.../splitter-cases.txt), parsed. Notation: ‖ a sentence
 * boundary, ¶ a line break that ends a sentence, ↵ a line break inside one, [[...]] text in no claim.
 */
record SplitterCases(List<Case> cases) {

    record Case(int line, String category, String text, List<String> expected) {
    }

    static SplitterCases load() {
        try (InputStream in = SplitterCases.class.getResourceAsStream("splitter-cases.txt")) {
            List<Case> cases = new ArrayList<>();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                cases.add(parse(i + 1, parts[0], parts[1]));
            }
            return new SplitterCases(cases);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Case parse(int line, String category, String marked) {
        String text = marked.replace(" ‖ ", " ").replace("¶", "\n").replace("↵", "\n")
                .replace("[[", "").replace("]]", "");
        List<String> expected = new ArrayList<>();
        for (String piece : marked.replace("¶", " ‖ ").split(" ‖ ")) {
            String sentence = piece.replaceAll("\\[\\[.*?]]", "").replace("↵", "\n").strip();
            if (!sentence.isEmpty()) {
                expected.add(sentence);
            }
        }
        return new Case(line, category, text, expected);
    }

    static List<String> byClaimSplitter(String text) {
        return new ClaimSplitter().split(text).stream().map(s -> s.of(text)).toList();
    }
}
