package com.complaints.core.retention;

import java.util.List;

/** An erasure refused because legal holds keep some of the consumer's cases. */
class LegalHoldRefusal extends RuntimeException {

    private final List<ConsumerRequests.HeldCase> held;

    LegalHoldRefusal(List<ConsumerRequests.HeldCase> held) {
        super(held.size() + " of the consumer's cases are under a legal hold");
        this.held = List.copyOf(held);
    }

    List<ConsumerRequests.HeldCase> held() {
        return held;
    }
}
