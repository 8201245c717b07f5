package com.complaints.core.sla;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.core.shared.ConflictException;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.shared.PreconditionFailedException;
import com.complaints.core.tenancy.TenantProvisioned;

/** The tenant's SLA policy versions. */
@Service
@Transactional
public class SlaPolicies {

    private static final Logger log = LoggerFactory.getLogger(SlaPolicies.class);

    private final SlaPolicyRepository policies;
    private final JsonMapper json;
    private final Clock clock;

    SlaPolicies(SlaPolicyRepository policies, JsonMapper json, Clock clock) {
        this.policies = policies;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SlaPolicyView current() {
        return view(policies.findFirstByOrderByDocVersionDesc()
                .orElseThrow(() -> new IllegalStateException("the tenant has no SLA policy")));
    }

    @Transactional(readOnly = true)
    public SlaPolicyView version(int version) {
        return view(policies.findByDocVersion(version).orElseThrow(() -> new NotFoundException("policy")));
    }

    @Transactional(readOnly = true)
    public List<SlaPolicyView> history() {
        return policies.findAllByOrderByDocVersionDesc().stream().map(this::view).toList();
    }

    /** A new version; {@code expectedVersion}, if given, must be the current one (else 412 on a race). */
    public SlaPolicyView change(SlaTargets targets, String actor, Integer expectedVersion) {
        if (targets == null) {
            throw new InvalidInputException("targets", "required");
        }
        targets.validate();
        int current = current().version();
        if (expectedVersion != null && expectedVersion != current) {
            throw new PreconditionFailedException(expectedVersion, current);
        }
        try {
            SlaPolicy saved = policies.saveAndFlush(new SlaPolicy(current + 1, json.writeValueAsString(targets), actor, clock.instant()));
            log.info("SLA policy changed version={}", saved.docVersion());
            return view(saved);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("policy-changed", "the policy was changed at the same time; read it again");
        }
    }

    @EventListener
    void on(TenantProvisioned event) {
        policies.save(new SlaPolicy(1, json.writeValueAsString(SlaTargets.defaults()), "system", clock.instant()));
    }

    private SlaPolicyView view(SlaPolicy p) {
        return new SlaPolicyView(p.docVersion(), json.readValue(p.content(), SlaTargets.class), p.createdBy(), p.createdAt());
    }
}
