package com.complaints.core.library;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.audit.AdminAuditLog;
import com.complaints.core.complaint.ComplaintService;
import com.complaints.core.complaint.ComplaintStatus;
import com.complaints.core.complaint.ComplaintView;
import com.complaints.core.security.Role;
import com.complaints.core.security.StaffPrincipal;
import com.complaints.core.shared.Anonymizer;
import com.complaints.core.shared.ConflictException;
import com.complaints.core.shared.ForbiddenException;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.shared.PreconditionFailedException;

/**
 * The case library (案例分享): a supervisor marks a closed case as a typical case, positive or negative, with the
 * lessons learned and tags; the library keeps an anonymised copy of its texts that every agent may read and search,
 * while the original stays where it was, visible only to whom it always was.
 */
@Service
@Transactional
class CaseLibrary {

    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]{0,29}");

    private final LibraryCaseRepository library;
    private final ComplaintService complaints;
    private final AdminAuditLog audit;
    private final Clock clock;

    CaseLibrary(LibraryCaseRepository library, ComplaintService complaints, AdminAuditLog audit, Clock clock) {
        this.library = library;
        this.complaints = complaints;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a supervisor says of a typical case. */
    public record Marking(UUID complaintId, LibraryCaseKind kind, String title, String lessons, List<String> tags) {
    }

    public LibraryCaseView mark(StaffPrincipal staff, Marking m) {
        supervisor(staff);
        List<String> tags = check(m.kind(), m.title(), m.lessons(), m.tags());
        if (m.complaintId() == null) {
            throw new InvalidInputException("complaintId", "required");
        }
        ComplaintView c = complaints.get(staff, m.complaintId());
        if (c.status() != ComplaintStatus.CLOSED) {
            throw new ConflictException("not-closed", "only closed cases go into the library");
        }
        if (library.findByComplaintId(c.id()).isPresent()) {
            throw new ConflictException("already-in-library", "this case is in the library already");
        }
        LibraryCase entry = library.saveAndFlush(new LibraryCase(c.id(), m.kind(), m.title().strip(), m.lessons().strip(), tags,
                c.category() == null ? null : c.category().name(), c.channel(), c.subject().name(), c.consumer().regionName(),
                anonymisedBody(c), staff.userId(), clock.instant()));
        audit.record(staff.userId(), "LIBRARY_CASE_MARKED", entry.id().toString(), Map.of("kind", m.kind().name()));
        return entry.view();
    }

    public LibraryCaseView describe(StaffPrincipal staff, UUID id, Long expectedVersion, Marking m) {
        supervisor(staff);
        List<String> tags = check(m.kind(), m.title(), m.lessons(), m.tags());
        LibraryCase entry = library.findById(id).orElseThrow(() -> new NotFoundException("library-case"));
        if (expectedVersion != null && expectedVersion != entry.version()) {
            throw new PreconditionFailedException(expectedVersion, entry.version());
        }
        entry.describe(m.kind(), m.title().strip(), m.lessons().strip(), tags);
        return library.saveAndFlush(entry).view();
    }

    public void remove(StaffPrincipal staff, UUID id) {
        supervisor(staff);
        LibraryCase entry = library.findById(id).orElseThrow(() -> new NotFoundException("library-case"));
        library.delete(entry);
        audit.record(staff.userId(), "LIBRARY_CASE_REMOVED", id.toString(), Map.of());
    }

    @Transactional(readOnly = true)
    public LibraryCaseView get(UUID id) {
        return library.findById(id).map(LibraryCase::view).orElseThrow(() -> new NotFoundException("library-case"));
    }

    /** Search by text (title, lessons, anonymised texts, product), tag and kind. */
    @Transactional(readOnly = true)
    public Page<LibraryCaseView> search(String q, String tag, LibraryCaseKind kind, Pageable page) {
        Specification<LibraryCase> spec = (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (q != null && !q.isBlank()) {
                for (String part : q.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                    String like = "%" + part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                    all.add(cb.or(cb.like(cb.lower(root.get("title")), like, '\\'), cb.like(cb.lower(root.get("lessons")), like, '\\'),
                            cb.like(cb.lower(root.get("body")), like, '\\'), cb.like(cb.lower(root.get("product")), like, '\\')));
                }
            }
            if (tag != null && !tag.isBlank()) {
                String t = tag.strip();
                all.add(cb.or(cb.equal(root.get("tags"), t), cb.like(root.get("tags"), t + ",%"),
                        cb.like(root.get("tags"), "%," + t), cb.like(root.get("tags"), "%," + t + ",%")));
            }
            if (kind != null) {
                all.add(cb.equal(root.get("kind"), kind));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        return library.findAll(spec, page).map(LibraryCase::view);
    }

    private static String anonymisedBody(ComplaintView c) {
        String name = c.consumer().name();
        String address = c.consumer().address();
        StringBuilder b = new StringBuilder();
        b.append(Anonymizer.mask(c.description(), name, address));
        if (c.expectedResolution() != null) {
            b.append("\n\n").append(Anonymizer.mask(c.expectedResolution(), name, address));
        }
        c.progress().forEach(p -> b.append("\n\n").append(Anonymizer.mask(p.message(), name, address)));
        c.solutions().forEach(s -> b.append("\n\n").append(Anonymizer.mask(s.text(), name, address)));
        if (c.resolution() != null) {
            b.append("\n\n").append(Anonymizer.mask(c.resolution(), name, address));
        }
        c.followUps().stream().filter(f -> f.comment() != null)
                .forEach(f -> b.append("\n\n").append(Anonymizer.mask(f.comment(), name, address)));
        return b.length() > 20000 ? b.substring(0, 20000) : b.toString();
    }

    private static void supervisor(StaffPrincipal staff) {
        if (!staff.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("supervisors keep the case library");
        }
    }

    private static List<String> check(LibraryCaseKind kind, String title, String lessons, List<String> tags) {
        List<FieldError> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(FieldError.of("kind", "one-of", "POSITIVE, NEGATIVE"));
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            errors.add(FieldError.of("title", "length-range", 1, 200));
        }
        if (lessons == null || lessons.isBlank() || lessons.length() > 5000) {
            errors.add(FieldError.of("lessons", "length-range", 1, 5000));
        }
        List<String> clean = tags == null ? List.of() : tags.stream().map(String::strip).distinct().toList();
        if (clean.size() > 10 || clean.stream().anyMatch(t -> !TAG.matcher(t).matches())) {
            errors.add(FieldError.of("tags", "tags"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return clean;
    }
}
