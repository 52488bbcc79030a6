package org.claimdesk.desk.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.review.AgreementService;
import org.claimdesk.review.DeskAgreement;

/**
 * For editors: how well the desk's reviewers agreed over the last 30 days (UTC, as {@code GET
 * /api/v1/review/agreement} counts them), with Krippendorff's alpha and how to read it. In English the sentence
 * is {@link DeskAgreement#agreementSentence()} word for word (numbers in the reader's format); the bundles give
 * it in the reader's language.
 */
final class AgreementPanel extends Section {

    static final int DAYS = 30;

    AgreementPanel(AgreementService agreement, Clock clock) {
        setId("desk-agreement");
        addClassName("overview-panel");
        getElement().setAttribute("aria-labelledby", "desk-agreement-heading");
        H3 heading = new H3(getTranslation("desk-agreement.heading"));
        heading.setId("desk-agreement-heading");
        LocalDate to = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        DeskAgreement desk = agreement.between(to.minusDays(DAYS - 1), to);
        Paragraph sentence = new Paragraph(sentence(desk));
        sentence.setId("desk-agreement-sentence");
        add(heading, new Paragraph(getTranslation("desk-agreement.range", Formats.date(desk.from()),
                Formats.date(desk.to()))), sentence);
        if (desk.agreementShare() != null) {
            Paragraph hint = new Paragraph(getTranslation("desk-agreement.hint"));
            hint.addClassName("hint");
            add(hint);
        }
    }

    private String sentence(DeskAgreement desk) {
        int units = desk.claimsWithTwoOrMoreVerdicts();
        if (units == 0 || desk.agreementShare() == null) {
            return getTranslation("desk-agreement.none");
        }
        String agreed = units == 1
                ? getTranslation(desk.agreementShare() == 1.0 ? "desk-agreement.one-agreed" : "desk-agreement.one-disagreed")
                : getTranslation("desk-agreement.many", String.format(getLocale(), "%.0f", 100 * desk.agreementShare()),
                        Formats.number(units));
        return desk.krippendorffAlpha() == null ? getTranslation("desk-agreement.alpha-undefined", agreed)
                : getTranslation("desk-agreement.with-alpha", agreed,
                        String.format(getLocale(), "%.2f", desk.krippendorffAlpha()));
    }
}
