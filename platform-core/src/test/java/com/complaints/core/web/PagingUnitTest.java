package com.complaints.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

import com.complaints.core.shared.InvalidInputException;

class PagingUnitTest {

    private static final Set<String> SORTABLE = Set.of("receivedAt");

    @Test
    void defaultsAndSort() {
        var page = Paging.of(null, null, null, SORTABLE, Sort.by("receivedAt"));
        assertThat(page.getPageNumber()).isZero();
        assertThat(page.getPageSize()).isEqualTo(20);
        var sorted = Paging.of(2, 50, "receivedAt,desc", SORTABLE, Sort.unsorted());
        assertThat(sorted.getSort().getOrderFor("receivedAt").getDirection()).isEqualTo(Sort.Direction.DESC);
    }

    @Test
    void refusesUnknownSortAndBadSizes() {
        assertThatThrownBy(() -> Paging.of(0, 20, "consumerPhone", SORTABLE, Sort.unsorted()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Paging.of(-1, 500, null, SORTABLE, Sort.unsorted()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).hasSize(2));
    }
}
