package org.claimdesk.matching.api;

import java.time.Instant;
import java.util.List;

import org.claimdesk.matching.ClaimMatch;
import org.claimdesk.matching.MatchService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** "Checked before?": earlier claims like this one in other articles, best first. */
@RestController
@RequestMapping("/api/v1")
class MatchApiController {

    private final MatchService matches;

    MatchApiController(MatchService matches) {
        this.matches = matches;
    }

    record MatchJson(long claimId, long articleId, String articleTitle, String text, double similarity,
            String verdict, Instant decidedAt) {
        static MatchJson of(ClaimMatch m) {
            return new MatchJson(m.claimId(), m.articleId(), m.articleTitle(), m.text(), m.similarity(), m.verdict(),
                    m.decidedAt());
        }
    }

    /** Final verdicts only, unless {@code all=true}; never claims of the same article. */
    @GetMapping("/claims/{id}/matches")
    List<MatchJson> matches(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean all) {
        return matches.matches(id, all).stream().map(MatchJson::of).toList();
    }
}
