package com.complaints.core.call;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.intake.ComplaintRequest;
import com.complaints.core.intake.IntakeReceipt;
import com.complaints.core.intake.IntakeService;
import com.complaints.core.security.StaffPrincipal;
import com.complaints.core.shared.ConflictException;
import com.complaints.core.shared.DayRange;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.plugin.api.CallEvent;
import com.complaints.plugin.api.ChannelKeys;

/**
 * Telephone calls reported by CTI channels: one record per call, complaints taken from calls, and the share of
 * calls answered within three rings per period.
 */
@Service
@Transactional
public class Calls {

    private static final Logger log = LoggerFactory.getLogger(Calls.class);

    private final CallRepository calls;
    private final IntakeService complaints;
    private final TenantContext tenantContext;
    private final TenantDirectory tenants;
    private final Clock clock;

    Calls(CallRepository calls, IntakeService complaints, TenantContext tenantContext, TenantDirectory tenants,
          Clock clock) {
        this.calls = calls;
        this.complaints = complaints;
        this.tenantContext = tenantContext;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Folds a CTI event into its call, in the caller's transaction; a redelivered event changes nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String channelInstance, CallEvent event) {
        if (event.callId().isBlank() || event.callId().length() > 200 || event.eventId().length() > 90) {
            throw new InvalidInputException("callId", "length-range", 1, 200);
        }
        CallRecord call = calls.findByCallId(event.callId())
                .orElseGet(() -> new CallRecord(channelInstance, event.callId(), event.at()));
        if (call.apply(event)) {
            calls.saveAndFlush(call);
            log.info("call event tenant={} call={} type={}", tenantContext.require(), event.callId(), event.type());
        }
    }

    @Transactional(readOnly = true)
    public Page<CallView> list(LocalDate from, LocalDate to, Pageable page) {
        DayRange r = range(from, to);
        return calls.findByFirstEventAtGreaterThanEqualAndFirstEventAtLessThanOrderByFirstEventAtDesc(r.start(), r.end(), page)
                .map(CallRecord::view);
    }

    @Transactional(readOnly = true)
    public CallView get(UUID id) {
        return calls.findById(id).map(CallRecord::view).orElseThrow(() -> new NotFoundException("call"));
    }

    /**
     * An agent takes a complaint from a call: the case gets channel {@code phone}, the call as its channel message
     * (so the same call cannot make two cases), and the caller's number when the request has no contact.
     */
    public IntakeReceipt takeComplaint(StaffPrincipal staff, UUID callId, ComplaintRequest request) {
        CallRecord call = calls.findById(callId).orElseThrow(() -> new NotFoundException("call"));
        if (call.complaintId() != null) {
            throw new ConflictException("call-linked", "a complaint was already taken from this call");
        }
        IntakeReceipt receipt = complaints.receiveFromStaff(
                request.toChannelDraft(ChannelKeys.PHONE, "call:" + call.callId(), call.callerNumber()), staff);
        call.link(receipt.id());
        calls.saveAndFlush(call);
        return receipt;
    }

    @Transactional(readOnly = true)
    public CallMetrics metrics(LocalDate from, LocalDate to) {
        DayRange r = range(from, to);
        Object[] row = calls.answering(r.start(), r.end()).getFirst();
        long total = ((Number) row[0]).longValue();
        long within = ((Number) row[2]).longValue();
        Double avg = row[4] == null ? null : Math.round(((Number) row[4]).doubleValue() * 100) / 100.0;
        return new CallMetrics(r.from(), r.to(), total, ((Number) row[1]).longValue(), within,
                ((Number) row[3]).longValue(), total == 0 ? 0 : Math.round(within * 10000.0 / total) / 10000.0, avg,
                ((Number) row[5]).longValue());
    }

    /** Days in the tenant's time zone; defaults to the current month; at most 366 days. */
    private DayRange range(LocalDate from, LocalDate to) {
        ZoneId zone = tenants.zone(tenantContext.require());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate first = from == null ? today.withDayOfMonth(1) : from;
        LocalDate last = to == null ? (from == null ? today.withDayOfMonth(today.lengthOfMonth()) : first.plusMonths(1).minusDays(1)) : to;
        return DayRange.of(first, last, zone);
    }
}
