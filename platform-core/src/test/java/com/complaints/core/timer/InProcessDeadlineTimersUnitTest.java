package com.complaints.core.timer;

class InProcessDeadlineTimersUnitTest extends DeadlineTimersContract {

    @Override
    protected DeadlineTimers index() {
        return new InProcessDeadlineTimers();
    }
}
