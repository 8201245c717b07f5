package com.complaints.core.department;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.shared.ConflictException;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.shared.NotFoundException;

/** Departments of the current tenant and their members. */
@Service
@Transactional
public class DepartmentService {

    private static final Logger log = LoggerFactory.getLogger(DepartmentService.class);
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern USER_ID = Pattern.compile("[\\p{L}\\p{N}._@:-]{1,100}");

    private final DepartmentRepository departments;
    private final DepartmentMemberRepository members;
    private final AgentProfileRepository agents;
    private final Clock clock;

    DepartmentService(DepartmentRepository departments, DepartmentMemberRepository members, AgentProfileRepository agents,
                      Clock clock) {
        this.departments = departments;
        this.members = members;
        this.agents = agents;
        this.clock = clock;
    }

    public DepartmentView setAssignmentMode(UUID id, AssignmentMode mode) {
        if (mode == null) {
            throw new InvalidInputException("mode", "required");
        }
        Department department = load(id);
        department.assignBy(mode);
        departments.saveAndFlush(department);
        return view(department);
    }

    /**
     * Locks the department for an assignment (until the transaction ends) and returns its mode, round-robin
     * cursor and the members available today with their capacity, in member order.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AssignmentPool lockPool(UUID id, LocalDate today) {
        Department unlocked = departments.findById(id).orElseThrow(() -> new NotFoundException("department"));
        if (unlocked.assignmentMode() == AssignmentMode.MANUAL) {
            return new AssignmentPool(id, AssignmentMode.MANUAL, 0, List.of());
        }
        Department department = departments.lock(id).orElseThrow(() -> new NotFoundException("department"));
        List<String> userIds = members.findByDepartmentIdOrderByUserId(id).stream().map(DepartmentMember::userId).toList();
        var profiles = agents.findByUserIdIn(userIds).stream()
                .collect(Collectors.toMap(AgentProfile::userId, p -> p));
        List<AssignmentPool.Agent> available = userIds.stream()
                .map(u -> profiles.getOrDefault(u, new AgentProfile(u)))
                .filter(p -> p.availableOn(today))
                .map(p -> new AssignmentPool.Agent(p.userId(), p.capacity()))
                .toList();
        return new AssignmentPool(id, department.assignmentMode(), department.roundRobinCursor(), available);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void advanceRoundRobin(UUID id, int cursor) {
        departments.findById(id).ifPresent(d -> d.advanceRoundRobin(cursor));
    }

    public AgentView setAgent(String userId, Availability availability, LocalDate onLeaveUntil, Integer capacity) {
        checkUserId("userId", userId);
        List<FieldError> errors = new ArrayList<>();
        if (availability == null) {
            errors.add(FieldError.of("availability", "required"));
        }
        if (availability == Availability.ON_LEAVE && onLeaveUntil == null) {
            errors.add(FieldError.of("onLeaveUntil", "required"));
        }
        if (capacity == null || capacity < 0 || capacity > 1000) {
            errors.add(FieldError.of("capacity", "range", 0, 1000));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AgentProfile profile = agents.findByUserId(userId).orElseGet(() -> new AgentProfile(userId));
        profile.change(availability, availability == Availability.ON_LEAVE ? onLeaveUntil : null, capacity);
        agents.saveAndFlush(profile);
        return agentView(profile);
    }

    /**
     * Every agent of the tenant: each department member and each agent with a profile, in user order; a member
     * nobody has set anything for yet is available with the default capacity, as assignment treats them.
     */
    @Transactional(readOnly = true)
    public List<AgentView> agents() {
        java.util.Map<String, AgentView> all = new java.util.TreeMap<>();
        members.findAll().forEach(m -> all.put(m.userId(), agentView(new AgentProfile(m.userId()))));
        agents.findAllByOrderByUserId().forEach(p -> all.put(p.userId(), agentView(p)));
        return List.copyOf(all.values());
    }

    private static AgentView agentView(AgentProfile p) {
        return new AgentView(p.userId(), p.availability(), p.onLeaveUntil(), p.capacity());
    }

    public record AgentView(String userId, Availability availability, LocalDate onLeaveUntil, int capacity) {
    }

    @Transactional(readOnly = true)
    public List<DepartmentView> list() {
        return departments.findAllByOrderByCode().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public DepartmentView get(UUID id) {
        return view(load(id));
    }

    @Transactional(readOnly = true)
    public Optional<DepartmentView> find(UUID id) {
        return departments.findById(id).map(this::view);
    }

    @Transactional(readOnly = true)
    public DepartmentView byType(DepartmentType type) {
        return departments.findFirstByType(type).map(this::view)
                .orElseThrow(() -> new NotFoundException("department"));
    }

    /** Ids of the departments the user belongs to (by membership) or is named in by code (token claim). */
    @Transactional(readOnly = true)
    public Set<UUID> departmentIdsOf(String userId, Collection<String> claimedCodes) {
        Set<UUID> ids = new HashSet<>();
        members.findByUserId(userId).forEach(m -> ids.add(m.departmentId()));
        if (!claimedCodes.isEmpty()) {
            departments.findByCodeIn(claimedCodes).forEach(d -> ids.add(d.id()));
        }
        departments.findAll().stream().filter(d -> userId.equals(d.headUserId())).forEach(d -> ids.add(d.id()));
        return ids;
    }

    public DepartmentView create(DepartmentDraft draft) {
        validate(draft, true);
        if (departments.existsByCode(draft.code())) {
            throw new ConflictException("department-code-taken", "a department with code '" + draft.code() + "' exists");
        }
        Department department = new Department(draft.code(), DepartmentType.CUSTOM, draft.nameZh().strip(),
                draft.nameEn().strip(), clock.instant());
        if (draft.headUserId() != null) {
            department.appointHead(draft.headUserId());
        }
        departments.saveAndFlush(department);
        log.info("department created code={}", department.code());
        return view(department);
    }

    public DepartmentView update(UUID id, DepartmentDraft draft) {
        validate(draft, false);
        Department department = load(id);
        department.rename(draft.nameZh().strip(), draft.nameEn().strip());
        department.appointHead(draft.headUserId());
        departments.saveAndFlush(department);
        return view(department);
    }

    public void delete(UUID id) {
        Department department = load(id);
        if (department.type().isSeeded()) {
            throw new ConflictException("department-required", "the policy's departments cannot be deleted");
        }
        try {
            members.findByDepartmentIdOrderByUserId(id).forEach(members::delete);
            departments.delete(department);
            departments.flush();
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("department-in-use", "the department still has complaints");
        }
    }

    public DepartmentView addMember(UUID id, String userId) {
        checkUserId("userId", userId);
        Department department = load(id);
        if (members.findByDepartmentIdAndUserId(id, userId).isEmpty()) {
            members.saveAndFlush(new DepartmentMember(id, userId, clock.instant()));
        }
        return view(department);
    }

    public DepartmentView removeMember(UUID id, String userId) {
        Department department = load(id);
        DepartmentMember member = members.findByDepartmentIdAndUserId(id, userId)
                .orElseThrow(() -> new NotFoundException("member"));
        members.delete(member);
        return view(department);
    }

    private Department load(UUID id) {
        return departments.findById(id).orElseThrow(() -> new NotFoundException("department"));
    }

    private DepartmentView view(Department d) {
        List<String> memberIds = members.findByDepartmentIdOrderByUserId(d.id()).stream().map(DepartmentMember::userId).toList();
        return new DepartmentView(d.id(), d.code(), d.type(), d.nameZh(), d.nameEn(), d.headUserId(), memberIds,
                d.assignmentMode(), d.version());
    }

    private void validate(DepartmentDraft draft, boolean creating) {
        List<FieldError> errors = new ArrayList<>();
        if (creating && (draft.code() == null || !CODE.matcher(draft.code()).matches())) {
            errors.add(FieldError.of("code", "pattern", CODE.pattern()));
        }
        if (draft.nameZh() == null || draft.nameZh().isBlank() || draft.nameZh().length() > 100) {
            errors.add(FieldError.of("nameZh", "length-range", 1, 100));
        }
        if (draft.nameEn() == null || draft.nameEn().isBlank() || draft.nameEn().length() > 100) {
            errors.add(FieldError.of("nameEn", "length-range", 1, 100));
        }
        if (draft.headUserId() != null && !USER_ID.matcher(draft.headUserId()).matches()) {
            errors.add(FieldError.of("headUserId", "user-id"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void checkUserId(String field, String userId) {
        if (userId == null || !USER_ID.matcher(userId).matches()) {
            throw new InvalidInputException(field, "user-id");
        }
    }

    /** A department as an admin describes it; {@code code} is fixed once created. */
    public record DepartmentDraft(String code, String nameZh, String nameEn, String headUserId) {
    }
}
