package com.complaints.core.text;

/**
 * One word of an analysed text: its index term and where it stands in the original text.
 *
 * @param term    the normalised word (lower-cased, folded, stemmed for English; a segmented word for Chinese)
 * @param start   the offset of its first character in the original text
 * @param end     the offset after its last character
 * @param joined  whether it was written joined to the previous token, as in "XK-20931" or "wi-fi" (its parts are
 *                matched as a phrase when searched for)
 * @param chinese whether it comes from a run of Chinese (CJK) characters
 */
public record Token(String term, int start, int end, boolean joined, boolean chinese) {
}
