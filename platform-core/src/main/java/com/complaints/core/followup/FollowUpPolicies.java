package com.complaints.core.followup;

import com.complaints.core.complaint.FollowUpLimits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.audit.AdminAuditLog;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.shared.PreconditionFailedException;

/** The tenant's follow-up rules ({@code /api/v1/admin/follow-up-settings}); defaults until an admin changes them. */
@Service
@Transactional
public class FollowUpPolicies implements FollowUpLimits {

    private final FollowUpSettingsRepository settings;
    private final AdminAuditLog audit;

    FollowUpPolicies(FollowUpSettingsRepository settings, AdminAuditLog audit) {
        this.settings = settings;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public FollowUpPolicy current() {
        return settings.findFirstBy().map(FollowUpSettings::policy).orElseGet(FollowUpPolicy::defaults);
    }

    @Override
    @Transactional(readOnly = true)
    public int maxUnreachable() {
        return current().maxUnreachable();
    }

    @Override
    @Transactional(readOnly = true)
    public int dissatisfiedAtMost() {
        return current().dissatisfiedAtMost();
    }

    public FollowUpPolicy change(FollowUpPolicy requested, Long expectedVersion, String actor) {
        List<FieldError> errors = new ArrayList<>();
        if (requested.dissatisfiedAtMost() < 1 || requested.dissatisfiedAtMost() > 4) {
            errors.add(FieldError.of("dissatisfiedAtMost", "range", 1, 4));
        }
        if (requested.surveyValidityDays() < 1 || requested.surveyValidityDays() > 90) {
            errors.add(FieldError.of("surveyValidityDays", "range", 1, 90));
        }
        if (requested.maxUnreachable() < 1 || requested.maxUnreachable() > 10) {
            errors.add(FieldError.of("maxUnreachable", "range", 1, 10));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        FollowUpSettings s = settings.findFirstBy().orElse(null);
        long current = s == null ? 0 : s.policy().version();
        if (expectedVersion != null && expectedVersion != current) {
            throw new PreconditionFailedException(expectedVersion, current);
        }
        if (s == null) {
            s = new FollowUpSettings(requested.dissatisfiedAtMost(), requested.surveyValidityDays(), requested.maxUnreachable());
        } else {
            s.change(requested.dissatisfiedAtMost(), requested.surveyValidityDays(), requested.maxUnreachable());
        }
        FollowUpPolicy saved = settings.saveAndFlush(s).policy();
        audit.record(actor, "FOLLOW_UP_SETTINGS_CHANGED", "follow-up-settings", Map.of("dissatisfiedAtMost",
                saved.dissatisfiedAtMost(), "surveyValidityDays", saved.surveyValidityDays(), "maxUnreachable", saved.maxUnreachable()));
        return saved;
    }
}
