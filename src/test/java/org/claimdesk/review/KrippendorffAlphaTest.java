package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Nominal alpha on small tables worked out by hand with the coincidence matrix: a unit with m values adds
 * 1/(m−1) to o(c,k) per ordered pair of values from two coders; n(c) = row sums; alpha = 1 − (n−1)·D/E with
 * D = Σ(c≠k) o(c,k) and E = Σ(c≠k) n(c)·n(k) = n² − Σ n(c)².
 */
class KrippendorffAlphaTest {

    @Test
    void two_coders_on_four_units_with_one_disagreement_give_sixteen_thirtieths() {
        // units {A,A} {A,B} {B,B} {B,B}: o(A,A)=2, o(A,B)=o(B,A)=1, o(B,B)=2+2=4
        // n(A)=3, n(B)=5, n=8; D=2; E=2·3·5=30; alpha = 1 − 7·2/30 = 16/30 = 0.5333
        Double alpha = KrippendorffAlpha.nominal(List.of(List.of("A", "A"), List.of("A", "B"), List.of("B", "B"),
                List.of("B", "B")));

        assertThat(alpha).isCloseTo(16.0 / 30, within(1e-12));
    }

    @Test
    void three_coders_and_unequal_units_weight_each_pair_by_one_over_m_minus_one() {
        // {A,A,B} (m=3): pairs A–A 2·1, A–B 2·1, B–A 1·2, each /2 → o(A,A)=1, o(A,B)=1, o(B,A)=1
        // {B,B}: o(B,B)=2; {A,C}: o(A,C)=o(C,A)=1
        // n(A)=1+1+1=3, n(B)=1+2=3, n(C)=1, n=7; D=1+1+1+1=4; E=49−(9+9+1)=30; alpha = 1 − 6·4/30 = 0.2
        Double alpha = KrippendorffAlpha.nominal(List.of(List.of("A", "A", "B"), List.of("B", "B"),
                List.of("A", "C")));

        assertThat(alpha).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void perfect_agreement_over_two_categories_is_one() {
        // {A,A} {B,B}: o(A,A)=2, o(B,B)=2, n=4, D=0, E=2·2·2=8 → alpha = 1 − 3·0/8 = 1
        assertThat(KrippendorffAlpha.nominal(List.of(List.of("A", "A"), List.of("B", "B")))).isEqualTo(1.0);
    }

    @Test
    void one_split_unit_alone_is_zero_and_systematic_disagreement_is_negative() {
        // {A,B}: o(A,B)=o(B,A)=1, n=2, D=2, E=2 → 1 − 1·2/2 = 0
        assertThat(KrippendorffAlpha.nominal(List.of(List.of("A", "B")))).isCloseTo(0.0, within(1e-12));
        // {A,B} {A,B}: o(A,B)=o(B,A)=2, n(A)=n(B)=2, n=4, D=4, E=8 → 1 − 3·4/8 = −0.5
        assertThat(KrippendorffAlpha.nominal(List.of(List.of("A", "B"), List.of("B", "A"))))
                .isCloseTo(-0.5, within(1e-12));
    }

    @Test
    void units_with_a_single_value_are_left_out() {
        // {A} and {C} cannot be paired; what is left is the first table above: 16/30
        Double alpha = KrippendorffAlpha.nominal(List.of(List.of("A"), List.of("A", "A"), List.of("A", "B"),
                List.of("C"), List.of("B", "B"), List.of("B", "B")));

        assertThat(alpha).isCloseTo(16.0 / 30, within(1e-12));
    }

    @Test
    void alpha_is_undefined_without_two_pairable_values_or_with_only_one_category() {
        assertThat(KrippendorffAlpha.nominal(List.<List<String>>of())).isNull();
        assertThat(KrippendorffAlpha.nominal(List.of(List.of("A"), List.of("B")))).isNull();
        // {A,A} {A,A}: E = 4² − 4² = 0: no disagreement was possible to expect
        assertThat(KrippendorffAlpha.nominal(List.of(List.of("A", "A"), List.of("A", "A")))).isNull();
    }

    @Test
    void the_sentence_says_one_claim_or_many_and_gives_alpha_beside_the_share() {
        assertThat(AgreementText.sentence(1, 0.0, 0.0)).isEqualTo("Reviewers disagreed on the one claim with two or"
                + " more verdicts (Krippendorff's alpha 0.00).");
        assertThat(AgreementText.sentence(1, 1.0, null)).isEqualTo("Reviewers agreed on the one claim with two or"
                + " more verdicts (Krippendorff's alpha undefined: every verdict is the same).");
        assertThat(AgreementText.sentence(2, 0.5, 0.4)).isEqualTo("Reviewers agreed on 50% of the 2 claims with two"
                + " or more verdicts (Krippendorff's alpha 0.40).");
        assertThat(AgreementText.sentence(0, null, null)).isNull();
    }
}
