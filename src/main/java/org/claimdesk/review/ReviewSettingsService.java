package org.claimdesk.review;

import java.time.Clock;
import java.util.List;

import org.claimdesk.article.ArticleService;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.security.AccountService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Per article, editors choose blind review (on by default) and which reviewers are assigned. */
@Service
public class ReviewSettingsService {

    private final ReviewSettingRepository settings;
    private final AssignmentRepository assignments;
    private final ArticleService articles;
    private final AccountService accounts;
    private final Clock clock;

    ReviewSettingsService(ReviewSettingRepository settings, AssignmentRepository assignments, ArticleService articles,
            AccountService accounts, Clock clock) {
        this.settings = settings;
        this.assignments = assignments;
        this.articles = articles;
        this.accounts = accounts;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean blind(Long articleId) {
        return settings.findById(articleId).map(ReviewSetting::blind).orElse(true);
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void setBlind(Long articleId, boolean blind) {
        articles.get(articleId);
        settings.findById(articleId).orElseGet(() -> settings.save(new ReviewSetting(articleId))).setBlind(blind);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> assignedReviewers(Long articleId) {
        return assignments.findByArticleIdOrderByReviewerAsc(articleId).stream().map(Assignment::reviewer).toList();
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void assign(Long articleId, String reviewer) {
        articles.get(articleId);
        String name = reviewer == null ? "" : reviewer.strip().toLowerCase(java.util.Locale.ROOT);
        if (!accounts.activeUsernames(Role.REVIEWER).contains(name)) {
            throw new InvalidInputException("error.assign.not-a-reviewer", reviewer);
        }
        if (!assignments.existsByArticleIdAndReviewer(articleId, name)) {
            assignments.save(new Assignment(articleId, name, CurrentUser.require(), clock.instant()));
        }
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public List<String> reviewers() {
        return accounts.activeUsernames(Role.REVIEWER);
    }

    /** Blind review of many articles in one query (on unless an editor turned it off): the desk's activity. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Map<Long, Boolean> blind(java.util.Collection<Long> articleIds) {
        java.util.Map<Long, Boolean> blind = new java.util.HashMap<>();
        articleIds.forEach(id -> blind.put(id, true));
        settings.findAllById(articleIds).forEach(s -> blind.put(s.articleId(), s.blind()));
        return blind;
    }
}
