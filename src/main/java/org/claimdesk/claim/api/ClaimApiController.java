package org.claimdesk.claim.api;

import java.util.List;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.claim.Checkworthiness;
import org.claimdesk.claim.ClaimBoundaryService;
import org.claimdesk.claim.ClaimEditService;
import org.claimdesk.claim.ClaimJson;
import org.claimdesk.claim.ClaimService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The edit operations of the claim view (reading a claim and its history: review/api). */
@RestController
@RequestMapping("/api/v1/claims")
class ClaimApiController {

    private final ClaimService claims;
    private final ClaimEditService edits;
    private final ClaimBoundaryService boundaries;

    ClaimApiController(ClaimService claims, ClaimEditService edits, ClaimBoundaryService boundaries) {
        this.claims = claims;
        this.edits = edits;
        this.boundaries = boundaries;
    }

    record SplitRequest(Integer position) {
    }

    record Boundaries(Integer start, Integer end) {
    }

    record ShortForm(String shortForm) {
    }

    record Speaker(String speaker) {
    }

    record CheckworthinessRequest(String checkworthiness) {
    }

    @PostMapping("/{id}/split")
    @ResponseStatus(HttpStatus.CREATED)
    List<ClaimJson> split(@PathVariable Long id, @RequestBody SplitRequest request) {
        Long second = boundaries.split(id, required(request.position(), "position"));
        return List.of(ClaimJson.of(claims.get(id)), ClaimJson.of(claims.get(second)));
    }

    @PostMapping("/{id}/merge-next")
    ClaimJson mergeNext(@PathVariable Long id) {
        boundaries.mergeWithNext(id);
        return ClaimJson.of(claims.get(id));
    }

    /** Undoes this claim's latest merge (the claim merged into it is a claim again). */
    @PostMapping("/{id}/undo-merge")
    ClaimJson undoMerge(@PathVariable Long id) {
        boundaries.undoMerge(id);
        return ClaimJson.of(claims.get(id));
    }

    @PutMapping("/{id}/boundaries")
    ClaimJson boundaries(@PathVariable Long id, @RequestBody Boundaries request) {
        boundaries.adjust(id, required(request.start(), "start"), required(request.end(), "end"));
        return ClaimJson.of(claims.get(id));
    }

    @PutMapping("/{id}/short-form")
    ClaimJson shortForm(@PathVariable Long id, @RequestBody ShortForm request) {
        edits.editShortForm(id, request.shortForm());
        return ClaimJson.of(claims.get(id));
    }

    @PutMapping("/{id}/speaker")
    ClaimJson speaker(@PathVariable Long id, @RequestBody Speaker request) {
        edits.setSpeaker(id, request.speaker());
        return ClaimJson.of(claims.get(id));
    }

    @PutMapping("/{id}/checkworthiness")
    ClaimJson checkworthiness(@PathVariable Long id, @RequestBody CheckworthinessRequest request) {
        edits.setCheckworthiness(id, kind(request.checkworthiness()));
        return ClaimJson.of(claims.get(id));
    }

    @PostMapping("/{id}/dismiss")
    ClaimJson dismiss(@PathVariable Long id) {
        edits.dismiss(id);
        return ClaimJson.of(claims.get(id));
    }

    @PostMapping("/{id}/restore")
    ClaimJson restore(@PathVariable Long id) {
        edits.restore(id);
        return ClaimJson.of(claims.get(id));
    }

    private static int required(Integer value, String name) {
        if (value == null) {
            throw new InvalidInputException("error.api.offset-required", name);
        }
        return value;
    }

    private static Checkworthiness kind(String value) {
        try {
            return Checkworthiness.valueOf(value == null ? "" : value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.api.checkworthiness");
        }
    }
}
