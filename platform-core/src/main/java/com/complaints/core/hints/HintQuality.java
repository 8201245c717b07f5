package com.complaints.core.hints;

/**
 * How well a hint served: {@code followed} = suggested and chosen, {@code overruled} = suggested but not chosen,
 * {@code missed} = chosen without a suggestion; precision = followed / (followed + overruled), recall = followed /
 * (followed + missed), {@code null} without data.
 */
public record HintQuality(String hint, long followed, long overruled, long missed, Double precision, Double recall) {
}
