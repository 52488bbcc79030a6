package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.claimdesk.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void eight_characters_are_enough_and_seven_are_not() {
        assertThatCode(() -> PasswordPolicy.check("eight ch", "someone")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("seven c", "someone"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 8");
    }

    @Test
    void length_counts_characters_not_bytes_or_utf16_units() {
        String eightEmoji = "🔐".repeat(8);
        String hundredTwentyNineEmoji = "🔐".repeat(129);

        assertThatCode(() -> PasswordPolicy.check(eightEmoji, "someone")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check(hundredTwentyNineEmoji, "someone"))
                .hasMessageContaining("at most 128");
    }

    @Test
    void common_breached_passwords_are_refused_in_any_letter_case() {
        assertThatThrownBy(() -> PasswordPolicy.check("PassWord123", "someone")).hasMessageContaining("too common");
    }

    @Test
    void the_username_itself_is_refused_as_password() {
        assertThatThrownBy(() -> PasswordPolicy.check("margaret-h", "margaret-h")).hasMessageContaining("too common");
    }
}
