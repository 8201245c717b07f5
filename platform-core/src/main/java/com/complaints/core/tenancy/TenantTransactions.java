package com.complaints.core.tenancy;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work for one tenant in a transaction of its own: what listeners that react after commit use. The tenant is bound
 * before the transaction starts (row-level security reads it then), whether or not the thread had it already — an
 * event resubmitted by the publication registry arrives on a thread without one.
 */
@Component
public class TenantTransactions {

    private final TenantContext tenantContext;
    private final TransactionTemplate requiresNew;

    TenantTransactions(TenantContext tenantContext, PlatformTransactionManager transactions) {
        this.tenantContext = tenantContext;
        this.requiresNew = new TransactionTemplate(transactions);
        this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void inNewTransaction(String tenant, Runnable work) {
        tenantContext.runAs(tenant, () -> requiresNew.executeWithoutResult(status -> work.run()));
    }
}
