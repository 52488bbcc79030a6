package org.claimdesk.archive;

/**
 * Whether the current user may see a verdict or decision that cites an address. The review feature knows
 * (blind review); it implements this, so the archive needs no knowledge of reviews and the features stay acyclic.
 */
public interface CitationAccess {

    boolean currentUserSeesACitationOf(String url);
}
