package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;

import org.claimdesk.base.ClaimDeskProperties;
import org.claimdesk.base.InvalidInputException;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    PasswordPolicy policy = new PasswordPolicy("configured-demo-secret");

    @Test
    void eight_characters_are_enough_and_seven_are_not() {
        assertThatCode(() -> policy.check("q7#vLm2x", "someone", null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check("q7#vLm2", "someone", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 8");
    }

    @Test
    void length_counts_characters_not_bytes_or_utf16_units() {
        String eightEmoji = "🔐🍀🐙🎲🚲🌵🧲🪁";
        String hundredTwentyNineEmoji = "🔐".repeat(129);

        assertThatCode(() -> policy.check(eightEmoji, "someone", null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check(hundredTwentyNineEmoji, "someone", null))
                .hasMessageContaining("at most 128");
    }

    @Test
    void common_breached_passwords_are_refused_in_any_letter_case_with_the_reason() {
        assertThatThrownBy(() -> policy.check("PassWord123", "someone", null))
                .hasMessageContaining("too common").hasMessageContaining("similar to a commonly used password");
        assertThatThrownBy(() -> policy.check("Summer2026!", "someone", null)).hasMessageContaining("too common");
    }

    @Test
    void a_spanish_or_portuguese_reader_gets_the_reason_in_their_language_in_zxcvbns_own_words() {
        InvalidInputException refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> policy.check("PassWord123", "someone", null));
        var texts = new org.claimdesk.base.ui.Translations();

        assertThat(refused.message(Locale.of("es"), (key, args) -> texts.getTranslation(key, Locale.of("es"), args)))
                .startsWith("Esta contraseña es demasiado común o demasiado fácil de adivinar: ")
                .contains("Esto es similar a una contraseña comúnmente utilizada.");
        assertThat(refused.message(Locale.of("pt"), (key, args) -> texts.getTranslation(key, Locale.of("pt"), args)))
                .contains("Isso é semelhante a uma senha comumente usada.");
        assertThat(refused.getMessage()).contains("This is similar to a commonly used password.");
    }

    @Test
    void repeated_characters_are_refused_with_the_reason() {
        assertThatThrownBy(() -> policy.check("aaaaaaaa", "someone", null))
                .hasMessageContaining("too easy to guess").hasMessageContaining("easy to guess");
    }

    @Test
    void the_shipped_and_the_configured_demo_passwords_are_refused_as_new_passwords() {
        assertThatThrownBy(() -> policy.check("fact-check-demo", "someone", null))
                .hasMessageContaining("published demo password");
        assertThatThrownBy(() -> policy.check("Configured-Demo-Secret", "someone", null))
                .hasMessageContaining("published demo password");
    }

    @Test
    void the_shipped_demo_password_is_the_default_of_the_demo_password_setting() {
        var components = ClaimDeskProperties.class.getRecordComponents();
        var constructor = ClaimDeskProperties.class.getDeclaredConstructors()[0];
        int index = Arrays.asList(components).indexOf(Arrays.stream(components)
                .filter(c -> c.getName().equals("demoPassword")).findFirst().orElseThrow());
        String shipped = constructor.getParameters()[index].getAnnotation(DefaultValue.class).value()[0];

        assertThat(shipped).isEqualTo(PasswordPolicy.SHIPPED_DEMO_PASSWORD);
    }

    @Test
    void the_username_and_display_name_count_as_known_words() {
        assertThatThrownBy(() -> policy.check("margaret-h", "margaret-h", null)).hasMessageContaining("too common");
        assertThatThrownBy(() -> policy.check("Okonkwo2024", "chidi", "Chidi Okonkwo"))
                .hasMessageContaining("too common");
        assertThatCode(() -> policy.check("Okonkwo2024", "someone", null))
                .as("the same password for someone else is not tied to a known word")
                .doesNotThrowAnyException();
    }

    @Test
    void long_passphrases_of_ordinary_words_are_accepted() {
        assertThatCode(() -> policy.check("correct horse battery", "someone", null)).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("Ελληνικά 日本語 пароль 🔐", "someone", null)).doesNotThrowAnyException();
    }
}
