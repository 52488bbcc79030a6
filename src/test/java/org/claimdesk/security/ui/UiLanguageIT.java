package org.claimdesk.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.claimdesk.IntegrationTest;
import org.claimdesk.KaribuUi;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.security.AccountPreferences;
import org.claimdesk.security.AccountPreferencesService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The UI speaks each person's language, in their time zone; the sign-in page offers every language. */
@IntegrationTest
class UiLanguageIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountPreferencesService preferences;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void start() {
        KaribuUi.start(context);
    }

    @AfterEach
    void stop() {
        if (org.claimdesk.security.CurrentUser.username().isPresent()) {
            preferences.saveMine(AccountPreferences.BROWSER);
        }
        KaribuUi.stop();
    }

    private static List<String> navigation() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void the_sign_in_page_switches_to_portuguese_when_asked() {
        UI.getCurrent().navigate("login");
        _click(_get(Button.class, spec -> spec.withId("login-language-pt")));

        assertThat(String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n")))
                .contains("Entrar", "Usuário", "Senha");
        assertThat(_get(Paragraph.class, spec -> spec.withId("demo-hint")).getText())
                .startsWith("Contas de demonstração");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("pt");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Entrar | ClaimDesk");
    }

    @Test
    void the_sign_in_page_names_each_language_in_itself() {
        UI.getCurrent().navigate("login");

        assertThat(_find(Button.class, spec -> spec.withId("login-language-es"))).singleElement()
                .extracting(Button::getText).isEqualTo("Español");
        assertThat(_get(Button.class, spec -> spec.withId("login-language-pt")).getText()).isEqualTo("Português");
    }

    @Test
    void someone_who_chose_spanish_and_sao_paulo_sees_the_desk_in_spanish_with_times_in_that_zone() {
        KaribuUi.signIn(context, "bob", IntegrationTest.DEMO_PASSWORD);
        preferences.saveMine(new AccountPreferences("es", "America/Sao_Paulo"));

        UI.getCurrent().navigate("articles");

        assertThat(navigation()).contains("Artículos", "Mi cola", "Exportar", "Mi cuenta");
        assertThat(_get(Button.class, spec -> spec.withId("sign-out")).getText()).isEqualTo("Cerrar sesión");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Artículos");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.of("es"));
        assertThat(Formats.zone()).isEqualTo(ZoneId.of("America/Sao_Paulo"));

    }

    @Test
    void someone_who_chose_portuguese_reads_the_article_page_its_chart_and_its_claim_in_portuguese() {
        KaribuUi.signIn(context, "bob", IntegrationTest.DEMO_PASSWORD);
        preferences.saveMine(new AccountPreferences("pt", null));

        UI.getCurrent().navigate("articles/1", com.vaadin.flow.router.QueryParameters.of("claim", String.valueOf(
                jdbc.queryForObject("select min(claim_id) from claim where article_id = 1", Long.class))));

        assertThat(_get(Span.class, spec -> spec.withId("article-summary")).getText())
                .contains(" afirmações · ", "importado por", "teclas:").doesNotContain("imported by");
        assertThat(_get(Svg.class, spec -> spec.withId("verdict-chart")).getElement().getProperty("innerHTML", ""))
                .contains("Classificações finais", "Sem classificação final").doesNotContain("No final verdict");
        assertThat(_get(Div.class, spec -> spec.withId("mark-legend")).getElement().getTextRecursively())
                .contains("Não é uma afirmação");
        assertThat(_find(H3.class).stream().map(H3::getText)).anyMatch(heading -> heading.startsWith("Afirmação "));
        assertThat(_get(Div.class, spec -> spec.withId("claim-timeline")).getElement().getTextRecursively())
                .contains("Encontrada no artigo");
        assertThat(UI.getCurrent().getInternals().getTitle()).endsWith(" | ClaimDesk");
    }

    @Test
    void the_browser_tab_of_each_signed_in_view_is_titled_in_the_readers_language() {
        KaribuUi.signIn(context, "bob", IntegrationTest.DEMO_PASSWORD);
        preferences.saveMine(new AccountPreferences("es", null));

        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Redacción | ClaimDesk");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Resumen de la redacción");
        UI.getCurrent().navigate("queue");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Mi cola | ClaimDesk");
        UI.getCurrent().navigate(MyAccountView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Mi cuenta | ClaimDesk");
        assertThat(_get(Paragraph.class, spec -> spec.withId("who-am-i")).getText())
                .isEqualTo("Sesión iniciada como bob · Rol: Revisor (registra calificaciones de afirmaciones)");
    }

    @SuppressWarnings("unchecked")
    @Test
    void choosing_on_my_account_saves_the_choice_switches_the_session_and_is_account_history() {
        KaribuUi.signIn(context, "alice", IntegrationTest.DEMO_PASSWORD);
        UI.getCurrent().navigate(MyAccountView.class);
        ((Select<String>) _get(Select.class, spec -> spec.withId("ui-language"))).setValue("pt");
        ((ComboBox<String>) _get(ComboBox.class, spec -> spec.withId("time-zone"))).setValue("Europe/Lisbon");
        _click(_get(Button.class, spec -> spec.withId("save-preferences")));

        assertThat(preferences.mine()).isEqualTo(new AccountPreferences("pt", "Europe/Lisbon"));
        assertThat(UI.getCurrent().getSession().getLocale()).isEqualTo(Locale.of("pt"));
        assertThat(Formats.zone()).isEqualTo(ZoneId.of("Europe/Lisbon"));
        assertThat(jdbc.queryForObject("select h.after_state ->> 'timeZone' from account_history h join account a"
                + " using (account_id) where a.username = 'alice' and h.action = 'PREFERENCES_CHANGED'"
                + " order by h.account_history_id desc limit 1", String.class)).isEqualTo("Europe/Lisbon");
    }

    @Test
    void a_language_the_ui_does_not_speak_or_an_unknown_zone_is_refused_and_nothing_changes() {
        KaribuUi.signIn(context, "bob", IntegrationTest.DEMO_PASSWORD);

        assertThatThrownBy(() -> preferences.saveMine(new AccountPreferences("fr", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("en, es, pt");
        assertThatThrownBy(() -> preferences.saveMine(new AccountPreferences("es", "Mars/Olympus_Mons")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Mars/Olympus_Mons");
        assertThat(preferences.mine()).isEqualTo(AccountPreferences.BROWSER);
    }
}
