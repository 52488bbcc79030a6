package org.claimdesk.review.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.review.AgreementService;
import org.claimdesk.review.DeskAgreement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The desk's reviewer agreement over a range of days (editors); the last 30 days unless told. */
@RestController
class AgreementApiController {

    private final AgreementService agreement;
    private final Clock clock;

    AgreementApiController(AgreementService agreement, Clock clock) {
        this.agreement = agreement;
        this.clock = clock;
    }

    @GetMapping("/api/v1/review/agreement")
    DeskAgreement agreement(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate last = to == null ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : date(to, "to");
        return agreement.between(from == null ? last.minusDays(29) : date(from, "from"), last);
    }

    private static LocalDate date(String value, String name) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.api.date", name, value);
        }
    }
}
