package com.complaints.core.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.attachment.Attachments;
import com.complaints.core.department.DepartmentService;
import com.complaints.core.department.DepartmentType;
import com.complaints.core.persistence.PersonalDataRows;
import com.complaints.core.privacy.PersonalDataAccessLog;
import com.complaints.core.security.Role;
import com.complaints.core.security.StaffPrincipal;
import com.complaints.core.shared.Actor;
import com.complaints.core.shared.Anonymizer;
import com.complaints.core.shared.ForbiddenException;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.shared.PreconditionFailedException;
import com.complaints.core.tenancy.TenantContext;

/**
 * A case's personal data over its life: the legal hold the legal department sets on a case in dispute, the cases of
 * one consumer found by blind index, and the erasure of the consumer's identity from a case (its fields, its texts,
 * the consumer's messages, its attachments, how it was indexed), which a legal hold refuses.
 */
@Service
public class CasePersonalData {

    private static final Logger log = LoggerFactory.getLogger(CasePersonalData.class);

    private final ComplaintRepository complaints;
    private final ComplaintAccess access;
    private final ComplaintViews views;
    private final CaseRecorder recorder;
    private final DepartmentService departments;
    private final Attachments attachments;
    private final PersonalDataRows rows;
    private final TenantContext tenantContext;
    private final Clock clock;

    CasePersonalData(ComplaintRepository complaints, ComplaintAccess access, ComplaintViews views, CaseRecorder recorder,
                     DepartmentService departments, Attachments attachments, PersonalDataRows rows,
                     TenantContext tenantContext, Clock clock) {
        this.complaints = complaints;
        this.access = access;
        this.views = views;
        this.recorder = recorder;
        this.departments = departments;
        this.attachments = attachments;
        this.rows = rows;
        this.tenantContext = tenantContext;
        this.clock = clock;
    }

    /**
     * Sets the legal hold: tenant admins on any case, members of the legal department on the cases they see (a
     * dispute is handed over to them); everyone else who sees the case gets 403, who does not 404.
     */
    @Transactional
    public ComplaintView placeLegalHold(StaffPrincipal staff, UUID id, Long expectedVersion, String reason) {
        String why = PersonalDataAccessLog.requiredReason(reason);
        Complaint c = loadForHold(staff, id, expectedVersion);
        Instant now = clock.instant();
        var changes = c.placeLegalHold(why, staff.userId(), now);
        recorder.record(c, ComplaintEvent.LegalHoldPlaced::new, Actor.staff(staff.userId()), now, null, changes, null);
        return views.view(c, staff).withContactMasked();
    }

    @Transactional
    public ComplaintView releaseLegalHold(StaffPrincipal staff, UUID id, Long expectedVersion) {
        Complaint c = loadForHold(staff, id, expectedVersion);
        Instant now = clock.instant();
        var changes = c.releaseLegalHold(now);
        recorder.record(c, ComplaintEvent.LegalHoldReleased::new, Actor.staff(staff.userId()), now, null, changes, null);
        return views.view(c, staff).withContactMasked();
    }

    /** The tenant's cases whose consumer has this blind-indexed phone or e-mail (either may be null), oldest first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Complaint> casesOf(String phoneIndex, String emailIndex) {
        Map<UUID, Complaint> found = new LinkedHashMap<>();
        if (phoneIndex != null) {
            complaints.findByPhoneKey(phoneIndex).forEach(c -> found.put(c.id(), c));
        }
        if (emailIndex != null) {
            complaints.findByEmailKey(emailIndex).forEach(c -> found.put(c.id(), c));
        }
        return found.values().stream().sorted(java.util.Comparator.comparing(Complaint::receivedAt)).toList();
    }

    /** A case as a consumer's export shows it (nothing masked: it is the consumer's own data). */
    @Transactional(propagation = Propagation.MANDATORY)
    public ComplaintView exportView(Complaint c) {
        return views.view(c, null);
    }

    /**
     * Erases the consumer's identity from the case, in the caller's transaction; a case erased already is left as it
     * is (returns false). A legal hold refuses it (409 {@code legal-hold}). {@code why} goes into the timeline.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean erase(Complaint c, Actor actor, String why) {
        if (c.anonymisedAt() != null) {
            return false;
        }
        String tenant = tenantContext.require();
        String name = c.consumer().name();
        String address = c.consumer().address();
        String phone = c.consumer().phone();
        String email = c.consumer().email();
        Instant now = clock.instant();
        var changes = c.eraseIdentity(now);
        int files = attachments.deleteAllOf(c.id());
        // the case is written as erased first: the texts of the append-only tables may be rewritten only then
        recorder.record(c, ComplaintEvent.ConsumerAnonymised::new, actor, now, why, changes, null);
        rows.maskCaseTexts(tenant, c.id(), text -> mask(text, name, address, phone, email));
        rows.forgetIndexes(tenant, c.id());
        log.info("consumer identity erased tenant={} case={} attachments={} by={}", tenant, c.caseNumber(), files,
                actor.recorded());
        return true;
    }

    private static String mask(String text, String name, String address, String phone, String email) {
        String out = Anonymizer.mask(text, name, address);
        // the consumer's own contacts written however they were (the patterns catch the usual forms)
        if (phone != null && phone.length() >= 5) {
            out = out.replace(phone, Anonymizer.PHONE);
        }
        if (email != null && !email.isBlank()) {
            out = out.replace(email, Anonymizer.EMAIL);
        }
        return out;
    }

    private Complaint loadForHold(StaffPrincipal staff, UUID id, Long expectedVersion) {
        Complaint c = complaints.findForChange(id).filter(access.canSee(staff))
                .orElseThrow(() -> new NotFoundException("complaint"));
        if (!staff.has(Role.TENANT_ADMIN) && !inLegalDepartment(staff)) {
            throw new ForbiddenException("only the legal department and tenant admins set or release a legal hold");
        }
        if (expectedVersion != null && expectedVersion != c.version()) {
            throw new PreconditionFailedException(expectedVersion, c.version());
        }
        return c;
    }

    private boolean inLegalDepartment(StaffPrincipal staff) {
        return staff.departmentCodes().contains(departments.byType(DepartmentType.LEGAL).code());
    }
}
