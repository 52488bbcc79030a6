package org.claimdesk.article;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.google.common.base.Optional;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

/**
 * The language an article is written in, from its text (optimaize language-detector: n-gram profiles of 70
 * languages, 2 MB; chosen over lingua's 80 MB for the figures in the README). Null when the text is too short
 * or too mixed to tell; the reviewer then picks the language on the import form.
 */
public final class LanguageDetection {

    private static final int SAMPLE = 4000;
    private static final LanguageDetection INSTANCE = new LanguageDetection();

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    private LanguageDetection() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
        } catch (IOException e) {
            throw new UncheckedIOException("The language profiles could not be read", e);
        }
    }

    public static LanguageDetection get() {
        return INSTANCE;
    }

    /** The ISO 639-1 code of the text's language, or null when the detector is not sure. */
    public String detect(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        Optional<LdLocale> found = detector.detect(texts.forText(sample));
        return found.isPresent() ? LanguageCodes.normalize(found.get().getLanguage()) : null;
    }
}
