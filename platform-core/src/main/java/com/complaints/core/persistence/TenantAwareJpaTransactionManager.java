package com.complaints.core.persistence;

import java.sql.PreparedStatement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.complaints.core.tenancy.TenantContext;

/**
 * Starts every transaction, reads included, by telling PostgreSQL which tenant it works for
 * ({@code set_config('app.tenant_id', ?, true)}, i.e. {@code SET LOCAL}). The row-level-security policies
 * compare {@code tenant_id} with that setting, so a transaction without a tenant sees no tenant-owned row.
 */
class TenantAwareJpaTransactionManager extends JpaTransactionManager {

    static final String TENANT_SETTING = "app.tenant_id";

    private final TenantContext tenantContext;
    private final boolean rowLevelSecurity;

    TenantAwareJpaTransactionManager(EntityManagerFactory emf, TenantContext tenantContext, boolean rowLevelSecurity) {
        super(emf);
        this.tenantContext = tenantContext;
        this.rowLevelSecurity = rowLevelSecurity;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        if (!rowLevelSecurity) {
            return;
        }
        EntityManagerHolder holder = (EntityManagerHolder) TransactionSynchronizationManager.getResource(obtainEntityManagerFactory());
        EntityManager em = holder.getEntityManager();
        String tenant = tenantContext.current().orElse("");
        try {
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement statement = connection.prepareStatement("select set_config('" + TENANT_SETTING + "', ?, true)")) {
                    statement.setString(1, tenant);
                    statement.execute();
                }
            });
        } catch (RuntimeException e) {
            // the connection broke before the first statement (the database restarted): the begun transaction and its
            // entity manager are bound to this thread already, and left there every later transaction on the thread
            // would get the dead connection back. Roll back, unbind, close; then fail as a transaction not begun.
            try {
                if (em.getTransaction().isActive()) {
                    em.getTransaction().rollback();
                }
            } catch (RuntimeException ignored) {
                // the connection is gone; closing below releases it
            }
            doCleanupAfterCompletion(transaction);
            throw new CannotCreateTransactionException("could not bind the tenant to the transaction", e);
        }
    }
}
