package com.complaints.core.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.audit.AdminAuditLog;
import com.complaints.core.security.CurrentStaff;
import com.complaints.core.web.PageResponse;
import com.complaints.core.web.Paging;

/**
 * Tenant admins' view of how the tenant's personal data is protected: the data keys and how far the sealing with the
 * current one has come, a rotation, and the personal-data access log.
 */
@RestController
@RequestMapping("/api/v1/admin/personal-data")
class PersonalDataKeysController {

    private final DataKeys keys;
    private final PersonalDataSealing sealing;
    private final PersonalDataAccessLog accessLog;
    private final AdminAuditLog audit;
    private final CurrentStaff currentStaff;
    private final TransactionTemplate tx;

    PersonalDataKeysController(DataKeys keys, PersonalDataSealing sealing, PersonalDataAccessLog accessLog,
                               AdminAuditLog audit, CurrentStaff currentStaff, PlatformTransactionManager transactions) {
        this.keys = keys;
        this.sealing = sealing;
        this.accessLog = accessLog;
        this.audit = audit;
        this.currentStaff = currentStaff;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The tenant's data keys, newest first, and how many cases are not yet sealed with the newest. */
    @GetMapping("/keys")
    DataKeyStatus keys() {
        String tenant = currentStaff.get().tenant();
        keys.currentDataKey(tenant);
        return status(tenant);
    }

    /**
     * A new data key version: it seals every write from now on, and a background pass re-seals the tenant's cases
     * with it; the answer is 202 with the status, which {@code GET …/keys} follows.
     */
    @PostMapping("/keys/rotate")
    ResponseEntity<DataKeyStatus> rotate() {
        var staff = currentStaff.get();
        DataKeys.Key made = keys.rotate(staff.tenant());
        tx.executeWithoutResult(s -> audit.record(staff.userId(), "DATA_KEY_ROTATED", "data-keys",
                Map.of("version", made.version())));
        sealing.request(staff.tenant());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(status(staff.tenant()));
    }

    /** Every reveal, download, lookup, export and erasure of the tenant's personal data, newest first. */
    @GetMapping("/access-log")
    PageResponse<PersonalDataAccessLog.AccessLogEntryView> accessLog(@RequestParam(required = false) UUID complaintId,
                                                        @RequestParam(required = false) Integer page,
                                                        @RequestParam(required = false) Integer size) {
        return PageResponse.of(accessLog.list(complaintId, Paging.of(page, size, null, Set.of(), Sort.unsorted())));
    }

    private DataKeyStatus status(String tenant) {
        List<DataKeyVersion> versions = keys.dataKeys(tenant).stream()
                .map(k -> new DataKeyVersion(k.version(), k.createdAt(), k.retiredAt())).toList();
        return new DataKeyStatus(versions.isEmpty() ? 0 : versions.getFirst().version(), sealing.remaining(tenant), versions);
    }

    /** @param unsealed cases whose contact fields are not yet sealed with the current version */
    record DataKeyStatus(int currentVersion, long unsealed, List<DataKeyVersion> versions) {
    }

    record DataKeyVersion(int version, Instant createdAt, Instant retiredAt) {
    }
}
