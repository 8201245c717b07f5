package com.complaints.core.complaint;

/** Why a case waits; while it waits its resolution clock is paused. */
enum WaitingKind {
    WAITING_ON_CONSUMER,
    WAITING_ON_INSPECTION
}
