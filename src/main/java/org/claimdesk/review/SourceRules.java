package org.claimdesk.review;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.claimdesk.base.InvalidInputException;

/** The rules every verdict and decision meets before anything is stored. */
final class SourceRules {

    static final int MAX_SOURCES = 20;

    private SourceRules() {
    }

    /** The input, checked and tidied: blank quotes dropped, access date defaulted to today. */
    static VerdictInput checked(VerdictInput input, LocalDate today) {
        if (input == null || input.verdict() == null) {
            throw new InvalidInputException("Choose a verdict: Supported, Disputed, Misleading, Not enough evidence"
                    + " or Not checkable.");
        }
        String rationale = input.rationale() == null ? "" : input.rationale().strip();
        if (rationale.isEmpty()) {
            throw new InvalidInputException("Write a rationale: why this verdict?");
        }
        if (rationale.length() > VerdictInput.MAX_RATIONALE) {
            throw new InvalidInputException("The rationale may have at most " + VerdictInput.MAX_RATIONALE + " characters.");
        }
        List<Source> sources = input.sources() == null ? List.of() : input.sources();
        if (sources.size() > MAX_SOURCES) {
            throw new InvalidInputException("A verdict may cite at most " + MAX_SOURCES + " sources.");
        }
        List<Source> clean = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            clean.add(source(sources.get(i), i + 1, today));
        }
        if (input.verdict().needsSource() && clean.isEmpty()) {
            throw new InvalidInputException("A verdict of " + input.verdict().label() + " needs at least one source.");
        }
        return new VerdictInput(input.verdict(), rationale, List.copyOf(clean), input.attribution());
    }

    private static Source source(Source s, int n, LocalDate today) {
        if (s == null) {
            throw new InvalidInputException("Source " + n + " is empty.");
        }
        String url = s.url() == null ? "" : s.url().strip();
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("Source " + n + ": '" + shorten(url) + "' is not a valid web address.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || url.length() > 2048) {
            throw new InvalidInputException("Source " + n + ": the address must start with http:// or https://"
                    + " (javascript:, data: and file: addresses are refused).");
        }
        String title = s.title() == null || s.title().isBlank() ? uri.getHost() : s.title().strip();
        if (title.length() > 300) {
            throw new InvalidInputException("Source " + n + ": the title may have at most 300 characters.");
        }
        String quote = s.quote() == null || s.quote().isBlank() ? null : s.quote().strip();
        if (quote != null && quote.length() > Source.MAX_QUOTE) {
            throw new InvalidInputException("Source " + n + ": the quoted passage may have at most " + Source.MAX_QUOTE
                    + " characters.");
        }
        if (s.stance() == null) {
            throw new InvalidInputException("Source " + n + ": say whether it supports, refutes or gives context.");
        }
        if (s.accessedOn() != null && s.accessedOn().isAfter(today)) {
            throw new InvalidInputException("Source " + n + ": the access date lies in the future.");
        }
        return new Source(url, title, quote, s.accessedOn() == null ? today : s.accessedOn(), s.stance());
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
