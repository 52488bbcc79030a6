package org.claimdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.claimdesk.base.UiLanguages;
import org.claimdesk.base.HistoryAction;
import org.claimdesk.claim.Checkworthiness;
import org.claimdesk.claim.ClaimAction;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ReviewProgress;
import org.claimdesk.claim.StaleReason;
import org.claimdesk.publish.PublicationAction;
import org.claimdesk.review.Attribution;
import org.claimdesk.review.ReviewAction;
import org.claimdesk.review.Stance;
import org.claimdesk.review.VerdictType;
import org.junit.jupiter.api.Test;

/** The UI's resource bundles: complete, alike in every language, readable as UTF-8, and the code's keys exist. */
class UiTextBundlesTest {

    /** A string literal shaped like a text key ("nav.sign-out"), in the UI sources. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    static Properties bundle(String language) throws IOException {
        String file = language.equals("en") ? "/messages.properties" : "/messages_" + language + ".properties";
        try (InputStream in = UiTextBundlesTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
            Properties properties = new Properties();
            properties.load(new StringReader(text));
            return properties;
        }
    }

    @Test
    void every_language_has_exactly_the_keys_of_the_english_bundle() throws IOException {
        Set<String> english = bundle("en").stringPropertyNames();
        for (String language : UiLanguages.CODES) {
            assertThat(new TreeSet<>(bundle(language).stringPropertyNames())).as(language)
                    .isEqualTo(new TreeSet<>(english));
        }
    }

    @Test
    void every_key_the_code_names_is_in_every_bundle() throws IOException {
        Set<String> prefixes = bundle("en").stringPropertyNames().stream().map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            // the UI packages: the only code that asks for texts (the enums build theirs, checked below); other
            // packages have key-shaped strings of their own, such as webhook event names ("verdict.submitted")
            for (Path source : sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.getParent().getFileName().toString().equals("ui")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(source));
                while (m.find()) {
                    String key = m.group(1);
                    if (prefixes.contains(key.substring(0, key.indexOf('.'))) && !key.endsWith(".")) {
                        used.add(key);
                    }
                }
            }
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(150);
        for (String language : UiLanguages.CODES) {
            assertThat(bundle(language).stringPropertyNames()).as(language).containsAll(used);
        }
    }

    @Test
    void every_verdict_status_hint_stance_and_attribution_has_its_label_in_every_bundle() throws IOException {
        Set<String> keys = new TreeSet<>();
        Arrays.stream(VerdictType.values()).forEach(v -> keys.addAll(Set.of(v.labelKey(), v.labelKey() + ".definition")));
        Arrays.stream(ClaimStatus.values()).forEach(s -> keys.add(s.labelKey()));
        Arrays.stream(Checkworthiness.values()).forEach(c -> keys.add(c.labelKey()));
        Arrays.stream(Stance.values()).forEach(s -> keys.add(s.labelKey()));
        Arrays.stream(Attribution.values()).forEach(a -> keys.add(a.labelKey()));
        for (String language : UiLanguages.CODES) {
            assertThat(bundle(language).stringPropertyNames()).as(language).containsAll(keys);
        }
    }

    @Test
    void the_english_vocabulary_is_the_enums_own_wording() throws IOException {
        Properties en = bundle("en");
        for (VerdictType v : VerdictType.values()) {
            assertThat(en.getProperty(v.labelKey())).isEqualTo(v.label());
            assertThat(en.getProperty(v.labelKey() + ".definition")).isEqualTo(v.definition());
        }
        Arrays.stream(ClaimStatus.values()).forEach(s -> assertThat(en.getProperty(s.labelKey())).isEqualTo(s.label()));
        Arrays.stream(Stance.values()).forEach(s -> assertThat(en.getProperty(s.labelKey())).isEqualTo(s.label()));
        Arrays.stream(Attribution.values()).forEach(a -> assertThat(en.getProperty(a.labelKey())).isEqualTo(a.label()));
        Arrays.stream(Checkworthiness.values())
                .forEach(c -> assertThat(en.getProperty(c.labelKey())).isEqualTo(c.label()));
    }

    private static Stream<HistoryAction> historyActions() {
        return Stream.of(ClaimAction.values(), ReviewAction.values(), PublicationAction.values()).flatMap(Arrays::stream);
    }

    @Test
    void every_history_action_stale_reason_and_progress_reads_in_every_bundle_and_in_its_own_english_words() throws IOException {
        Properties en = bundle("en");
        historyActions().forEach(a -> assertThat(en.getProperty(a.labelKey())).as(a.name()).isEqualTo(a.label()));
        Arrays.stream(StaleReason.values()).forEach(r -> assertThat(en.getProperty(r.labelKey())).isEqualTo(r.label()));
        Arrays.stream(ReviewProgress.values()).forEach(p -> assertThat(en.getProperty(p.labelKey())).isEqualTo(p.label()));
        for (String language : UiLanguages.CODES) {
            Set<String> keys = bundle(language).stringPropertyNames();
            historyActions().forEach(a -> assertThat(keys).as(language).contains(a.labelKey()));
            Arrays.stream(StaleReason.values()).forEach(r -> assertThat(keys).as(language).contains(r.labelKey()));
            Arrays.stream(ReviewProgress.values()).forEach(p -> assertThat(keys).as(language).contains(p.labelKey()));
        }
    }

    @Test
    void a_translation_uses_only_placeholders_its_english_text_has() throws IOException {
        Properties en = bundle("en");
        Pattern placeholder = Pattern.compile("\\{\\d+}");
        for (String language : UiLanguages.CODES) {
            Properties translated = bundle(language);
            for (String key : en.stringPropertyNames()) {
                Set<String> english = placeholder.matcher(en.getProperty(key)).results().map(r -> r.group())
                        .collect(Collectors.toSet());
                Set<String> theirs = placeholder.matcher(translated.getProperty(key, "")).results()
                        .map(r -> r.group()).collect(Collectors.toSet());
                assertThat(english).as(language + " " + key).containsAll(theirs);
            }
        }
    }

    @Test
    void the_provider_reads_accents_as_written_and_fills_placeholders() {
        Translations texts = new Translations();
        assertThat(texts.getTranslation("verdict.misleading", Locale.of("es"))).isEqualTo("Engañoso");
        assertThat(texts.getTranslation("verdict.not-checkable", Locale.of("pt"))).isEqualTo("Não verificável");
        assertThat(texts.getTranslation("token.revoked", Locale.ENGLISH, "CMS")).isEqualTo("Token 'CMS' revoked.");
    }

    @Test
    void a_regional_locale_gets_its_language_and_an_unknown_one_english() {
        Translations texts = new Translations();
        assertThat(texts.getTranslation("nav.sign-out", Locale.forLanguageTag("pt-BR"))).isEqualTo("Sair");
        assertThat(texts.getTranslation("nav.sign-out", Locale.forLanguageTag("es-AR"))).isEqualTo("Cerrar sesión");
        assertThat(texts.getTranslation("nav.sign-out", Locale.GERMAN)).isEqualTo("Sign out");
        assertThat(texts.getTranslation("no.such-key", Locale.of("es"))).isEqualTo("no.such-key");
    }
}
