package com.complaints.core.complaint;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.jpa.domain.Specification;

/**
 * What the complaint API needs from the SLA clocks (a port, implemented by the SLA feature): the clocks of a case,
 * and list filters over them.
 */
public interface ComplaintClocks {

    List<ClockView> of(UUID complaintId);

    /** The clocks of many cases at once, by case. */
    Map<UUID, List<ClockView>> ofAll(Collection<UUID> complaintIds);

    /**
     * Complaints with a breached clock ({@code breached}), a running clock due before {@code dueBefore}, or a
     * running clock past its warning threshold ({@code atRisk}); {@code null} criteria do not filter.
     */
    Specification<Complaint> matching(Boolean breached, Instant dueBefore, Boolean atRisk);

    /**
     * Orders complaints by the due time of their first clock not yet met (running or breached), those without one
     * last; a specification only for the list query (it leaves a count query alone).
     */
    Specification<Complaint> orderedByNextDue(boolean ascending);
}
