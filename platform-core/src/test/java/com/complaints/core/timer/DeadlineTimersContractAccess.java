package com.complaints.core.timer;

/** Opens the package-private contract suite to adapters in other packages. */
public abstract class DeadlineTimersContractAccess extends DeadlineTimersContract {
}
