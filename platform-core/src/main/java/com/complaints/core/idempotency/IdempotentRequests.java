package com.complaints.core.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.web.IdempotencyKeyReusedException;

/**
 * Runs a state-changing request at most once per Idempotency-Key and tenant. The key is claimed by inserting its
 * record in the same transaction as the change: a concurrent twin waits on the unique index, fails when the first
 * commits, and then answers with the first response. An error rolls the claim back, so the request can be retried
 * with the same key. The same key with a different request (method, path or body) answers 422.
 */
@Service
public class IdempotentRequests {

    private static final int MAX_KEY_LENGTH = 200;

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
    public ResponseEntity<?> execute(String key, RequestFingerprint request, Supplier<ResponseEntity<?>> action) {
        if (key == null) {
            return transactions.execute(tx -> action.get());
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidInputException("Idempotency-Key", "length-range", 1, MAX_KEY_LENGTH);
        }
        String hash = hash(request);
        Optional<ResponseEntity<?>> earlier = replay(key, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return transactions.execute(tx -> {
                IdempotencyRecord record = records.saveAndFlush(new IdempotencyRecord(key, hash, clock.instant()));
                ResponseEntity<?> response = action.get();
                record.complete(response.getStatusCode().value(), storable(response.getBody()),
                        response.getHeaders().getETag(),
                        response.getHeaders().getLocation() == null ? null : response.getHeaders().getLocation().toString());
                records.saveAndFlush(record);
                return response;
            });
        } catch (DataIntegrityViolationException lostRace) {
            return replay(key, hash).orElseThrow(() -> lostRace);
        }
    }

    private String storable(Object body) {
        if (body == null) {
            return null;
        }
        return json.writeValueAsString(body instanceof ReplayableBody secret ? secret.withoutSecrets() : body);
    }

    private Optional<ResponseEntity<?>> replay(String key, String hash) {
        return transactions.execute(tx -> records.findByKey(key).map(record -> {
            if (!record.requestHash().equals(hash)) {
                throw new IdempotencyKeyReusedException();
            }
            ResponseEntity.BodyBuilder builder = ResponseEntity.status(record.statusCode())
                    .header("Idempotent-Replayed", "true");
            if (record.etag() != null) {
                builder.header(HttpHeaders.ETAG, record.etag());
            }
            if (record.location() != null) {
                builder.header(HttpHeaders.LOCATION, record.location());
            }
            return record.responseBody() == null ? builder.build()
                    : builder.contentType(MediaType.APPLICATION_JSON).body(record.responseBody());
        }));
    }

    private String hash(RequestFingerprint request) {
        String canonical = request.method() + " " + request.path() + "\n" + json.writeValueAsString(request.body());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What makes two requests the same request. */
    public record RequestFingerprint(String method, String path, Object body) {
    }
}
