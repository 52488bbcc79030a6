package org.claimdesk.publish;

import org.claimdesk.archive.ArchivedCopy;

/** A stored copy of a source as a published fact-check shows it: the copy and the page that cites it. */
public record PublicSourceCopy(long articleId, String articleTitle, String organization, ArchivedCopy copy) {
}
