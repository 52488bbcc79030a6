# Generic profile: rules for a language without a profile of its own, and the base of every profile.
#
# Format: a section starts with [name]; its entries follow, separated by commas or line ends; '#' starts a
# comment. A profile that starts with "[extends] generic" adds its entries to these. Word sections are
# compared in lower case; phrase sections (speech verbs, according-to) are matched as written.
#
# The generic rules know no words: a full stop ends a sentence only before blank space and a capital, a
# digit or a quote; never before a lower-case word, never after an initial or an initialism ("U.S."), never
# inside a number ("3.5") or a URL (no blank space inside either).

[lower-case-after-word] no

# Titles written the same way in many languages: never a sentence end.
[titles]
mr, mrs, ms, dr
[ordinal-dot] no

# Name particles inside a capitalised name ("Ursula von der Leyen", "Luiz Inácio Lula da Silva").
[name-particles]
of, for, de, van, von, der, den, bin, ibn, al, da, das, do, dos, del, della, di, du, des, la, le, y, e, ter, zu

# Quote pairs: opening then closing character (used to carry a speaker across a quotation).
[quotes]
“”, «», „“, ‚‘, ‹›, 「」, 『』

# Wherever they are written, these end sentences (Devanagari, Arabic, Urdu, CJK, Greek question mark).
# (Built into the splitter: । ॥ ؟ ۔ 。 ！ ？ ‼ ;)

# Organisation words shared by many languages (a pronoun never refers to a name that contains one).
[organisation-words]
reuters, afp, ap, dpa, efe, ansa, bbc, cnn, nato, otan, un, onu, eu, ue, fbi, cia, inc, corp, ltd, gmbh,
ag, sa, spa
