package org.claimdesk.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Per article: whether reviewers see each other's verdicts only after submitting their own. */
@Entity
@Table(name = "review_setting")
class ReviewSetting {

    @Id
    @Column(name = "article_id")
    private Long articleId;

    @Column(name = "blind", nullable = false)
    private boolean blind = true;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ReviewSetting() {
    }

    ReviewSetting(Long articleId) {
        this.articleId = articleId;
    }

    Long articleId() { return articleId; }
    boolean blind() { return blind; }
    void setBlind(boolean blind) { this.blind = blind; }
}
