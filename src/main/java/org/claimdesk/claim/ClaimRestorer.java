package org.claimdesk.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimdesk.article.ArticleService;
import org.claimdesk.base.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores the claims of an exported article again, with their history as it was, and one more row per claim
 * saying which admin restored it when; answers exporter id → new id. The claim rules of the UI hold here too.
 */
@Service
public class ClaimRestorer {

    private final ClaimRepository claims;
    private final ClaimHistoryWriter history;
    private final ArticleService articles;
    private final JsonMapper json;

    ClaimRestorer(ClaimRepository claims, ClaimHistoryWriter history, ArticleService articles, JsonMapper json) {
        this.claims = claims;
        this.history = history;
        this.articles = articles;
        this.json = json;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Map<Long, Long> restore(Long articleId, List<ClaimRestore> restores) {
        String text = articles.get(articleId).text();
        int length = text.length();
        ClaimRules.check(restores);
        Map<Long, Long> ids = new HashMap<>();
        Map<Long, Claim> created = new HashMap<>();
        for (ClaimRestore r : restores) {
            if (r.id() == null || r.start() < 0 || r.end() > length || r.start() >= r.end() || r.status() == null
                    || r.checkworthiness() == null || r.textChangedAt() == null) {
                throw new InvalidInputException("error.restore.claim-incomplete", r.id());
            }
            Claim claim = claims.save(Claim.restored(articleId, r));
            ids.put(r.id(), claim.id());
            created.put(r.id(), claim);
        }
        for (ClaimRestore r : restores) {
            if (r.mergedInto() != null) {
                created.get(r.id()).mergeInto(required(ids, r.mergedInto()));
            }
            for (ClaimHistoryItem item : r.history() == null ? List.<ClaimHistoryItem>of() : r.history()) {
                history.restore(created.get(r.id()), item, remapped(item.before(), ids), remapped(item.after(), ids));
            }
            history.record(created.get(r.id()), ClaimAction.RESTORED_FROM_EXPORT, null, created.get(r.id()).state(text));
        }
        return ids;
    }

    /** A claim state in history names the claim it was merged into by id: that id is the new one now. */
    private String remapped(String state, Map<Long, Long> ids) {
        if (state == null) {
            return null;
        }
        JsonNode node = json.readTree(state);
        if (node instanceof ObjectNode object && object.hasNonNull("mergedInto")) {
            object.put("mergedInto", required(ids, object.get("mergedInto").asLong()));
        }
        return json.writeValueAsString(node);
    }

    private static Long required(Map<Long, Long> ids, Long old) {
        Long id = ids.get(old);
        if (id == null) {
            throw new InvalidInputException("error.restore.claim-unknown", old);
        }
        return id;
    }
}
