package com.complaints.core.privacy;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.complaints.core.duplicate.Contacts;
import com.complaints.core.persistence.PersonalDataRows;
import com.complaints.core.persistence.PersonalDataRows.StoredContact;
import com.complaints.core.tenancy.PlatformTenant;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;

/**
 * Seals, in the background, every case of a tenant that is not sealed with the tenant's current data key: after a
 * rotation, and for clear rows written before sealing existed (whose blind indexes it makes too). Batches of
 * {@code complaints.privacy.sealing-batch} rows in id order, each batch one short transaction of compare-and-set
 * updates, so users keep working meanwhile; a row a user changed in between is sealed by that change already. When
 * nothing is left on an older key, the older keys are retired (they still open what a backup may bring back). Runs on
 * every node; two nodes sealing one tenant only repeat each other's work.
 */
@Component
public class PersonalDataSealing {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataSealing.class);

    private final PersonalDataRows rows;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;
    private final DataKeys keys;
    private final TenantDirectory tenants;
    private final PlatformTenant platformTenant;
    private final TenantContext tenantContext;
    private final TransactionTemplate tx;
    private final int batchSize;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("sealing").factory());

    PersonalDataSealing(PersonalDataRows rows, PersonalDataCipher cipher, BlindIndex blindIndex, DataKeys keys,
                        TenantDirectory tenants, PlatformTenant platformTenant, TenantContext tenantContext,
                        PlatformTransactionManager transactions,
                        @Value("${complaints.privacy.sealing-batch:200}") int batchSize) {
        this.rows = rows;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
        this.keys = keys;
        this.tenants = tenants;
        this.platformTenant = platformTenant;
        this.tenantContext = tenantContext;
        this.tx = new TransactionTemplate(transactions);
        this.batchSize = batchSize;
    }

    /** At start, on the sealing thread: the node is ready meanwhile (a count per tenant can take a while). */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        worker.execute(this::checkAll);
    }

    /** Every few minutes: any tenant with rows left on an older key (or clear) gets a pass. */
    @Scheduled(fixedDelayString = "${complaints.privacy.sealing-check:PT10M}", initialDelayString = "${complaints.privacy.sealing-check:PT10M}")
    public void checkAll() {
        for (var tenant : tenants.list()) {
            if (platformTenant.is(tenant.slug())) {
                continue;
            }
            try {
                if (remaining(tenant.slug()) > 0) {
                    request(tenant.slug());
                }
            } catch (RuntimeException e) {
                // most likely a platform key other than the one that wrapped the tenant's keys: the tenant's cases
                // cannot be read on this node either; say so loudly, and let the other tenants be checked
                log.error("the personal data of tenant={} cannot be checked: {}", tenant.slug(), e.getMessage());
            }
        }
    }

    /** Asks for a pass over the tenant's cases on this node (once, however often asked while it waits). */
    public void request(String tenant) {
        if (queued.add(tenant)) {
            worker.execute(() -> {
                queued.remove(tenant);
                try {
                    seal(tenant);
                } catch (RuntimeException e) {
                    log.error("sealing failed tenant={}; the next check resumes it", tenant, e);
                }
            });
        }
    }

    /** The tenant's cases not sealed with its current data key. */
    public long remaining(String tenant) {
        return tenantContext.callAs(tenant, () -> tx.execute(s ->
                rows.countNotSealedWith(tenant, keys.currentDataKey(tenant).id())));
    }

    /** One pass over the tenant's cases; returns how many rows it wrote. */
    public long seal(String tenant) {
        long started = System.nanoTime();
        long written = 0;
        UUID after = null;
        DataKeys.Key key = tenantContext.callAs(tenant, () -> keys.currentDataKey(tenant));
        while (true) {
            UUID from = after;
            List<StoredContact> batch = tenantContext.callAs(tenant, () -> tx.execute(s -> rows.batch(tenant, from, batchSize)));
            if (batch.isEmpty()) {
                break;
            }
            written += tenantContext.callAs(tenant, () -> tx.execute(s -> sealBatch(tenant, key, batch)));
            after = batch.getLast().id();
        }
        long left = tenantContext.callAs(tenant, () -> tx.execute(s -> rows.countNotSealedWith(tenant, key.id())));
        log.info("sealing pass tenant={} key_version={} written={} left={} took_ms={}", tenant, key.version(), written, left,
                (System.nanoTime() - started) / 1_000_000);
        if (left == 0) {
            keys.retireBelow(tenant, key.version());
        } else {
            // rows written with the older key while the pass ran (a node still on it, a request begun before the
            // rotation): another pass, after a moment
            pause();
            request(tenant);
        }
        return written;
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long sealBatch(String tenant, DataKeys.Key key, List<StoredContact> batch) {
        long written = 0;
        for (StoredContact stored : batch) {
            String phone = cipher.open(stored.phone(), tenant);
            String email = cipher.open(stored.email(), tenant);
            StoredContact sealed = new StoredContact(stored.id(), reseal(key, stored.name(), tenant),
                    reseal(key, stored.phone(), tenant), reseal(key, stored.email(), tenant),
                    reseal(key, stored.address(), tenant),
                    blindIndex.of(tenant, "phone", Contacts.phone(phone)), blindIndex.of(tenant, "email", Contacts.email(email)));
            if (!sealed.equals(stored) && rows.replace(tenant, stored, sealed)) {
                written++;
            }
        }
        return written;
    }

    private String reseal(DataKeys.Key key, String stored, String tenant) {
        if (PersonalDataCipher.sealedWith(stored, key.id())) {
            return stored;
        }
        return cipher.seal(key, Objects.requireNonNull(cipher.open(stored, tenant)));
    }
}
