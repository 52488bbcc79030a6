package org.claimdesk.publish;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Public pages: {@code claimdesk.publish.reviewer-names} (CLAIMDESK_PUBLISH_REVIEWER_NAMES) shows who reviewed and
 * decided each claim; off by default, so a published page names the organisation only.
 */
@ConfigurationProperties("claimdesk.publish")
public record PublishProperties(boolean reviewerNames) {
}
