package org.claimdesk.archive;

/** Where a source's snapshot stands. A FAILED snapshot may still be retried (see {@link ArchiveSettings}). */
public enum ArchiveStatus {
    PENDING, ARCHIVED, FAILED
}
