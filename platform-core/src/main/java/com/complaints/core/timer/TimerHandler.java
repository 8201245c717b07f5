package com.complaints.core.timer;

/**
 * Applies the effect of fired timers of one purpose. It runs in the transaction that marked the timer fired, with
 * the timer's tenant bound: if it throws, the firing rolls back and the timer is retried.
 */
public interface TimerHandler {

    String purpose();

    void fire(FiredTimer timer);
}
