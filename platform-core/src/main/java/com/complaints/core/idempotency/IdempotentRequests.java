package com.complaints.core.idempotency;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.core.security.StaffAuthentication;
import com.complaints.core.shared.Hashes;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.web.IdempotencyKeyReusedException;

/**
 * Runs a state-changing request at most once per Idempotency-Key, tenant and caller. One transaction looks for an
 * earlier answer, runs the change and inserts the answer's record (written once, complete): a concurrent twin blocks
 * on the unique index at its insert, fails when the first commits, is rolled back whole and then answers with the
 * first response. An error rolls everything back, so the request can be retried with the same key. The same
 * caller's key with a different request (method, path or body) answers 422.
 * <p>
 * A key belongs to the caller who first sent it (the staff member of the token, or the anonymous public): another
 * caller's same key is simply a new request, so a replay never hands one person's answer to another, and the
 * existence of someone else's key is not revealed. A replay also passes the request's access check again (the
 * {@code replayGuard}), so a caller who lost access to the target since gets the answer a new request would get.
 */
@Service
public class IdempotentRequests {

    private static final int MAX_KEY_LENGTH = 200;
    private static final int DEADLOCK_ATTEMPTS = 3;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IdempotentRequests.class);

    private final IdempotencyRecordRepository records;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    IdempotentRequests(IdempotencyRecordRepository records, TransactionTemplate transactions, JsonMapper json, Clock clock) {
        this.records = records;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param key     the Idempotency-Key header, or {@code null}: then the action simply runs in a transaction
     * @param request what identifies the request: method, path and the parsed body
     * @param action  the change; runs inside the transaction that claims the key
     */
    public <T> ResponseEntity<T> execute(String key, RequestFingerprint request, Supplier<ResponseEntity<T>> action) {
        return execute(key, request, () -> { }, action);
    }

    /**
     * @param replayGuard the access check of the request's target, run before an earlier answer is replayed; it
     *                    throws (e.g. not found) when the caller may no longer act on the target
     * @param <T>         the answer's body; a replay answers the stored JSON of the first answer's body, so the API
     *                    document may declare {@code T} for both
     */
    public <T> ResponseEntity<T> execute(String key, RequestFingerprint request, Runnable replayGuard,
                                         Supplier<ResponseEntity<T>> action) {
        if (key == null) {
            return retryingDeadlocks(() -> transactions.execute(tx -> action.get()));
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidInputException("Idempotency-Key", "length-range", 1, MAX_KEY_LENGTH);
        }
        String hash = hash(request);
        String caller = caller();
        try {
            return retryingDeadlocks(() -> transactions.execute(tx -> {
                Optional<ResponseEntity<T>> earlier = replay(caller, key, hash, replayGuard);
                if (earlier.isPresent()) {
                    return earlier.get();
                }
                ResponseEntity<T> response = action.get();
                IdempotencyRecord record = new IdempotencyRecord(caller, key, hash, clock.instant());
                record.complete(response.getStatusCode().value(), storable(response.getBody()),
                        response.getHeaders().getETag(),
                        response.getHeaders().getLocation() == null ? null : response.getHeaders().getLocation().toString());
                records.saveAndFlush(record);
                return response;
            }));
        } catch (DataIntegrityViolationException lostRace) {
            return transactions.execute(tx -> this.<T>replay(caller, key, hash, replayGuard)).orElseThrow(() -> lostRace);
        }
    }

    /**
     * Runs the transaction again when PostgreSQL chose it as a deadlock's victim (it was rolled back whole, so nothing
     * of it remains). {@code CaseLocks} gives cases and their timers one lock order, so this is the second line of
     * defence, for lock conflicts that order does not cover. At most {@value #DEADLOCK_ATTEMPTS} attempts, with a
     * short random pause between them.
     */
    private static <T> ResponseEntity<T> retryingDeadlocks(Supplier<ResponseEntity<T>> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (PessimisticLockingFailureException deadlock) {
                if (attempt >= DEADLOCK_ATTEMPTS) {
                    throw deadlock;
                }
                log.warn("transaction lost a lock conflict, running it again attempt={} ({})", attempt + 1,
                        deadlock.getClass().getSimpleName());
                try {
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 50));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw deadlock;
                }
            }
        }
    }

    private String storable(Object body) {
        if (body == null) {
            return null;
        }
        return json.writeValueAsString(body instanceof ReplayableBody secret ? secret.withoutSecrets() : body);
    }

    /** Whose key it is: the staff member of the token, or the anonymous public of the public pages. */
    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof StaffAuthentication staff) {
            return "staff:" + staff.staff().userId();
        }
        return "anonymous";
    }

    /** The earlier answer to this caller's key, if any; in the caller's transaction. */
    private <T> Optional<ResponseEntity<T>> replay(String caller, String key, String hash, Runnable replayGuard) {
        return records.findByCallerAndKey(caller, key).map(record -> {
            if (!record.requestHash().equals(hash)) {
                throw new IdempotencyKeyReusedException();
            }
            replayGuard.run();
            ResponseEntity.BodyBuilder builder = ResponseEntity.status(record.statusCode())
                    .header("Idempotent-Replayed", "true");
            if (record.etag() != null) {
                builder.header(HttpHeaders.ETAG, record.etag());
            }
            if (record.location() != null) {
                builder.header(HttpHeaders.LOCATION, record.location());
            }
            return record.responseBody() == null ? builder.<T>build() : storedJson(builder, record.responseBody());
        });
    }

    /** The stored JSON of an earlier answer's body, sent as it is: the same document as that body of type {@code T}. */
    @SuppressWarnings("unchecked")
    private static <T> ResponseEntity<T> storedJson(ResponseEntity.BodyBuilder builder, String json) {
        return (ResponseEntity<T>) builder.contentType(MediaType.APPLICATION_JSON).body(json);
    }

    private String hash(RequestFingerprint request) {
        return Hashes.sha256Hex(request.method() + " " + request.path() + "\n" + json.writeValueAsString(request.body()));
    }

    /** What makes two requests the same request. */
    public record RequestFingerprint(String method, String path, Object body) {
    }
}
