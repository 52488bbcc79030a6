package org.claimdesk.review;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.claimdesk.base.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How well the desk's reviewers agree over a range of days: each claim approved in the range with two or more
 * reviewers' current verdicts is one unit. Editors see every verdict, so blind review does not apply.
 */
@Service
public class AgreementService {

    /** The longest range asked for at once, so one request reads a bounded number of claims. */
    public static final int MAX_DAYS = 366;

    private final DecisionRepository decisions;
    private final VerdictRepository verdicts;

    AgreementService(DecisionRepository decisions, VerdictRepository verdicts) {
        this.decisions = decisions;
        this.verdicts = verdicts;
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public DeskAgreement between(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("error.agreement.range");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("error.agreement.range-too-long", MAX_DAYS);
        }
        List<Long> claims = decisions.claimsDecidedBetween(from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        Map<Long, List<VerdictType>> byClaim = claims.isEmpty() ? Map.of() : verdicts.currentForClaims(claims.toArray(Long[]::new)).stream()
                .collect(Collectors.groupingBy(VerdictEntry::claimId,
                        Collectors.mapping(VerdictEntry::verdict, Collectors.toList())));
        List<List<VerdictType>> units = new ArrayList<>();
        int agreed = 0;
        for (List<VerdictType> unit : byClaim.values()) {
            if (unit.size() >= 2) {
                units.add(unit);
                agreed += Agreement.of(unit) == Agreement.AGREE ? 1 : 0;
            }
        }
        return new DeskAgreement(from, to, units.size(), agreed,
                units.isEmpty() ? null : (double) agreed / units.size(), KrippendorffAlpha.nominal(units));
    }
}
