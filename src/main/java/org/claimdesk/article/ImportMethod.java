package org.claimdesk.article;

/** How an article's text reached ClaimDesk. */
public enum ImportMethod {
    PASTE, FILE, URL, DEMO, RESTORE
}
