package org.claimdesk.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimdesk.article.ArticleRevisionService;
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
    private final ArticleRevisionService revisions;
    private final JsonMapper json;

    ClaimRestorer(ClaimRepository claims, ClaimHistoryWriter history, ArticleRevisionService revisions, JsonMapper json) {
        this.claims = claims;
        this.history = history;
        this.revisions = revisions;
        this.json = json;
    }

    /** As below, for an article whose language never changed. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Map<Long, Long> restore(Long articleId, List<ClaimRestore> restores) {
        return restore(articleId, restores, List.of());
    }

    /**
     * The claims, and the claims a language change retired (stored retired: no list shows them, their history
     * keeps them), each with its history and a "restored" row; answers exporter id → new id for both.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Map<Long, Long> restore(Long articleId, List<ClaimRestore> restores, List<RetiredClaimRestore> retired) {
        Map<Integer, String> texts = new HashMap<>();
        ClaimRules.check(restores, revisions.latest(articleId));
        Map<Long, Long> ids = new HashMap<>();
        Map<Long, Claim> created = new LinkedHashMap<>();
        for (ClaimRestore r : restores) {
            store(articleId, r, text(texts, articleId, r).length(), null, ids, created);
        }
        for (RetiredClaimRestore r : retired) {
            store(articleId, r.claim(), text(texts, articleId, r.claim()).length(), r, ids, created);
        }
        List<ClaimRestore> all = new ArrayList<>(restores);
        retired.forEach(r -> all.add(r.claim()));
        for (ClaimRestore r : all) {
            Claim claim = created.get(r.id());
            if (r.mergedInto() != null) {
                claim.mergeInto(required(ids, r.mergedInto()));
            }
            for (ClaimHistoryItem item : r.history() == null ? List.<ClaimHistoryItem>of() : r.history()) {
                history.restore(claim, item, remapped(item.before(), ids), remapped(item.after(), ids));
            }
            history.record(claim, ClaimAction.RESTORED_FROM_EXPORT, null, claim.state(text(texts, articleId, r)));
        }
        return ids;
    }

    /** The text of the revision the claim points into (1: as imported), read once per revision. */
    private String text(Map<Integer, String> texts, Long articleId, ClaimRestore r) {
        if (r.revision() < 1) {
            throw new InvalidInputException("error.restore.claim-revision-number", r.id(), r.revision());
        }
        return texts.computeIfAbsent(r.revision(), n -> revisions.textOf(articleId, n));
    }

    private void store(Long articleId, ClaimRestore r, int length, RetiredClaimRestore retired, Map<Long, Long> ids,
            Map<Long, Claim> created) {
        if (r.id() == null || r.start() < 0 || r.end() > length || r.start() >= r.end() || r.status() == null
                || r.checkworthiness() == null || r.textChangedAt() == null) {
            throw new InvalidInputException("error.restore.claim-incomplete", r.id());
        }
        if (ids.containsKey(r.id())) {
            throw new InvalidInputException("error.restore.claim-twice", r.id());
        }
        Claim claim = Claim.restored(articleId, r);
        if (retired != null) {
            if (retired.retiredBy() == null || retired.retiredAt() == null) {
                throw new InvalidInputException("error.restore.retired-who-when", r.id());
            }
            claim.retire(retired.retiredBy(), retired.retiredAt());
        }
        claim = claims.save(claim);
        ids.put(r.id(), claim.id());
        created.put(r.id(), claim);
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
