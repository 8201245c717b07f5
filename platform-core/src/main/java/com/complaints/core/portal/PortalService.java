package com.complaints.core.portal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.complaint.Complaint;
import com.complaints.core.complaint.ConsumerActions;
import com.complaints.core.complaint.FieldRules;
import com.complaints.core.department.DepartmentService;
import com.complaints.core.intake.AccessCodes;
import com.complaints.core.shared.NotFoundException;

/**
 * The consumer's side of a case, by case number and access code (the code stands in for a login): the progress
 * page, and the answer to a proposed solution. A wrong code and an unknown number are the same 404.
 */
@Service
@Transactional
class PortalService {

    private final ConsumerActions consumer;
    private final AccessCodes accessCodes;
    private final DepartmentService departments;

    PortalService(ConsumerActions consumer, AccessCodes accessCodes, DepartmentService departments) {
        this.consumer = consumer;
        this.accessCodes = accessCodes;
        this.departments = departments;
    }

    @Transactional(readOnly = true)
    public PublicCaseView view(String caseNumber, String accessCode) {
        Complaint given = byAccessCode(caseNumber, accessCode);
        Complaint c = consumer.current(given);
        var department = c.departmentId() == null ? null : departments.find(c.departmentId()).orElse(null);
        List<PublicCaseView.Message> messages = consumer.progress(c.id()).stream()
                .map(p -> new PublicCaseView.Message(p.message(), p.recordedAt())).toList();
        List<PublicCaseView.ProposedSolution> proposed = consumer.solutions(c.id()).stream()
                .map(s -> new PublicCaseView.ProposedSolution(s.id(), s.text(), s.proposedAt(), s.status())).toList();
        return new PublicCaseView(c.caseNumber(), c.status(), c.receivedAt(),
                department == null ? null : department.nameZh(), department == null ? null : department.nameEn(),
                messages, proposed, c.resolution(), c.resolvedAt(), c == given ? null : given.caseNumber());
    }

    public PublicCaseView decide(String caseNumber, String accessCode, UUID solutionId, boolean accept, String reason) {
        if (!accept) {
            FieldRules.requireText("reason", reason, FieldRules.TEXT_MAX);
        }
        Complaint c = byAccessCode(caseNumber, accessCode);
        consumer.decideSolution(c.id(), solutionId, accept, reason);
        return view(caseNumber, accessCode);
    }

    private Complaint byAccessCode(String caseNumber, String accessCode) {
        return consumer.byCaseNumber(caseNumber)
                .filter(c -> accessCodes.matches(accessCode, c.accessCodeHash()))
                .orElseThrow(() -> new NotFoundException("complaint"));
    }
}
