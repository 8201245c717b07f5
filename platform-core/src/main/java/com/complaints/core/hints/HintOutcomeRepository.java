package com.complaints.core.hints;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HintOutcomeRepository extends JpaRepository<HintOutcome, UUID> {

    /** Per hint: how often it was suggested and chosen, suggested only, chosen only. */
    @Query("select o.hint, o.suggested, o.chosen, count(o) from HintOutcome o group by o.hint, o.suggested, o.chosen")
    List<Object[]> tally();
}
