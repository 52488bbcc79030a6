package org.claimdesk.review.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimdesk.archive.SourceArchive;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.review.Attribution;
import org.claimdesk.review.DecisionView;
import org.claimdesk.review.Source;
import org.claimdesk.review.Stance;
import org.claimdesk.review.VerdictInput;
import org.claimdesk.review.VerdictType;
import org.claimdesk.review.VerdictView;

/** The review API's JSON shapes. Verdict and stance values are accepted in any letter case. */
final class ReviewJson {

    private ReviewJson() {
    }

    record SourceJson(String url, String title, String quote, String stance, String accessedOn) {
    }

    record VerdictRequest(String verdict, String rationale, List<SourceJson> sources, Long adoptVerdictId,
            String correctionNote, Long expectedVersion, String attribution) {

        VerdictInput input() {
            List<Source> list = sources == null ? List.of() : sources.stream().map(ReviewJson::source).toList();
            return new VerdictInput(ReviewJson.verdict(verdict), rationale, list, ReviewJson.attribution(attribution));
        }

        /** A draft may lack its verdict still. */
        VerdictInput draft() {
            List<Source> list = sources == null ? List.of() : sources.stream().map(ReviewJson::source).toList();
            return new VerdictInput(verdict == null ? null : ReviewJson.verdict(verdict), rationale, list);
        }
    }

    record SourceOut(String url, String title, String quote, String stance, LocalDate accessedOn, ArchiveOut archive) {
        static SourceOut of(Source s) {
            return of(s, Map.of());
        }

        static SourceOut of(Source s, Map<String, SourceArchive> archives) {
            return new SourceOut(s.url(), s.title(), s.quote(), s.stance().name(), s.accessedOn(),
                    ArchiveOut.of(archives.get(s.url())));
        }
    }

    /** The source's latest snapshot ({@code archive} is null where none was requested, e.g. in drafts). */
    record ArchiveOut(String status, String sha256, Instant fetchedAt, Integer httpStatus, String href) {
        static ArchiveOut of(SourceArchive a) {
            return a == null ? null : new ArchiveOut(a.status().name(), a.sha256(), a.fetchedAt(), a.httpStatus(),
                    a.href());
        }
    }

    record VerdictOut(Long id, String reviewer, int revision, String verdict, String label, String rationale,
            List<SourceOut> sources, Instant createdAt, boolean claimChangedSince, String attribution) {
        static VerdictOut of(VerdictView v) {
            return of(v, Map.of());
        }

        static VerdictOut of(VerdictView v, Map<String, SourceArchive> archives) {
            return v == null ? null : new VerdictOut(v.id(), v.reviewer(), v.revision(), v.verdict().name(),
                    v.verdict().label(), v.rationale(), v.sources().stream().map(s -> SourceOut.of(s, archives)).toList(),
                    v.createdAt(), v.claimChangedSince(), v.attribution() == null ? null : v.attribution().name());
        }
    }

    record DecisionOut(Long id, String editor, int revision, String verdict, String label, String rationale,
            List<SourceOut> sources, Long adoptedVerdictId, String correctionNote, Instant createdAt,
            String attribution) {
        static DecisionOut of(DecisionView d) {
            return of(d, Map.of());
        }

        static DecisionOut of(DecisionView d, Map<String, SourceArchive> archives) {
            return d == null ? null : new DecisionOut(d.id(), d.editor(), d.revision(), d.verdict().name(),
                    d.verdict().label(), d.rationale(), d.sources().stream().map(s -> SourceOut.of(s, archives)).toList(),
                    d.adoptedVerdictId(), d.correctionNote(), d.createdAt(),
                    d.attribution() == null ? null : d.attribution().name());
        }
    }

    static VerdictType verdict(String value) {
        try {
            return VerdictType.valueOf(normal(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.api.verdict");
        }
    }

    /** Null (not answered) when absent or blank. */
    static Attribution attribution(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Attribution.valueOf(normal(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.api.attribution");
        }
    }

    private static Source source(SourceJson s) {
        if (s == null) {
            throw new InvalidInputException("error.api.source-empty");
        }
        Stance stance;
        try {
            stance = s.stance() == null ? null : Stance.valueOf(normal(s.stance()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.api.stance");
        }
        LocalDate accessed;
        try {
            accessed = s.accessedOn() == null || s.accessedOn().isBlank() ? null : LocalDate.parse(s.accessedOn());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("error.api.accessed-on");
        }
        return new Source(s.url(), s.title(), s.quote(), accessed, stance);
    }

    private static String normal(String value) {
        return value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
