package org.claimdesk.review;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Verdicts and decisions whose sources cite an address ({@code probe}: {@code [{"url": "..."}]}). */
interface CitationRepository extends Repository<VerdictEntry, Long> {

    @Query(value = "select * from verdict_history where sources @> cast(:probe as jsonb)", nativeQuery = true)
    List<VerdictEntry> verdictsCiting(String probe);

    @Query(value = "select exists (select 1 from decision_history where sources @> cast(:probe as jsonb))",
            nativeQuery = true)
    boolean decisionCites(String probe);
}
