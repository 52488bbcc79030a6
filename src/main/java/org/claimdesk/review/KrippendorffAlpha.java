package org.claimdesk.review;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Krippendorff's alpha for nominal data, by the coincidence-matrix method: each unit (a claim) with m ≥ 2
 * values (its reviewers' current verdicts) adds 1/(m−1) to o(c,k) for every ordered pair of values from two
 * different reviewers; n(c) = Σk o(c,k), n = Σc n(c); alpha = 1 − (n−1) · Σ(c≠k) o(c,k) / Σ(c≠k) n(c)·n(k).
 * Units with a single value cannot be paired and are left out. Alpha is undefined (null) with fewer than two
 * pairable values, or when every pairable value is the same category (no disagreement was possible to expect).
 * Written by hand because it is a dozen lines and no well-kept Java library on our list computes it.
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /** Each element is one unit's values, one per coder; null when alpha is undefined. */
    public static <T> Double nominal(Collection<? extends Collection<T>> units) {
        Map<T, Map<T, Double>> coincidences = new HashMap<>();
        for (Collection<T> unit : units) {
            int m = unit.size();
            if (m < 2) {
                continue;
            }
            Map<T, Long> counts = new HashMap<>();
            unit.forEach(v -> counts.merge(v, 1L, Long::sum));
            // ordered pairs of different coders: n_c·n_k pairs for c ≠ k, n_c·(n_c − 1) for c = k
            counts.forEach((c, nc) -> counts.forEach((k, nk) -> coincidences.computeIfAbsent(c, x -> new HashMap<>())
                    .merge(k, (c.equals(k) ? nc * (nc - 1) : nc * nk) / (double) (m - 1), Double::sum)));
        }
        Map<T, Double> marginals = new HashMap<>();
        double observed = 0;
        for (var row : coincidences.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                marginals.merge(row.getKey(), cell.getValue(), Double::sum);
                observed += row.getKey().equals(cell.getKey()) ? 0 : cell.getValue();
            }
        }
        double n = marginals.values().stream().mapToDouble(Double::doubleValue).sum();
        double squares = marginals.values().stream().mapToDouble(x -> x * x).sum();
        double expected = n * n - squares; // Σ(c≠k) n(c)·n(k)
        if (n < 2 || expected <= 1e-12) {
            return null;
        }
        return 1 - (n - 1) * observed / expected;
    }
}
