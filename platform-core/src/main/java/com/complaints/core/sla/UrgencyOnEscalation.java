package com.complaints.core.sla;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.complaints.core.complaint.SystemActions;
import com.complaints.core.tenancy.TenantTransactions;

/**
 * Raises a case's urgency after its second-level escalation committed, when the tenant's policy says so (the event
 * waits in the publication registry until done).
 */
@Component
class UrgencyOnEscalation {

    private final SystemActions complaints;
    private final TenantTransactions transactions;

    UrgencyOnEscalation(SystemActions complaints, TenantTransactions transactions) {
        this.complaints = complaints;
        this.transactions = transactions;
    }

    @TransactionalEventListener(condition = "#event.raiseUrgency()")
    void on(SlaClockEvent event) {
        transactions.inNewTransaction(event.tenant(), () -> complaints.raiseUrgency(event.complaintId(),
                "SLA " + event.metric() + " breached and escalated"));
    }
}
