package org.claimdesk.live;

/** What happened on an open article, as the live channel announces it (never what a verdict says). */
public enum ChangeKind {
    VERDICT_SUBMITTED,
    DECIDED,
    CLAIM_EDITED,
    COMMENTED,
    /** Someone opened, changed or left a claim: only who is looking changed. */
    PRESENCE,
    /** This instance lost its listening connection and is back: whatever was announced meanwhile may be missed. */
    RESYNC
}
