package org.claimdesk.claim;

import java.util.Set;

/**
 * The word lists the splitter consults. Kept apart so the rules read as data, and so a newsroom with its
 * own style can see at a glance what counts as an abbreviation.
 */
final class SentenceRules {

    private SentenceRules() {
    }

    /** Abbreviations that always precede a name: a period after them never ends a sentence. */
    static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "messrs", "mmes", "dr", "drs", "prof", "gen", "sen", "sens", "gov", "govs", "rep",
            "reps", "rev", "lt", "col", "capt", "cpt", "sgt", "maj", "adm", "cmdr", "cdr", "brig", "cpl", "pvt",
            "lieut", "hon", "pres", "atty", "supt", "det", "insp", "amb", "msgr", "fr", "gens");

    /** Abbreviations after which a period ends the sentence only if a typical sentence opener follows. */
    static final Set<String> SOFT_ABBREVIATIONS = Set.of(
            "inc", "corp", "co", "ltd", "llc", "plc", "bros", "etc", "al", "dept", "univ", "assn", "ave", "blvd",
            "rd", "hwy", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "est", "approx",
            "mln", "bln", "min", "max", "ca", "jr", "sr", "st", "mt", "ft");

    /** Never end a sentence, whatever follows. */
    static final Set<String> NEVER_END = Set.of("e.g", "i.e", "vs", "v", "cf", "viz", "ibid", "eg", "ie");

    /** Before a number, these are not sentence ends ("No. 5", "Vol. 2", "pp. 4-9"). */
    static final Set<String> BEFORE_NUMBERS = Set.of(
            "no", "nos", "vol", "vols", "p", "pp", "art", "fig", "figs", "ch", "sec", "para", "approx", "ca", "op",
            "ed", "nr", "tel", "ext", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "st", "rt", "hwy", "rte", "gen", "ver", "v");

    /**
     * Initialisms that name a place or a time of day and so can end a sentence ("moved to the U.S.").
     * After them a capitalised word continues the name only if it is in {@link #NAME_CONTINUATIONS} or is
     * followed by another capitalised word ("U.S. Senate", "D.C. Mayor Muriel Bowser").
     */
    static final Set<String> PLACE_INITIALISMS = Set.of(
            "u.s", "u.k", "e.u", "u.n", "d.c", "u.s.a", "n.y", "l.a", "u.a.e", "s.f", "n.j", "p.r", "a.m", "p.m");

    /** Capitalised words that follow a place initialism or a time of day as part of the same phrase. */
    static final Set<String> NAME_CONTINUATIONS = Set.of(
            "President", "Vice", "Mayor", "Senator", "Representative", "Secretary", "Ambassador", "Embassy",
            "Senate", "House", "Congress", "Commission", "Commissioner", "Council", "Parliament", "Army", "Navy",
            "Air", "Marine", "Marines", "Coast", "Forces", "Supreme", "Court", "Department", "Government",
            "Treasury", "Capitol", "Attorney", "Justice", "Olympic", "Census", "Bureau", "Open", "Prime",
            "Minister", "Chancellor", "Foreign", "Defense", "Defence", "State", "Federal", "Central", "Trade",
            "Chamber", "Postal", "Border", "Customs", "Agency", "Ministry", "Office", "Steel", "Federation",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "CT", "MT", "PT", "GMT", "UTC", "BST",
            "CET", "CEST");

    /** Words a hard-wrapped line can end with but a headline or a sentence cannot. */
    static final Set<String> DANGLING = Set.of("the", "a", "an", "of", "on", "in", "at", "to", "for", "with",
            "by", "from", "and", "or", "but", "that", "as", "which", "who", "is", "was", "were", "are", "its",
            "their", "his", "her", "late", "early");

    /** Names that contain an exclamation mark. */
    static final Set<String> BANG_NAMES = Set.of("yahoo", "jeopardy", "wham", "panic", "oklahoma", "e", "hello",
            "mamma", "oh", "airplane", "wow");

    /**
     * Words that typically open a sentence. After an ambiguous abbreviation ("U.S.", "Inc.", "a.m.", an
     * initial) a capitalised word from this list starts a new sentence; any other capitalised word is taken
     * to continue a name ("U.S. President", "John F. Kennedy", "10 a.m. Tuesday").
     */
    static final Set<String> STARTERS = Set.of(
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
            "Their", "His", "Her", "Its", "Our", "My", "Your", "But", "And", "Or", "So", "Yet", "Still", "However",
            "Meanwhile", "Moreover", "Also", "In", "On", "At", "For", "From", "By", "With", "Without", "After",
            "Before", "During", "Since", "Until", "When", "While", "Where", "Why", "What", "Who", "Whom", "Which",
            "How", "If", "As", "Although", "Though", "Because", "Some", "Many", "Most", "Several", "Few", "All",
            "Both", "Each", "Every", "No", "None", "One", "Officials", "Critics", "Analysts", "Police", "Experts",
            "Authorities", "Earlier", "Later", "Now", "Then", "Today", "Yesterday", "Tomorrow", "Last", "Next",
            "According", "Such", "Other", "Another", "Despite", "Under", "Over", "Among", "Nearly", "About",
            "More", "Less", "Only", "Even", "Not", "Instead", "Here", "Shares", "Prices", "Sales", "Asked",
            "Thus", "Nevertheless", "Nonetheless", "Furthermore", "Indeed", "Overall", "Separately", "Similarly",
            "Elsewhere", "Further", "Once", "Twice", "Was", "Is", "Are", "Were", "Do", "Does", "Did", "Can",
            "Could", "Will", "Would", "Should", "Neither", "Either", "Whether", "Unlike", "Like", "Against",
            "Following", "Amid", "Throughout", "To", "Of", "Residents", "Investors", "Voters", "Lawmakers",
            "Researchers", "Scientists", "Doctors", "Prosecutors", "Witnesses");
}
