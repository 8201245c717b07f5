package com.complaints.core.intake;

import static com.complaints.core.complaint.FieldRules.trimToNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.complaint.CaseRecorder;
import com.complaints.core.complaint.Complaint;
import com.complaints.core.complaint.ComplaintAccess;
import com.complaints.core.complaint.ComplaintEvent;
import com.complaints.core.complaint.ComplaintRepository;
import com.complaints.core.complaint.ComplaintService;
import com.complaints.core.complaint.ComplaintStatus;
import com.complaints.core.complaint.Consumer;
import com.complaints.core.complaint.ContactIndexes;
import com.complaints.core.complaint.ConsumerNotices;
import com.complaints.core.complaint.Subject;
import com.complaints.core.duplicate.Contacts;
import com.complaints.core.privacy.BlindIndex;
import com.complaints.core.security.StaffPrincipal;
import com.complaints.core.shared.Actor;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.core.timeline.FieldChange;
import com.complaints.plugin.api.ComplaintDraft;

/**
 * Receiving a complaint from any channel: the draft's checks, the case number, the access code (shown once, stored
 * hashed), the new case with its {@code Received} event and its duplicate keys (for later duplicate checks), the
 * consumer's receipt notice, and for staff intake the likely duplicates. A redelivery of a channel message that
 * already made a case returns that case.
 */
@Service
@Transactional
public class IntakeService {

    private final ComplaintRepository complaints;
    private final ComplaintService lifecycle;
    private final ComplaintDraftValidator validator;
    private final CaseNumbers caseNumbers;
    private final AccessCodes accessCodes;
    private final ComplaintAccess access;
    private final DuplicateFinder duplicates;
    private final ConsumerNotices notices;
    private final CaseRecorder recorder;
    private final TenantContext tenantContext;
    private final TenantDirectory tenants;
    private final BlindIndex blindIndex;
    private final Clock clock;

    IntakeService(ComplaintRepository complaints, ComplaintService lifecycle, ComplaintDraftValidator validator,
                  CaseNumbers caseNumbers, AccessCodes accessCodes, ComplaintAccess access, DuplicateFinder duplicates,
                  ConsumerNotices notices, CaseRecorder recorder, TenantContext tenantContext, TenantDirectory tenants,
                  BlindIndex blindIndex, Clock clock) {
        this.complaints = complaints;
        this.lifecycle = lifecycle;
        this.validator = validator;
        this.caseNumbers = caseNumbers;
        this.accessCodes = accessCodes;
        this.access = access;
        this.duplicates = duplicates;
        this.notices = notices;
        this.recorder = recorder;
        this.tenantContext = tenantContext;
        this.tenants = tenants;
        this.blindIndex = blindIndex;
        this.clock = clock;
    }

    /** Accepts a complaint from any channel (the actor is the consumer, a channel, or the staff member taking it). */
    public IntakeReceipt receive(ComplaintDraft draft, Actor actor) {
        validator.validate(draft);
        if (draft.channelMessageId() != null) {
            var existing = complaints.findByChannelAndChannelMessageId(draft.channel(), draft.channelMessageId());
            if (existing.isPresent()) {
                Complaint c = existing.get();
                return new IntakeReceipt(c.id(), c.caseNumber(), null, c.status(), c.receivedAt(), c.version(), true, List.of());
            }
        }
        String tenant = tenantContext.require();
        Instant now = clock.instant();
        String accessCode = accessCodes.generate();
        var c = draft.consumer();
        Complaint complaint = new Complaint(
                caseNumbers.next(tenant, tenants.zone(tenant)),
                new Consumer(c.name().strip(), trimToNull(c.phone()),
                        trimToNull(c.email()) == null ? null : c.email().strip().toLowerCase(Locale.ROOT),
                        trimToNull(c.address()), trimToNull(c.regionCode()), trimToNull(c.regionName())),
                new Subject(draft.subject().type(), draft.subject().name().strip(), trimToNull(draft.subject().reference())),
                draft.description(), trimToNull(draft.expectedResolution()), draft.channel(), draft.channelMessageId(),
                draft.receivedAt() == null ? now : draft.receivedAt(), draft.occurredAt(), accessCodes.hash(accessCode),
                actor.recorded(), now, new ContactIndexes(blindIndex.of(tenant, "phone", Contacts.phone(c.phone())),
                        blindIndex.of(tenant, "email", Contacts.email(c.email()))));
        complaint.takenAt(trimToNull(draft.location()));
        recorder.record(complaint, ComplaintEvent.Received::new, actor, now, "received via " + draft.channel(),
                List.of(FieldChange.of("status", null, ComplaintStatus.RECEIVED)), null);
        duplicates.index(complaint);
        notices.received(complaint, accessCode);
        return new IntakeReceipt(complaint.id(), complaint.caseNumber(), accessCode, complaint.status(),
                complaint.receivedAt(), complaint.version(), false, List.of());
    }

    /** Staff intake: the receipt plus the likely duplicates the intake agent may see. */
    public IntakeReceipt receiveFromStaff(ComplaintDraft draft, StaffPrincipal staff) {
        IntakeReceipt receipt = receive(draft, Actor.staff(staff.userId()));
        return receipt.withPossibleDuplicates(duplicates(staff, receipt.id()));
    }

    /** The likely duplicates of a case among those the caller may see. */
    @Transactional(readOnly = true)
    public List<DuplicateCandidate> duplicates(StaffPrincipal staff, UUID id) {
        return duplicates.of(lifecycle.visible(staff, id), access.canSee(staff));
    }
}
