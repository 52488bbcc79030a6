package org.claimdesk.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimdesk.base.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores an exported article's verdicts, decisions and review settings again, exactly as they were. */
@Service
public class ReviewRestorer {

    private final VerdictRepository verdicts;
    private final DecisionRepository decisions;
    private final ReviewSettingRepository settings;
    private final AssignmentRepository assignments;
    private final SourcesJson sources;

    ReviewRestorer(VerdictRepository verdicts, DecisionRepository decisions, ReviewSettingRepository settings,
            AssignmentRepository assignments, SourcesJson sources) {
        this.verdicts = verdicts;
        this.decisions = decisions;
        this.settings = settings;
        this.assignments = assignments;
        this.sources = sources;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void restore(Long articleId, Map<Long, Long> claimIds, List<VerdictRestore> verdictRows,
            List<VerdictRestore> decisionRows, boolean blind, List<String> assigned, java.time.Instant assignedAt) {
        Map<Long, Long> verdictIds = new HashMap<>();
        for (VerdictRestore v : verdictRows) {
            VerdictEntry saved = verdicts.save(new VerdictEntry(claim(claimIds, v), articleId, who(v), v.revision(),
                    kind(v), v.rationale(), sources.write(v.sources()), v.at()));
            verdictIds.put(v.id(), saved.id());
        }
        for (VerdictRestore d : decisionRows) {
            Long adopted = d.adoptedVerdictId() == null ? null : verdictIds.get(d.adoptedVerdictId());
            decisions.save(new DecisionEntry(claim(claimIds, d), articleId, who(d), d.revision(),
                    new VerdictInput(kind(d), d.rationale(), d.sources()), sources.write(d.sources()), adopted,
                    d.correctionNote(), d.at()));
        }
        ReviewSetting setting = settings.save(new ReviewSetting(articleId));
        setting.setBlind(blind);
        for (String reviewer : assigned == null ? List.<String>of() : assigned) {
            assignments.save(new Assignment(articleId, reviewer, "restore", assignedAt));
        }
    }

    private static Long claim(Map<Long, Long> claimIds, VerdictRestore v) {
        Long id = claimIds.get(v.claimId());
        if (id == null || v.at() == null || v.rationale() == null) {
            throw new InvalidInputException("A verdict or decision of the export is incomplete or names an unknown claim.");
        }
        return id;
    }

    private static String who(VerdictRestore v) {
        if (v.who() == null || v.who().isBlank()) {
            throw new InvalidInputException("A verdict or decision of the export names no one.");
        }
        return v.who();
    }

    private static VerdictType kind(VerdictRestore v) {
        if (v.verdict() == null) {
            throw new InvalidInputException("A verdict or decision of the export has no verdict.");
        }
        return v.verdict();
    }
}
