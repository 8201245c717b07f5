package com.complaints.core.view;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.security.StaffPrincipal;
import com.complaints.core.shared.ForbiddenException;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.shared.NotFoundException;

/**
 * Saved views of the case list. Everyone keeps their own; a supervisor may share one with the tenant, and shared
 * views are changed or deleted by a supervisor or their owner. Another person's private view does not exist for the
 * reader (404).
 */
@Service
@Transactional
public class SavedViews {

    static final int NAME_MAX = 80;
    static final int QUERY_MAX = 1000;
    /** The list's parameters a view may keep: nothing else is stored. */
    static final java.util.Set<String> PARAMETERS = java.util.Set.of("queue", "status", "category", "channel",
            "department", "sort", "q");

    private final SavedViewRepository views;
    private final Clock clock;

    SavedViews(SavedViewRepository views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    /** A saved view as its reader sees it; {@code mine}: the reader owns it. */
    public record View(UUID id, String name, String query, boolean shared, String owner, boolean mine, long version,
                       Instant updatedAt) {
    }

    /** What a view is made of. */
    public record Draft(String name, String query, Boolean shared) {
    }

    @Transactional(readOnly = true)
    public List<View> list(StaffPrincipal staff) {
        return views.findByOwnerUserIdOrSharedTrueOrderByNameAsc(staff.userId()).stream().map(v -> v.view(staff.userId())).toList();
    }

    public View create(StaffPrincipal staff, Draft draft) {
        boolean shared = validate(staff, draft);
        return views.save(new SavedView(staff.userId(), draft.name().strip(), draft.query().strip(), shared,
                clock.instant())).view(staff.userId());
    }

    public View update(StaffPrincipal staff, UUID id, Draft draft) {
        SavedView view = changeable(staff, id);
        boolean shared = validate(staff, draft);
        view.change(draft.name().strip(), draft.query().strip(), shared, clock.instant());
        return views.saveAndFlush(view).view(staff.userId());
    }

    public void delete(StaffPrincipal staff, UUID id) {
        views.delete(changeable(staff, id));
    }

    private SavedView changeable(StaffPrincipal staff, UUID id) {
        SavedView view = views.findById(id)
                .filter(v -> v.shared() || v.ownerUserId().equals(staff.userId()))
                .orElseThrow(() -> new NotFoundException("saved-view"));
        if (!view.ownerUserId().equals(staff.userId()) && !staff.seesWholeTenant()) {
            throw new ForbiddenException("only its owner or a supervisor changes a shared view");
        }
        return view;
    }

    private static boolean validate(StaffPrincipal staff, Draft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank()) {
            errors.add(FieldError.of("name", "required"));
        } else if (draft.name().strip().length() > NAME_MAX) {
            errors.add(FieldError.of("name", "max-length", NAME_MAX));
        }
        if (draft.query() == null) {
            errors.add(FieldError.of("query", "required"));
        } else if (draft.query().length() > QUERY_MAX) {
            errors.add(FieldError.of("query", "max-length", QUERY_MAX));
        } else if (!knownParameters(draft.query())) {
            errors.add(FieldError.of("query", "invalid-value"));
        }
        boolean shared = Boolean.TRUE.equals(draft.shared());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (shared && !staff.seesWholeTenant()) {
            throw new ForbiddenException("only a supervisor shares a view with the tenant");
        }
        return shared;
    }

    /** {@code a=1&b=2}: only the list's own parameters. */
    private static boolean knownParameters(String query) {
        String q = query.strip();
        if (q.isEmpty()) {
            return true;
        }
        for (String pair : q.split("&")) {
            String name = pair.split("=", 2)[0];
            if (!PARAMETERS.contains(name)) {
                return false;
            }
        }
        return true;
    }
}
