package com.complaints.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class DatesUnitTest {

    @Test
    void datesOutsideTheYears1900To9999AreRefusedAsInvalidInput() {
        assertThatThrownBy(() -> Dates.check("due", LocalDate.MAX)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("due: date-range");
        assertThatThrownBy(() -> Dates.check("period", YearMonth.of(-999_999_999, 1))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Dates.check("at", Instant.parse("-999999999-01-01T00:00:00Z"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Dates.check("at", Instant.parse("+10000-01-01T00:00:00Z"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DayRange.check(LocalDate.of(1800, 1, 1), LocalDate.of(1800, 1, 2)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void datesInsideTheRangePass() {
        assertThat(Dates.check("at", Instant.parse("9999-12-31T23:59:59Z"))).isNotNull();
        assertThat(Dates.check("at", LocalDate.of(1900, 1, 1))).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(Dates.check("at", (LocalDate) null)).isNull();
    }
}
