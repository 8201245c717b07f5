package com.complaints.core.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.text.SearchVocabulary;
import com.complaints.core.text.TextAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SearchMathUnitTest {

    @Test
    void poissonTailMatchesKnownValues() {
        assertThat(Poisson.upperTail(0, 3)).isEqualTo(1.0);
        assertThat(Poisson.upperTail(1, 2)).isCloseTo(1 - Math.exp(-2), within(1e-12));
        // P(X >= 10 | 4) = 0.00813...
        assertThat(Poisson.upperTail(10, 4)).isCloseTo(0.008132, within(1e-5));
        assertThat(Poisson.upperTail(30, 4)).isLessThan(1e-12);
        assertThat(Poisson.upperTail(5000, 5000)).isBetween(0.49, 0.51);
    }

    @Test
    void intervalsStartOnMondaysMonthsAndQuarters() {
        LocalDate d = LocalDate.of(2026, 11, 28);
        assertThat(Interval.WEEK.start(d)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(Interval.MONTH.start(d)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(Interval.QUARTER.start(d)).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Interval.QUARTER.next(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void periodsAreMonthsIsoWeeksOrDays() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        assertThat(CaseAnalytics.period("2026-10", today).start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(CaseAnalytics.period("2026-W45", today).start()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(CaseAnalytics.period("2026-11-03", today).interval()).isEqualTo(Interval.DAY);
        assertThat(CaseAnalytics.period(null, today).label()).isEqualTo("2026-11");
        assertThatThrownBy(() -> CaseAnalytics.period("November", today)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void frequentTermsAreSegmentedWordsAndStemsCountedOncePerText() {
        var terms = Terms.frequent(List.of("充电座不亮，充电座坏了，扫地机器人不动", "找不到充电座", "The charging dock is broken",
                        "docks lost, not charging"), Set.of("扫地机器人"), 10, 2, new TextAnalysis(SearchVocabulary.defaults()));
        assertThat(Terms.asMap(terms)).containsEntry("充电座", 2L).containsEntry("dock", 2L).containsEntry("charging", 2L)
                .doesNotContainKey("the").doesNotContainKey("电座").doesNotContainKey("机器人");
    }

    @Test
    void aCursorSurvivesTheRoundTripAndGarbageIsRefused() {
        var c = new SearchCursor(1.5, 1764300000000L, java.util.UUID.randomUUID());
        assertThat(SearchCursor.decode(c.encode())).isEqualTo(c);
        assertThatThrownBy(() -> SearchCursor.decode("%%%")).isInstanceOf(InvalidInputException.class);
    }
}
