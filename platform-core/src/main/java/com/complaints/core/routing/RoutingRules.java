package com.complaints.core.routing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.core.audit.AdminAuditLog;
import com.complaints.core.complaint.ComplaintView;
import com.complaints.core.department.DepartmentService;
import com.complaints.core.department.DepartmentType;
import com.complaints.core.shared.ConflictException;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.shared.PreconditionFailedException;

/**
 * The tenant's routing rules: versioned (every change a new version, recorded in the admin audit log), evaluated
 * as a suggestion at triage and in the dry run.
 */
@Service
@Transactional
public class RoutingRules {

    private static final RoutingSample EMPTY_SAMPLE = new RoutingSample(null, null, null, null, null, null, null, null);

    static final int MAX_RULES = 200;
    static final int MAX_VALUES = 200;
    private static final TypeReference<List<RoutingRule>> RULES = new TypeReference<>() {
    };

    private final RoutingRuleSetRepository sets;
    private final DepartmentService departments;
    private final AdminAuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    RoutingRules(RoutingRuleSetRepository sets, DepartmentService departments, AdminAuditLog audit, JsonMapper json,
                 Clock clock) {
        this.sets = sets;
        this.departments = departments;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RoutingRulesView current() {
        return sets.findFirstByOrderByDocVersionDesc().map(this::view)
                .orElseGet(() -> new RoutingRulesView(0, List.of(), null, null));
    }

    @Transactional(readOnly = true)
    public List<RoutingRulesView> history() {
        return sets.findAllByOrderByDocVersionDesc().stream().map(this::view).toList();
    }

    /** Replaces the ordered rules with a new version; {@code expectedVersion} guards against a concurrent change. */
    public RoutingRulesView replace(List<RoutingRule> rules, String actor, Integer expectedVersion) {
        List<RoutingRule> valid = validate(rules);
        int current = current().version();
        if (expectedVersion != null && expectedVersion != current) {
            throw new PreconditionFailedException(expectedVersion, current);
        }
        try {
            RoutingRuleSet saved = sets.saveAndFlush(new RoutingRuleSet(current + 1, json.writeValueAsString(valid), actor,
                    clock.instant()));
            audit.record(actor, "ROUTING_RULES_CHANGED", "routing-rules v" + saved.docVersion(),
                    Map.of("version", saved.docVersion(), "previousVersion", current, "rules", valid));
            return view(saved);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("rules-changed", "the rules were changed at the same time; read them again");
        }
    }

    @Transactional(readOnly = true)
    public RoutingDecision dryRun(RoutingSample sample) {
        return RuleEngine.route(current().rules(), sample, departments.byType(DepartmentType.CUSTOMER_SERVICE).id());
    }

    /**
     * Routes a sample with rules not saved yet (an editor's draft), validated as a save would validate them, so the
     * admin sees the trace before making the rules a version.
     */
    @Transactional(readOnly = true)
    public RoutingDecision dryRun(List<RoutingRule> draft, RoutingSample sample) {
        return RuleEngine.route(validate(draft), sample == null ? EMPTY_SAMPLE : sample,
                departments.byType(DepartmentType.CUSTOMER_SERVICE).id());
    }

    /** The suggestion for a case the caller can see. */
    @Transactional(readOnly = true)
    public RoutingDecision suggest(ComplaintView c) {
        return dryRun(new RoutingSample(c.category() == null ? null : c.category().name(), c.subject().type().name(),
                c.subject().name(), c.subject().reference(), c.channel(), c.consumer().regionCode(),
                c.urgency() == null ? null : c.urgency().name(), c.description()));
    }

    private RoutingRulesView view(RoutingRuleSet set) {
        return new RoutingRulesView(set.docVersion(), json.readValue(set.content(), RULES), set.createdBy(), set.createdAt());
    }

    private List<RoutingRule> validate(List<RoutingRule> rules) {
        List<FieldError> errors = new ArrayList<>();
        if (rules == null) {
            throw new InvalidInputException("rules", "required");
        }
        if (rules.size() > MAX_RULES) {
            errors.add(FieldError.of("rules", "max-items", MAX_RULES));
        }
        Set<UUID> ids = new HashSet<>();
        List<RoutingRule> valid = new ArrayList<>();
        for (int i = 0; i < rules.size() && errors.size() < 50; i++) {
            RoutingRule r = rules.get(i);
            String at = "[" + i + "]";
            if (r.name() == null || r.name().isBlank() || r.name().length() > 100) {
                errors.add(FieldError.of(at + ".name", "length-range", 1, 100));
            }
            if (r.conditions().isEmpty()) {
                errors.add(FieldError.of(at + ".conditions", "required"));
            }
            for (int j = 0; j < r.conditions().size(); j++) {
                RoutingRule.Condition c = r.conditions().get(j);
                String field = at + ".conditions[" + j + "]";
                if (c.field() == null) {
                    errors.add(FieldError.of(field + ".field", "required"));
                }
                if (c.values().isEmpty() || c.values().size() > MAX_VALUES
                        || c.values().stream().anyMatch(v -> v == null || v.isBlank() || v.length() > 100)) {
                    errors.add(FieldError.of(field + ".values", "routing-values", MAX_VALUES));
                }
            }
            if (r.targetDepartmentId() == null || departments.find(r.targetDepartmentId()).isEmpty()) {
                errors.add(FieldError.of(at + ".targetDepartmentId", "unknown-department"));
            }
            UUID id = r.id() == null ? UUID.randomUUID() : r.id();
            if (!ids.add(id)) {
                errors.add(FieldError.of(at + ".id", "duplicate"));
            }
            valid.add(new RoutingRule(id, r.name() == null ? null : r.name().strip(), r.enabled(), r.match(),
                    r.conditions(), r.targetDepartmentId(), r.targetUserId(), r.priority()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return valid;
    }
}
