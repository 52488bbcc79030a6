package org.claimdesk.security.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinRequest;
import org.claimdesk.base.UiLanguages;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.ServiceAction;
import org.claimdesk.base.ui.Translations;
import org.claimdesk.security.AccountPreferences;
import org.claimdesk.security.AccountPreferencesService;

/** My language and time zone; left empty, each follows the browser. Saving re-renders the page in the choice. */
class PreferencesForm extends VerticalLayout {

    final Select<String> language = new Select<>();
    final ComboBox<String> zone = new ComboBox<>();
    final Button save = new Button();

    PreferencesForm(AccountPreferencesService preferences) {
        setPadding(false);
        AccountPreferences mine = preferences.mine();
        language.setId("ui-language");
        language.setLabel(getTranslation("prefs.language"));
        language.setItems(UiLanguages.CODES);
        String browser = getTranslation("prefs.browser-language", LanguageNames.own(browserLanguage()));
        language.setItemLabelGenerator(code -> code == null ? browser : LanguageNames.own(Locale.of(code)));
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(browser);
        language.setValue(mine.language());
        zone.setId("time-zone");
        zone.setLabel(getTranslation("prefs.time-zone"));
        zone.setItems(zones());
        zone.setClearButtonVisible(true);
        zone.setPlaceholder(getTranslation("prefs.browser-zone", Formats.browserZone().getId()));
        zone.setHelperText(getTranslation("prefs.time-zone-help", Formats.browserZone().getId()));
        zone.setValue(mine.timeZone());
        zone.setWidth("20rem");
        save.setText(getTranslation("prefs.save"));
        save.setId("save-preferences");
        save.addClickListener(e -> {
            AccountPreferences[] saved = new AccountPreferences[1];
            ServiceAction.run(() -> saved[0] = preferences.saveMine(new AccountPreferences(language.getValue(),
                    zone.getValue())), getTranslation("prefs.saved"), () -> {
                        PreferencesApplier.apply(UI.getCurrent().getSession(), saved[0], true);
                        UI.getCurrent().getPage().reload();
                    });
        });
        FormLayout form = new FormLayout(language, zone);
        form.setMaxWidth("40rem");
        add(new H2(getTranslation("prefs.title")), form, save);
    }

    private static Locale browserLanguage() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return Translations.supported(request == null ? null : request.getLocale());
    }

    private static List<String> zones() {
        return ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
                && !z.startsWith("SystemV/")).sorted().toList();
    }
}
