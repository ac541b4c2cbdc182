package careercoach.guide;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * British and American spellings of one word read as one: "programme" is "program", "organisation" is
 * "organization", "behaviour" is "behavior", "analyse" is "analyze", "prioritising" is "prioritizing", "modelling" is
 * "modeling", "centre" is "center", "licence" is "license", "judgement" is "judgment", "practise" is "practice".
 * Guides and questions are written in either, often both in one organisation; the search reads both sides through
 * {@link #american} (the words a guide is indexed with, a question's words, a role's name), so neither spelling
 * counts as another word or another role.
 *
 * <p>Only spellings that are a variant and nothing else are rewritten: "-ise" is "-ize" unless the word is one of
 * those spelled "-ise" everywhere ("advise", "exercise", "expertise", "promise", "surprise", "-wise"...), and "-our"
 * is "-or" only in the words that have both spellings ("colour", not "hour" or "four"). A word missed here is read
 * the same in guides and questions all the same, so a miss only leaves two spellings apart, as before.
 */
public final class EnglishSpellings {
    /** Words that differ by "-our" against "-or", as the start of any word ("behavioural", "favourite"). */
    private static final List<String> OUR = List.of("behaviour", "colour", "favour", "flavour", "honour", "humour",
            "labour", "neighbour", "rumour", "harbour", "vapour", "vigour", "rigour", "endeavour", "savour",
            "armour", "odour", "tumour", "valour", "candour", "clamour", "parlour", "splendour", "saviour");
    /** Whole words, with a plural or past "s"/"d" after them, spelled otherwise in American English. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("programme", "program"), Map.entry("programmes", "programs"),
            Map.entry("centre", "center"), Map.entry("centres", "centers"), Map.entry("centred", "centered"),
            Map.entry("theatre", "theater"), Map.entry("theatres", "theaters"), Map.entry("fibre", "fiber"),
            Map.entry("litre", "liter"), Map.entry("litres", "liters"), Map.entry("metre", "meter"),
            Map.entry("metres", "meters"), Map.entry("calibre", "caliber"), Map.entry("sombre", "somber"),
            Map.entry("licence", "license"), Map.entry("licences", "licenses"), Map.entry("defence", "defense"),
            Map.entry("defences", "defenses"), Map.entry("offence", "offense"), Map.entry("offences", "offenses"),
            Map.entry("pretence", "pretense"), Map.entry("judgement", "judgment"),
            Map.entry("judgements", "judgments"), Map.entry("acknowledgement", "acknowledgment"),
            Map.entry("acknowledgements", "acknowledgments"), Map.entry("enrolment", "enrollment"),
            Map.entry("enrolments", "enrollments"), Map.entry("fulfil", "fulfill"), Map.entry("fulfils", "fulfills"),
            Map.entry("fulfilment", "fulfillment"), Map.entry("instalment", "installment"),
            Map.entry("instalments", "installments"), Map.entry("skilful", "skillful"),
            Map.entry("skilfully", "skillfully"), Map.entry("wilful", "willful"), Map.entry("ageing", "aging"),
            Map.entry("grey", "gray"), Map.entry("catalogue", "catalog"), Map.entry("catalogues", "catalogs"),
            Map.entry("analogue", "analog"), Map.entry("dialogue", "dialog"), Map.entry("dialogues", "dialogs"),
            Map.entry("practise", "practice"), Map.entry("practised", "practiced"),
            Map.entry("practises", "practices"), Map.entry("practising", "practicing"),
            Map.entry("sceptic", "skeptic"), Map.entry("sceptical", "skeptical"),
            Map.entry("scepticism", "skepticism"), Map.entry("aluminium", "aluminum"));
    /** Verbs whose final "l" British English doubles before "-ed", "-ing", "-er" ("modelling", "travelled"). */
    private static final List<String> DOUBLED_L = List.of("model", "travel", "label", "cancel", "level", "signal",
            "counsel", "fuel", "channel", "tunnel", "marshal", "total", "dial", "equal", "panel", "quarrel", "rival",
            "shovel", "unravel", "initial", "pedal", "funnel", "marvel", "jewel", "libel", "enamel");
    private static final List<String> DOUBLED_L_ENDINGS = List.of("led", "ling", "ler", "lers");
    /** Endings spelled "-is-" in British English and "-iz-" in American, longest first. */
    private static final List<String> ISE = List.of("isationally", "isational", "isations", "isation", "isable",
            "isers", "ising", "ises", "ised", "iser", "ise");
    /**
     * What comes before "-ise" in words spelled so everywhere ("advise", "exercise", "expertise", "promise"), so
     * never "-ize"; shorter starts (under three letters: "rise", "raise", "noise") and "-wise" are never rewritten.
     */
    private static final Set<String> ISE_EVERYWHERE = Set.of("adv", "advert", "appr", "appra", "upr", "upra",
            "sunr", "moonr", "enterpr", "surpr", "compr", "repr", "cer", "chast", "circumc", "conc", "prec", "imprec",
            "exc", "inc", "exerc", "comprom", "prom", "prem", "dem", "desp", "dev", "disgu", "expert", "franch",
            "improv", "merchand", "parad", "porpo", "torto", "turquo", "superv", "surm", "telev", "treat", "rev",
            "val", "chem", "mort", "bra", "pra", "cru", "bru", "rem");
    /** Endings of "analyse", "paralyse", "catalyse" ("-lyse"), American "-lyze". */
    private static final List<String> LYSE = List.of("lysers", "lysing", "lyser", "lysed", "lyses", "lyse");

    private EnglishSpellings() {
    }

    /**
     * The American spelling of a lower-case word, or the word itself when it has no other spelling (or is
     * American already).
     */
    public static String american(String word) {
        if (word == null || word.length() < 4) {
            return word;
        }
        String whole = WORDS.get(word);
        if (whole != null) {
            return whole;
        }
        for (String british : OUR) {
            if (word.startsWith(british) || word.startsWith("mis" + british) || word.startsWith("un" + british)
                    || word.startsWith("dis" + british)) {
                int at = word.indexOf(british);
                return word.substring(0, at) + british.substring(0, british.length() - 2) + "r"
                        + word.substring(at + british.length());
            }
        }
        for (String verb : DOUBLED_L) {
            for (String ending : DOUBLED_L_ENDINGS) {
                if (word.endsWith(verb + ending)) {
                    return word.substring(0, word.length() - ending.length()) + ending.substring(1);
                }
            }
        }
        for (String ending : LYSE) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 2) {
                return word.substring(0, word.length() - ending.length()) + "lyz" + ending.substring(3);
            }
        }
        for (String ending : ISE) {
            if (word.endsWith(ending)) {
                String start = word.substring(0, word.length() - ending.length());
                if (start.length() < 3 || start.endsWith("w") || ISE_EVERYWHERE.contains(start)) {
                    return word;
                }
                return start + "iz" + ending.substring(2);
            }
        }
        return word;
    }
}
