package org.claimdesk.publish.api;

import org.claimdesk.publish.PublicationService;
import org.claimdesk.publish.PublicationState;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishing an article's review: {@code POST .../publish} makes it public, {@code DELETE .../publish} takes it
 * down, {@code GET .../publication} tells the state and every publish and unpublish so far.
 */
@RestController
@RequestMapping("/api/v1/articles/{id}")
class PublicationApiController {

    private final PublicationService publications;

    PublicationApiController(PublicationService publications) {
        this.publications = publications;
    }

    @PostMapping("/publish")
    @PreAuthorize("hasRole('EDITOR')")
    PublicationState publish(@PathVariable Long id) {
        return publications.publish(id);
    }

    @DeleteMapping("/publish")
    @PreAuthorize("hasRole('EDITOR')")
    PublicationState unpublish(@PathVariable Long id) {
        return publications.unpublish(id);
    }

    @GetMapping("/publication")
    PublicationState state(@PathVariable Long id) {
        return publications.state(id);
    }
}
