package org.claimdesk.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores an exported article's verdicts and decisions again with their original authors and times, each
 * checked by the rules a reviewer's or editor's submission meets; assignments are the restoring admin's.
 */
@Service
public class ReviewRestorer {

    private final VerdictRepository verdicts;
    private final DecisionRepository decisions;
    private final ReviewSettingRepository settings;
    private final AssignmentRepository assignments;
    private final SourcesJson sources;
    private final Clock clock;

    ReviewRestorer(VerdictRepository verdicts, DecisionRepository decisions, ReviewSettingRepository settings,
            AssignmentRepository assignments, SourcesJson sources, Clock clock) {
        this.clock = clock;
        this.verdicts = verdicts;
        this.decisions = decisions;
        this.settings = settings;
        this.assignments = assignments;
        this.sources = sources;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void restore(Long articleId, Map<Long, Long> claimIds, List<VerdictRestore> verdictRows,
            List<VerdictRestore> decisionRows, boolean blind, List<String> assigned) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<Long, Long> verdictIds = new HashMap<>();
        for (VerdictRestore v : verdictRows) {
            VerdictInput checked = checked(v, today);
            VerdictEntry saved = verdicts.save(new VerdictEntry(claim(claimIds, v), articleId, who(v), v.revision(),
                    checked, sources.write(checked.sources()), v.at()));
            verdictIds.put(v.id(), saved.id());
        }
        for (VerdictRestore d : decisionRows) {
            VerdictInput checked = checked(d, today);
            if (d.correctionNote() != null && d.correctionNote().length() > VerdictInput.MAX_RATIONALE) {
                throw new InvalidInputException("error.restore.note-too-long", VerdictInput.MAX_RATIONALE);
            }
            Long adopted = d.adoptedVerdictId() == null ? null : verdictIds.get(d.adoptedVerdictId());
            decisions.save(new DecisionEntry(claim(claimIds, d), articleId, who(d), d.revision(), checked,
                    sources.write(checked.sources()), adopted, d.correctionNote(), d.at()));
        }
        ReviewSetting setting = settings.save(new ReviewSetting(articleId));
        setting.setBlind(blind);
        for (String reviewer : assigned == null ? List.<String>of() : assigned) {
            assignments.save(new Assignment(articleId, reviewer, CurrentUser.require(), clock.instant()));
        }
    }

    /** The rules of {@link ReviewService}'s submissions (rationale, sources, addresses), with the export's place. */
    private static VerdictInput checked(VerdictRestore v, LocalDate today) {
        try {
            return SourceRules.checked(new VerdictInput(kind(v), v.rationale(), v.sources(), v.attribution()), today);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("error.restore.verdict-refused", v.claimId(), v.revision(), v.who(), e);
        }
    }

    private static Long claim(Map<Long, Long> claimIds, VerdictRestore v) {
        Long id = claimIds.get(v.claimId());
        if (id == null || v.at() == null || v.rationale() == null) {
            throw new InvalidInputException("error.restore.verdict-incomplete");
        }
        return id;
    }

    private static String who(VerdictRestore v) {
        if (v.who() == null || v.who().isBlank()) {
            throw new InvalidInputException("error.restore.verdict-no-one");
        }
        return v.who();
    }

    private static VerdictType kind(VerdictRestore v) {
        if (v.verdict() == null) {
            throw new InvalidInputException("error.restore.verdict-missing");
        }
        return v.verdict();
    }
}
