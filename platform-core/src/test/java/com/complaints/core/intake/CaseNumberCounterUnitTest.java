package com.complaints.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CaseNumberCounterUnitTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void blocksFollowEachOtherWithinADayAndStartAgainOnTheNext() {
        CaseNumberCounter counter = new CaseNumberCounter(LocalDate.EPOCH);
        assertThat(counter.take(DAY, 20)).isEqualTo(new CaseNumberCounter.Block(DAY, 1, 20));
        assertThat(counter.take(DAY, 20)).isEqualTo(new CaseNumberCounter.Block(DAY, 21, 40));
        assertThat(counter.take(DAY.plusDays(1), 5)).isEqualTo(new CaseNumberCounter.Block(DAY.plusDays(1), 1, 5));
    }

    @Test
    void aClockThatWentBackKeepsCountingOnTheLaterDay() {
        CaseNumberCounter counter = new CaseNumberCounter(LocalDate.EPOCH);
        counter.take(DAY, 10);
        assertThat(counter.take(DAY.minusDays(1), 10)).isEqualTo(new CaseNumberCounter.Block(DAY, 11, 20));
    }
}
