package com.complaints.core.live;

import java.util.Set;
import java.util.UUID;

/**
 * Who has a case open right now (a port): each open case page says so every few seconds; a viewer not heard of for
 * {@link #TTL_SECONDS} is gone. In-process for a single node, in Redis when the nodes share one.
 */
public interface Presence {

    long TTL_SECONDS = 45;

    /** Records that {@code userId} of {@code tenant} is viewing the case; answers everyone viewing it now. */
    Set<String> viewing(String tenant, UUID complaintId, String userId);

    /** The viewer left the case page. */
    void left(String tenant, UUID complaintId, String userId);
}
