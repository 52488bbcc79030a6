package org.claimdesk.security.api;

import java.util.List;

import org.claimdesk.security.ApiTokenService;
import org.claimdesk.security.ApiTokenSummary;
import org.claimdesk.security.IssuedToken;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tokens")
class TokenController {

    private final ApiTokenService tokens;

    TokenController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    record TokenRequest(String name) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken create(@RequestBody(required = false) TokenRequest request) {
        return tokens.create(request == null ? null : request.name());
    }

    @GetMapping
    List<ApiTokenSummary> list() {
        return tokens.listMine();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable Long id) {
        tokens.revoke(id);
    }
}
