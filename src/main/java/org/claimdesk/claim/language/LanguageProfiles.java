package org.claimdesk.claim.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the profile for a language code. A profile file may name a base ({@code [extends] generic}); its
 * sections then add to the base's. An unknown, blank or null code gets the generic profile, whose rules never
 * cut inside a number, an initialism or a URL and know no words of any language.
 */
public final class LanguageProfiles {

    /** The languages with a profile of their own. */
    public static final List<String> SUPPORTED = List.of("en", "es", "pt", "fr", "de", "it");

    public static final String GENERIC = "generic";

    private static final Map<String, LanguageProfile> CACHE = new ConcurrentHashMap<>();

    private LanguageProfiles() {
    }

    /** The profile for an ISO 639-1 code ("pt", "pt-BR" and "PT" all give Portuguese). */
    public static LanguageProfile forCode(String language) {
        String name = normalised(language);
        LanguageProfile cached = CACHE.get(name);
        if (cached != null) {
            return cached;
        }
        LanguageProfile loaded = load(name);
        CACHE.putIfAbsent(name, loaded);
        return loaded;
    }

    static String normalised(String language) {
        if (language == null || language.isBlank()) {
            return GENERIC;
        }
        String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return LanguageProfiles.class.getResource(primary + ".profile") == null ? GENERIC : primary;
    }

    private static LanguageProfile load(String name) {
        Map<String, List<String>> sections = read(name);
        List<String> base = sections.remove("extends");
        if (base != null && !base.isEmpty()) {
            Map<String, List<String>> merged = new LinkedHashMap<>(forCode(base.getFirst()).sections());
            sections.forEach((key, values) -> merged.merge(key, values, (a, b) -> {
                List<String> all = new ArrayList<>(a);
                all.addAll(b);
                return List.copyOf(all);
            }));
            sections = merged;
        }
        return new LanguageProfile(name.equals(GENERIC) ? "und" : name, Map.copyOf(sections));
    }

    /** Sections start with {@code [name]}; entries are separated by commas or line ends; '#' starts a comment. */
    private static Map<String, List<String>> read(String name) {
        try (InputStream in = LanguageProfiles.class.getResourceAsStream(name + ".profile")) {
            Map<String, List<String>> sections = new LinkedHashMap<>();
            List<String> current = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String content = line.replaceFirst("(^|\\s)#.*", "").strip();
                if (content.startsWith("[") && content.contains("]")) {
                    current = new ArrayList<>();
                    sections.put(content.substring(1, content.indexOf(']')).strip(), current);
                    content = content.substring(content.indexOf(']') + 1).strip();
                }
                if (current == null || content.isEmpty()) {
                    continue;
                }
                for (String entry : content.split(",")) {
                    if (!entry.isBlank()) {
                        current.add(entry.strip());
                    }
                }
            }
            sections.replaceAll((k, v) -> List.copyOf(v));
            return sections;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read language profile " + name, e);
        }
    }
}
