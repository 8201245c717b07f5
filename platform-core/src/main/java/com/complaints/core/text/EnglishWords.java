package com.complaints.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * The normalisation of a word written in letters or digits: width folding (NFKC), lower case, accents folded to
 * ASCII ("café" is "cafe"), British spellings mapped to American ones ("colour" is "color"), then the Snowball
 * English (Porter 2) stemmer, so that "returned", "returning" and "returns" are all "return" and "charges" and
 * "charged" are "charg". Numbers are kept as they are.
 */
final class EnglishWords {

    /** Words a query leaves out unless they are quoted (Lucene's English stop set). */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if",
            "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
            "these", "they", "this", "to", "was", "will", "with", "i", "my", "me", "we", "our", "you", "your", "he", "she",
            "his", "her", "its", "has", "have", "had", "been", "were", "am", "do", "did", "does", "so", "from");

    /** British spellings of complaint vocabulary and their American form (the stemmer then treats both alike). */
    private static final Map<String, String> BRITISH = Map.ofEntries(
            Map.entry("colour", "color"), Map.entry("colours", "colors"), Map.entry("favour", "favor"),
            Map.entry("behaviour", "behavior"), Map.entry("honour", "honor"), Map.entry("labour", "labor"),
            Map.entry("neighbour", "neighbor"), Map.entry("odour", "odor"), Map.entry("centre", "center"),
            Map.entry("centres", "centers"), Map.entry("metre", "meter"), Map.entry("metres", "meters"),
            Map.entry("litre", "liter"), Map.entry("litres", "liters"), Map.entry("fibre", "fiber"),
            Map.entry("theatre", "theater"), Map.entry("tyre", "tire"), Map.entry("tyres", "tires"),
            Map.entry("cheque", "check"), Map.entry("cheques", "checks"), Map.entry("aluminium", "aluminum"),
            Map.entry("programme", "program"), Map.entry("programmes", "programs"), Map.entry("catalogue", "catalog"),
            Map.entry("dialogue", "dialog"), Map.entry("defence", "defense"), Map.entry("licence", "license"),
            Map.entry("offence", "offense"), Map.entry("grey", "gray"), Map.entry("jewellery", "jewelry"),
            Map.entry("mould", "mold"), Map.entry("mouldy", "moldy"), Map.entry("plough", "plow"),
            Map.entry("pyjamas", "pajamas"), Map.entry("storey", "story"), Map.entry("enrol", "enroll"),
            Map.entry("fulfil", "fulfill"), Map.entry("instalment", "installment"), Map.entry("instalments", "installments"),
            Map.entry("cancelled", "canceled"), Map.entry("cancelling", "canceling"), Map.entry("travelled", "traveled"),
            Map.entry("labelled", "labeled"), Map.entry("modelled", "modeled"), Map.entry("refuelled", "refueled"),
            Map.entry("organise", "organize"), Map.entry("organised", "organized"), Map.entry("realise", "realize"),
            Map.entry("realised", "realized"), Map.entry("recognise", "recognize"), Map.entry("recognised", "recognized"),
            Map.entry("apologise", "apologize"), Map.entry("apologised", "apologized"), Map.entry("authorise", "authorize"),
            Map.entry("authorised", "authorized"), Map.entry("unauthorised", "unauthorized"),
            Map.entry("authorisation", "authorization"), Map.entry("customise", "customize"),
            Map.entry("minimise", "minimize"), Map.entry("prioritise", "prioritize"), Map.entry("analyse", "analyze"),
            Map.entry("analysed", "analyzed"), Map.entry("criticise", "criticize"), Map.entry("summarise", "summarize"),
            Map.entry("practise", "practice"), Map.entry("ageing", "aging"),
            Map.entry("manoeuvre", "maneuver"), Map.entry("sceptical", "skeptical"), Map.entry("kerb", "curb"));

    private EnglishWords() {
    }

    /** The index term of a word of letters and/or digits as written. */
    static String term(String word) {
        String folded = fold(word);
        if (folded.isEmpty() || !Character.isLetter(folded.charAt(0))) {
            return folded;
        }
        String american = BRITISH.getOrDefault(folded, folded);
        EnglishStemmer stemmer = new EnglishStemmer();
        stemmer.setCurrent(american);
        stemmer.stem();
        String stem = stemmer.getCurrent().replace("'", "");
        return stem.isEmpty() ? american.replace("'", "") : stem;
    }

    /** Width, case and accents folded, apostrophes unified; no stemming. */
    static String fold(String word) {
        if (word.chars().allMatch(c -> c < 128)) {
            return word.toLowerCase(Locale.ROOT);
        }
        String lower = Normalizer.normalize(word, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('’', '\'');
        char[] in = lower.toCharArray();
        char[] out = new char[in.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, length);
    }

    static boolean isStopWord(String foldedWord) {
        return STOP_WORDS.contains(foldedWord);
    }
}
