package com.complaints.core.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.complaint.CasePersonalData;
import com.complaints.core.complaint.Complaint;
import com.complaints.core.duplicate.Contacts;
import com.complaints.core.privacy.AccessAction;
import com.complaints.core.privacy.BlindIndex;
import com.complaints.core.privacy.PersonalDataAccessLog;
import com.complaints.core.report.TextDocumentPdf;
import com.complaints.core.report.TextDocumentPdf.Line;
import com.complaints.core.security.StaffPrincipal;
import com.complaints.core.shared.Actor;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.tenancy.TenantDirectory;

/**
 * A consumer's request, verified and answered by a tenant admin: which cases hold the consumer's data (found by the
 * blind index of the phone or e-mail, never by opening rows), a copy of that data (JSON, and a readable PDF), and the
 * erasure of the consumer's identity from all of them: all or nothing, refused while any of them is under a legal
 * hold, harmless when repeated. Every step is in the access log with the admin's reason.
 */
@Service
@Transactional
public class ConsumerRequests {

    private static final java.time.format.DateTimeFormatter LOCAL_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CasePersonalData personalData;
    private final BlindIndex blindIndex;
    private final PersonalDataAccessLog accessLog;
    private final TextDocumentPdf pdf;
    private final TenantDirectory tenants;
    private final Clock clock;

    ConsumerRequests(CasePersonalData personalData, BlindIndex blindIndex, PersonalDataAccessLog accessLog,
                     TextDocumentPdf pdf, TenantDirectory tenants, Clock clock) {
        this.personalData = personalData;
        this.blindIndex = blindIndex;
        this.accessLog = accessLog;
        this.pdf = pdf;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** Who the request is about, and why the admin acts on it. */
    public record ConsumerRequest(String phone, String email, String reason) {

        @Override
        public String toString() {
            return "ConsumerRequest[redacted]";
        }
    }

    /** One case of the consumer as the lookup lists it (no personal data: the admin already knows the contact). */
    public record ConsumerCaseRef(java.util.UUID id, String caseNumber, String status, Instant receivedAt, Instant closedAt,
                          String legalHoldReason, Instant anonymisedAt) {
    }

    public List<ConsumerCaseRef> lookup(StaffPrincipal staff, ConsumerRequest request) {
        String reason = PersonalDataAccessLog.requiredReason(request.reason());
        List<Complaint> cases = find(staff, request);
        cases.forEach(c -> accessLog.record(staff.userId(), AccessAction.LOOKUP, c.id(), c.caseNumber(), reason));
        return cases.stream().map(ConsumerRequests::ref).toList();
    }

    /** The consumer's data, machine-readable. */
    public ConsumerDataExport export(StaffPrincipal staff, ConsumerRequest request) {
        String reason = PersonalDataAccessLog.requiredReason(request.reason());
        List<ConsumerDataExport.ExportedCase> exported = new ArrayList<>();
        for (Complaint c : find(staff, request)) {
            accessLog.record(staff.userId(), AccessAction.EXPORT, c.id(), c.caseNumber(), reason);
            exported.add(ConsumerDataExport.ExportedCase.of(personalData.exportView(c)));
        }
        return new ConsumerDataExport(staff.tenant(), clock.instant(), exported);
    }

    /** The same data as a readable document. */
    public byte[] exportPdf(StaffPrincipal staff, ConsumerRequest request) {
        ConsumerDataExport export = export(staff, request);
        ZoneId zone = tenants.zone(staff.tenant());
        java.util.function.Function<Instant, String> at = instant -> instant == null ? "—"
                : LOCAL_TIME.format(instant.atZone(zone));
        List<Line> lines = new ArrayList<>();
        lines.add(Line.heading("个人信息副本 Copy of personal data"));
        lines.add(Line.text(export.tenant() + " · " + at.apply(export.exportedAt()) + " (" + zone + ") · " + export.cases().size() + " 件 cases"));
        for (var c : export.cases()) {
            lines.add(Line.heading(c.caseNumber() + " (" + c.status() + ")"));
            lines.add(Line.text("受理 Received: " + at.apply(c.receivedAt()) + " · " + c.channel()
                    + (c.closedAt() == null ? "" : " · 结案 Closed: " + at.apply(c.closedAt()))));
            var who = c.consumer();
            lines.add(Line.text("姓名 Name: " + who.name() + " · 电话 Phone: " + nullToDash(who.phone())
                    + " · 邮箱 E-mail: " + nullToDash(who.email())));
            lines.add(Line.text("地址 Address: " + nullToDash(who.address()) + " · 地区 Region: "
                    + nullToDash(who.regionName() != null ? who.regionName() : who.regionCode())));
            lines.add(Line.text("对象 Subject: " + c.subject().name() + nullToEmpty(" · " , c.subject().reference())));
            lines.add(Line.text("描述 Description: " + c.description()));
            if (c.expectedResolution() != null) {
                lines.add(Line.text("诉求 Expected: " + c.expectedResolution()));
            }
            if (c.resolution() != null) {
                lines.add(Line.text("处理结果 Resolution: " + c.resolution()));
            }
            c.progress().forEach(p -> lines.add(Line.text("进展 Progress " + at.apply(p.at()) + ": " + p.message())));
            c.solutions().forEach(s -> lines.add(Line.text("方案 Solution " + at.apply(s.proposedAt()) + " (" + s.status() + "): " + s.text())));
            c.followUps().forEach(f -> lines.add(Line.text("回访 Follow-up " + at.apply(f.at()) + ": "
                    + (f.satisfaction() == null ? "—" : f.satisfaction() + "/5") + nullToEmpty(" ", f.comment()))));
            c.messages().forEach(m -> lines.add(Line.text("来信 Message " + at.apply(m.at()) + ": " + nullToEmpty("", m.subject())
                    + " " + m.body())));
            c.attachments().forEach(a -> lines.add(Line.text("附件 Attachment: " + a.fileName() + " (" + a.sizeBytes() + " B)")));
        }
        return pdf.render(lines);
    }

    /**
     * Erases the consumer's identity from every case found; refused as a whole (nothing erased) while any of them is
     * under a legal hold. Cases erased before count as done.
     */
    public ErasureResult erase(StaffPrincipal staff, ConsumerRequest request) {
        String reason = PersonalDataAccessLog.requiredReason(request.reason());
        List<Complaint> cases = find(staff, request);
        List<HeldCase> held = cases.stream().filter(c -> c.legalHold() != null)
                .map(c -> new HeldCase(c.caseNumber(), c.legalHold().reason())).toList();
        if (!held.isEmpty()) {
            throw new LegalHoldRefusal(held);
        }
        List<String> erased = new ArrayList<>();
        for (Complaint c : cases) {
            if (personalData.erase(c, Actor.staff(staff.userId()), "the consumer's request")) {
                accessLog.record(staff.userId(), AccessAction.ERASURE, c.id(), c.caseNumber(), reason);
                erased.add(c.caseNumber());
            }
        }
        return new ErasureResult(erased);
    }

    /** @param erased the case numbers erased now (empty when nothing was left: a repeated request) */
    public record ErasureResult(List<String> erased) {
    }

    /** A case that a legal hold keeps, and why. */
    public record HeldCase(String caseNumber, String reason) {
    }

    private List<Complaint> find(StaffPrincipal staff, ConsumerRequest request) {
        String phone = Contacts.phone(request.phone());
        String email = Contacts.email(request.email());
        List<FieldError> errors = new ArrayList<>();
        if (phone == null && email == null) {
            errors.add(FieldError.of("phone", "contact-required"));
        }
        if (request.phone() != null && !request.phone().isBlank() && (phone == null || phone.length() < 6 || phone.length() > 20)) {
            errors.add(FieldError.of("phone", "phone"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return personalData.casesOf(blindIndex.of(staff.tenant(), "phone", phone), blindIndex.of(staff.tenant(), "email", email));
    }

    private static ConsumerCaseRef ref(Complaint c) {
        return new ConsumerCaseRef(c.id(), c.caseNumber(), c.status().name(), c.receivedAt(), c.closedAt(),
                c.legalHold() == null ? null : c.legalHold().reason(), c.anonymisedAt());
    }

    private static String nullToDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    private static String nullToEmpty(String prefix, String s) {
        return s == null || s.isBlank() ? "" : prefix + s;
    }
}
