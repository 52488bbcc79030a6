package org.claimdesk.review;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.Label;

/** The rules every verdict and decision meets before anything is stored. */
final class SourceRules {

    static final int MAX_SOURCES = 20;

    private SourceRules() {
    }

    /** The input, checked and tidied: blank quotes dropped, access date defaulted to today. */
    static VerdictInput checked(VerdictInput input, LocalDate today) {
        if (input == null || input.verdict() == null) {
            throw new InvalidInputException("error.verdict.choose");
        }
        String rationale = input.rationale() == null ? "" : input.rationale().strip();
        if (rationale.isEmpty()) {
            throw new InvalidInputException("error.verdict.rationale-required");
        }
        if (rationale.length() > VerdictInput.MAX_RATIONALE) {
            throw new InvalidInputException("error.verdict.rationale-too-long", VerdictInput.MAX_RATIONALE);
        }
        List<Source> sources = input.sources() == null ? List.of() : input.sources();
        if (sources.size() > MAX_SOURCES) {
            throw new InvalidInputException("error.verdict.too-many-sources", MAX_SOURCES);
        }
        List<Source> clean = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            clean.add(source(sources.get(i), i + 1, today));
        }
        if (input.verdict().needsSource() && clean.isEmpty()) {
            throw new InvalidInputException("error.verdict.source-required",
                    new Label(input.verdict().labelKey()));
        }
        return new VerdictInput(input.verdict(), rationale, List.copyOf(clean), input.attribution());
    }

    private static Source source(Source s, int n, LocalDate today) {
        if (s == null) {
            throw new InvalidInputException("error.source.empty", n);
        }
        String url = s.url() == null ? "" : s.url().strip();
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("error.source.invalid-url", n, shorten(url));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || url.length() > 2048) {
            throw new InvalidInputException("error.source.web-only", n);
        }
        String title = s.title() == null || s.title().isBlank() ? uri.getHost() : s.title().strip();
        if (title.length() > 300) {
            throw new InvalidInputException("error.source.title-too-long", n, 300);
        }
        String quote = s.quote() == null || s.quote().isBlank() ? null : s.quote().strip();
        if (quote != null && quote.length() > Source.MAX_QUOTE) {
            throw new InvalidInputException("error.source.quote-too-long", n, Source.MAX_QUOTE);
        }
        if (s.stance() == null) {
            throw new InvalidInputException("error.source.stance-required", n);
        }
        if (s.accessedOn() != null && s.accessedOn().isAfter(today)) {
            throw new InvalidInputException("error.source.accessed-in-future", n);
        }
        return new Source(url, title, quote, s.accessedOn() == null ? today : s.accessedOn(), s.stance());
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
