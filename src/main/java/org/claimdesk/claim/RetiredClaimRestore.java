package org.claimdesk.claim;

import java.time.Instant;

/** A claim a language change retired, as an export carries it: the claim as it was, and who retired it when. */
public record RetiredClaimRestore(ClaimRestore claim, String retiredBy, Instant retiredAt) {
}
