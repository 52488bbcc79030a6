package org.claimdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.claimdesk.base.ConflictException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.Label;
import org.claimdesk.base.Localized;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.base.Refusal;
import org.junit.jupiter.api.Test;

/** A refusal is a key and arguments: English as its message, and any UI language when a reader reads it. */
class RefusalTest {

    private static final Translations TEXTS = new Translations();

    private static String in(String language, Refusal refusal) {
        Locale locale = Locale.of(language);
        return refusal.message(locale, (key, args) -> TEXTS.getTranslation(key, locale, args));
    }

    @Test
    void its_message_is_the_english_text_with_the_arguments_filled_in() {
        assertThat(new InvalidInputException("error.comment.too-long", 2000, 2417).getMessage())
                .isEqualTo("A comment may have at most 2000 characters (this one has 2417).");
        assertThat(new NotFoundException("error.article.not-found", 42L).getMessage()).isEqualTo("No article with id 42.");
        assertThat(new ConflictException("error.account.taken", "bob").getMessage())
                .isEqualTo("An account named 'bob' already exists.");
    }

    @Test
    void a_reader_gets_it_in_their_language_with_user_data_as_typed() {
        Refusal refusal = new InvalidInputException("error.source.invalid-url", 2, "htp:/ejemplo");

        assertThat(in("es", refusal)).isEqualTo("Fuente 2: 'htp:/ejemplo' no es una dirección web válida.");
        assertThat(in("pt", refusal)).isEqualTo("Fonte 2: 'htp:/ejemplo' não é um endereço web válido.");
    }

    @Test
    void a_label_argument_such_as_a_verdict_is_translated_too() {
        Refusal refusal = new InvalidInputException("error.verdict.source-required", new Label("verdict.supported"));

        assertThat(refusal.getMessage()).isEqualTo("A verdict of Supported needs at least one source.");
        assertThat(in("es", refusal)).isEqualTo("Una calificación de Verdadero necesita al menos una fuente.");
        assertThat(in("pt", refusal)).isEqualTo("Uma classificação Verdadeiro precisa de pelo menos uma fonte.");
    }

    @Test
    void a_nested_refusal_and_a_librarys_own_translation_read_in_the_same_language() {
        Refusal reason = new InvalidInputException("error.verdict.rationale-required");
        Refusal refusal = new InvalidInputException("error.restore.verdict-refused", 7, 2, "bob", reason);
        Localized advice = language -> language.getLanguage().equals("es") ? "Añada otra palabra." : "Add another word.";

        assertThat(refusal.getMessage())
                .isEqualTo("Claim 7 of the export, revision 2 by bob: Write a rationale: why this verdict?");
        assertThat(in("es", refusal))
                .isEqualTo("Afirmación 7 de la exportación, versión 2 de bob: Escriba la fundamentación: ¿por qué esta calificación?");
        assertThat(in("es", new InvalidInputException("error.password.too-easy-try", advice)))
                .isEqualTo("Esta contraseña es demasiado común o demasiado fácil de adivinar. Añada otra palabra.");
    }

    @Test
    void a_sentence_in_place_of_a_key_is_refused_when_the_refusal_is_built() {
        assertThatThrownBy(() -> new InvalidInputException("Write a rationale: why this verdict?"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text key");
    }

    @Test
    void outside_a_ui_the_ui_helper_reads_english() {
        assertThat(Texts.message(new InvalidInputException("error.verdict.rationale-required")))
                .isEqualTo("Write a rationale: why this verdict?");
    }
}
