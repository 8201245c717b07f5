package com.complaints.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.PreconditionFailedException;

class ETagsUnitTest {

    @Test
    void roundTrips() {
        assertThat(ETags.expectedVersion(ETags.of(7))).isEqualTo(7L);
        assertThat(ETags.expectedVersion("5")).isEqualTo(5L);
    }

    @Test
    void aWeakTagNeverMatchesBecauseIfMatchComparesStrongly() {
        assertThatThrownBy(() -> ETags.expectedVersion("W/\"3\"")).isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void absentOrWildcardExpectsNothing() {
        assertThat(ETags.expectedVersion(null)).isNull();
        assertThat(ETags.expectedVersion("*")).isNull();
    }

    @Test
    void foreignTagsAreRejected() {
        assertThatThrownBy(() -> ETags.expectedVersion("\"abc\"")).isInstanceOf(InvalidInputException.class);
    }
}
