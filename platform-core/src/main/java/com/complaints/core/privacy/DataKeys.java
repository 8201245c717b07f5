package com.complaints.core.privacy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.complaints.core.persistence.TenantKeyRows;
import com.complaints.core.persistence.TenantKeyRows.StoredKey;
import com.complaints.core.plugin.SecretBox;
import com.complaints.core.shared.ShortLivedCache;

/**
 * The tenants' keys: per tenant, versioned DATA keys (the newest seals, every version opens) and one INDEX key for
 * the blind indexes, each 256 random bits stored wrapped by the platform key ({@link SecretBox}). A key is made the
 * first time a tenant needs it, in a transaction of its own, so that a rolled-back intake never leaves rows sealed
 * with a key that was not kept. Keys never change once written: this node keeps them by id for good, and the
 * tenant's current data key for a short while (a rotation on another node shows within that time).
 */
@Component
public class DataKeys {

    private static final Logger log = LoggerFactory.getLogger(DataKeys.class);
    static final String DATA = "DATA";
    static final String INDEX = "INDEX";

    /** One unwrapped key. */
    public record Key(long id, String tenant, String purpose, int version, SecretKeySpec secret) {

        @Override
        public String toString() {
            return "Key[" + id + ", " + tenant + ", " + purpose + " v" + version + "]";
        }
    }

    private final TenantKeyRows rows;
    private final SecretBox platformKey;
    /** Looked up when first needed: the converter that needs these keys is made with the entity manager itself. */
    private final ObjectProvider<PlatformTransactionManager> transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, Key> byId = new ConcurrentHashMap<>();
    private final ShortLivedCache<String, Key> current = new ShortLivedCache<>(Duration.ofSeconds(10));
    private final Map<String, Key> indexKeys = new ConcurrentHashMap<>();

    DataKeys(TenantKeyRows rows, SecretBox platformKey, ObjectProvider<PlatformTransactionManager> transactions, Clock clock) {
        this.rows = rows;
        this.platformKey = platformKey;
        this.transactions = transactions;
        this.clock = clock;
    }

    private TransactionTemplate ownTransaction() {
        TransactionTemplate own = new TransactionTemplate(transactions.getObject());
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return own;
    }

    /** The key a ciphertext names, or null if there is none. */
    public Key byId(long id) {
        Key known = byId.get(id);
        if (known != null) {
            return known;
        }
        return rows.byId(id).map(this::unwrap).orElse(null);
    }

    /** The tenant's newest data key, made if the tenant has none yet. */
    public Key currentDataKey(String tenant) {
        return current.get(tenant, t -> newest(t, DATA));
    }

    /** The tenant's blind-index key, made if the tenant has none yet. */
    public Key indexKey(String tenant) {
        return indexKeys.computeIfAbsent(tenant, t -> newest(t, INDEX));
    }

    /** Every data key of the tenant, newest first (for the admin's key status). */
    public List<StoredKey> dataKeys(String tenant) {
        return rows.of(tenant, DATA);
    }

    /** A new data key version for the tenant, which seals from now on; returns it. */
    public Key rotate(String tenant) {
        int next = rows.of(tenant, DATA).stream().mapToInt(StoredKey::version).max().orElse(0) + 1;
        Key made = make(tenant, DATA, next);
        current.invalidate(tenant);
        log.info("data key rotated tenant={} version={} key={}", tenant, next, made.id());
        return made;
    }

    /** Marks the tenant's data keys older than {@code version} retired. */
    public void retireBelow(String tenant, int version) {
        ownTransaction().executeWithoutResult(s -> rows.retireBelow(tenant, version, clock.instant()));
    }

    private Key newest(String tenant, String purpose) {
        List<StoredKey> stored = rows.of(tenant, purpose);
        if (!stored.isEmpty()) {
            return unwrap(stored.getFirst());
        }
        try {
            return make(tenant, purpose, 1);
        } catch (DataIntegrityViolationException raced) {
            // another node made the tenant's first key at the same moment: use that one
            return unwrap(rows.of(tenant, purpose).getFirst());
        }
    }

    private Key make(String tenant, String purpose, int version) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        long id = random.nextLong(1, Long.MAX_VALUE);
        StoredKey stored = new StoredKey(id, tenant, purpose, version,
                platformKey.encrypt(Base64.getEncoder().encodeToString(secret)), clock.instant(), null);
        ownTransaction().executeWithoutResult(s -> rows.insert(stored));
        return unwrap(stored);
    }

    private Key unwrap(StoredKey stored) {
        return byId.computeIfAbsent(stored.id(), id -> new Key(id, stored.tenant(), stored.purpose(), stored.version(),
                new SecretKeySpec(Base64.getDecoder().decode(platformKey.decrypt(stored.wrapped())), "AES")));
    }
}
