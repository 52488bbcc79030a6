package org.claimdesk.base;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * A refusal a person can act on, said as a key of the text bundles ({@code messages*.properties}) and its arguments,
 * so each reader gets it in their own language. {@link #getMessage()} is the English text (the base bundle): logs,
 * tests and the REST API's problem {@code detail} read exactly that. An argument is inserted as it is (user data:
 * a URL, a name, a number), unless it is a {@link Label} (a UI word such as a verdict, translated too), a
 * {@link Localized} (a library's own translated text) or another refusal (a reason nested in this one).
 */
public abstract class Refusal extends RuntimeException {

    /** A text key such as {@code error.verdict.rationale-required}: lower case, dotted; never a sentence. */
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

    private final String key;
    private final transient Object[] args;

    protected Refusal(String key, Object... args) {
        super(key);
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A refusal names a text key of messages.properties, not '" + key + "'");
        }
        this.key = key;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** The text key in {@code messages*.properties}. */
    public String key() {
        return key;
    }

    /** The arguments for the key's placeholders {0}, {1}..., unresolved. */
    public Object[] args() {
        return args.clone();
    }

    /** In English, from the base bundle. */
    @Override
    public String getMessage() {
        return message(Locale.ENGLISH, EnglishTexts::get);
    }

    /**
     * In {@code language}, through {@code texts}: the bundle lookup of that language, taking a key and its (already
     * resolved) arguments.
     */
    public String message(Locale language, BiFunction<String, Object[], String> texts) {
        return texts.apply(key, resolved(args, language, texts));
    }

    private static Object[] resolved(Object[] args, Locale language, BiFunction<String, Object[], String> texts) {
        return Arrays.stream(args).map(arg -> switch (arg) {
            case Label label -> texts.apply(label.key(), resolved(label.args(), language, texts));
            case Localized localized -> localized.in(language);
            case Refusal nested -> nested.message(language, texts);
            case null, default -> arg;
        }).toArray();
    }
}
