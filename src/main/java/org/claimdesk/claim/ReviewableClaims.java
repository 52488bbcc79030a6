package org.claimdesk.claim;

import java.util.List;

/** An article's active claims that are claims (not dismissed, not merged): their ids and how many are approved. */
public record ReviewableClaims(List<Long> ids, int approved) {

    public ReviewableClaims {
        ids = List.copyOf(ids);
    }
}
