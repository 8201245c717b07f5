package com.complaints.core.followup;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.complaints.core.tenancy.TenantOwnedEntity;

/** How a tenant follows up: when a score counts as dissatisfied, how long a survey link lives, how often to try. */
@Entity
@Table(name = "follow_up_settings")
class FollowUpSettings extends TenantOwnedEntity {

    static final int DEFAULT_DISSATISFIED_AT_MOST = 3;
    static final int DEFAULT_VALIDITY_DAYS = 14;
    static final int DEFAULT_MAX_UNREACHABLE = 3;

    @Column(name = "dissatisfied_at_most", nullable = false)
    private int dissatisfiedAtMost;

    @Column(name = "survey_validity_days", nullable = false)
    private int surveyValidityDays;

    @Column(name = "max_unreachable", nullable = false)
    private int maxUnreachable;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected FollowUpSettings() {
    }

    FollowUpSettings(int dissatisfiedAtMost, int surveyValidityDays, int maxUnreachable) {
        super(UUID.randomUUID());
        change(dissatisfiedAtMost, surveyValidityDays, maxUnreachable);
    }

    void change(int dissatisfiedAtMost, int surveyValidityDays, int maxUnreachable) {
        this.dissatisfiedAtMost = dissatisfiedAtMost;
        this.surveyValidityDays = surveyValidityDays;
        this.maxUnreachable = maxUnreachable;
    }

    FollowUpPolicy policy() {
        return new FollowUpPolicy(dissatisfiedAtMost, surveyValidityDays, maxUnreachable, version);
    }
}
