package org.claimdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.claimdesk.base.UiLanguages;
import org.junit.jupiter.api.Test;

/**
 * Every refusal a service raises (InvalidInputException, ConflictException, NotFoundException) names a text key,
 * and every such key reads in every UI language with the placeholders of its English text.
 */
class RefusalTextsTest {

    /** A refusal being built, up to its first argument. */
    private static final Pattern RAISED = Pattern.compile("new (?:InvalidInput|Conflict|NotFound)Exception\\(\\s*([^,)]*)");
    /** A string literal shaped like a text key. */
    private static final Pattern KEY = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");
    /** A literal key of the refusal texts: keys handed on as arguments (labels, "the author of a verdict") too. */
    private static final Pattern ERROR_KEY = Pattern.compile("\"(error\\.[a-z0-9-]+(?:\\.[a-z0-9-]+)+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private static List<String> sources() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                texts.add(Files.readString(file));
            }
        }
        return texts;
    }

    /** The first argument of every refusal the main code builds. */
    private static List<String> raisedWith() throws IOException {
        List<String> firsts = new ArrayList<>();
        for (String source : sources()) {
            Matcher m = RAISED.matcher(source);
            while (m.find()) {
                firsts.add(m.group(1).strip());
            }
        }
        return firsts;
    }

    private static Set<String> refusalKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String first : raisedWith()) {
            Matcher m = KEY.matcher(first);
            if (m.matches()) {
                keys.add(m.group(1));
            }
        }
        for (String source : sources()) {
            ERROR_KEY.matcher(source).results().map(r -> r.group(1)).forEach(keys::add);
        }
        return keys;
    }

    private static Set<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(r -> r.group()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void every_refusal_is_raised_with_a_literal_text_key_not_a_sentence() throws IOException {
        List<String> firsts = raisedWith();

        // the one exception: RestoreCheck.invalid(key, args) hands its callers' literal keys on
        assertThat(firsts).filteredOn(first -> !KEY.matcher(first).matches()).containsOnly("key");
        assertThat(firsts).as("refusals found in the code").hasSizeGreaterThan(130);
    }

    @Test
    void every_refusal_key_is_in_every_bundle_with_the_placeholders_of_its_english_text() throws IOException {
        Set<String> keys = refusalKeys();
        Properties english = UiTextBundlesTest.bundle("en");

        assertThat(keys).as("refusal keys found in the code").hasSizeGreaterThan(180);
        for (String language : UiLanguages.CODES) {
            Properties bundle = UiTextBundlesTest.bundle(language);
            assertThat(bundle.stringPropertyNames()).as(language).containsAll(keys);
            for (String key : keys) {
                assertThat(placeholders(bundle.getProperty(key))).as(language + " " + key)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
        }
    }
}
