package com.complaints.core.complaint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.complaints.core.persistence.SearchVersions;

/** Reads {@link CaseFacts} in batches, in the bound tenant. */
@Service
@Transactional(readOnly = true)
public class CaseFactsReader {

    private final ComplaintRepository complaints;
    private final ProgressUpdateRepository progress;
    private final SolutionRepository solutions;
    private final FollowUpRecordRepository followUps;
    private final ComplaintClocks clocks;
    private final SearchVersions versions;
    private final HandoverRepository handovers;

    CaseFactsReader(ComplaintRepository complaints, ProgressUpdateRepository progress, SolutionRepository solutions,
                    FollowUpRecordRepository followUps, ComplaintClocks clocks, SearchVersions versions,
                    HandoverRepository handovers) {
        this.handovers = handovers;
        this.complaints = complaints;
        this.progress = progress;
        this.solutions = solutions;
        this.followUps = followUps;
        this.clocks = clocks;
        this.versions = versions;
    }

    /**
     * The facts of these cases (unknown ids are left out). The change versions are read before the cases, so a case
     * that changes meanwhile is read at its version or newer, never older: a write of these facts to the index can
     * be early but never stale at the version it carries (the relay writes the same version again when the change's
     * own outbox entry comes).
     */
    public List<CaseFacts> read(Collection<UUID> ids) {
        Map<UUID, Long> changeVersions = versions.of(ids);
        return facts(complaints.findAllById(ids), changeVersions);
    }

    /** A page of all the tenant's cases in id order, after {@code after} (null: from the start). */
    public List<CaseFacts> page(UUID after, int size) {
        var page = PageRequest.of(0, size, Sort.by("id"));
        return facts(after == null ? complaints.findAll(page).getContent() : complaints.findByIdGreaterThan(after, page), null);
    }

    /** The facts of the cases received in [from, to). */
    public List<CaseFacts> receivedBetween(Instant from, Instant to) {
        return facts(complaints.findByReceivedAtGreaterThanEqualAndReceivedAtLessThan(from, to), null);
    }

    /** @param readBefore the change versions when read before the cases, else null (read now) */
    private List<CaseFacts> facts(List<Complaint> found, Map<UUID, Long> readBefore) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = found.stream().map(Complaint::id).toList();
        Map<UUID, List<ProgressUpdate>> progressBy = progress.findByComplaintIdIn(ids).stream()
                .sorted(Comparator.comparing(ProgressUpdate::recordedAt))
                .collect(Collectors.groupingBy(ProgressUpdate::complaintId));
        Map<UUID, List<Solution>> solutionsBy = solutions.findByComplaintIdIn(ids).stream()
                .collect(Collectors.groupingBy(Solution::complaintId));
        List<FollowUpRecord> allFollowUps = followUps.findByComplaintIdIn(ids);
        Map<UUID, List<String>> followUpComments = allFollowUps.stream().filter(f -> f.comment() != null)
                .sorted(Comparator.comparing(FollowUpRecord::recordedAt))
                .collect(Collectors.groupingBy(FollowUpRecord::complaintId, Collectors.mapping(FollowUpRecord::comment, Collectors.toList())));
        Map<UUID, FollowUpRecord> latestFollowUp = allFollowUps.stream()
                .filter(f -> f.satisfaction() != null)
                .collect(Collectors.toMap(FollowUpRecord::complaintId, Function.identity(),
                        (a, b) -> a.recordedAt().isAfter(b.recordedAt()) ? a : b));
        Map<UUID, List<ClockView>> clocksBy = clocks.ofAll(ids);
        Map<UUID, Long> changeVersions = readBefore != null ? readBefore : versions.of(ids);
        java.util.Set<UUID> handedOver = handovers.findByComplaintIdIn(ids).stream().map(Handover::complaintId)
                .collect(Collectors.toSet());
        List<CaseFacts> result = new ArrayList<>(found.size());
        for (Complaint c : found) {
            List<String> texts = new ArrayList<>();
            texts.add(c.description());
            if (c.expectedResolution() != null) {
                texts.add(c.expectedResolution());
            }
            progressBy.getOrDefault(c.id(), List.of()).forEach(p -> texts.add(p.message()));
            solutionsBy.getOrDefault(c.id(), List.of()).forEach(s -> texts.add(s.text()));
            if (c.resolution() != null) {
                texts.add(c.resolution());
            }
            texts.addAll(followUpComments.getOrDefault(c.id(), List.of()));
            Map<String, String> sla = new LinkedHashMap<>();
            List<String> breached = new ArrayList<>();
            clocksBy.getOrDefault(c.id(), List.of()).stream()
                    .sorted(Comparator.comparing(ClockView::round).thenComparing(ClockView::startedAt))
                    .forEach(clock -> {
                        String outcome = outcome(clock);
                        if (outcome != null) {
                            sla.put(clock.metric(), outcome);
                        }
                        if (clock.breachedAt() != null && !breached.contains(clock.metric())) {
                            breached.add(clock.metric());
                        }
                    });
            var consumer = c.consumer();
            String region = consumer.regionName() != null ? consumer.regionName() : consumer.regionCode();
            FollowUpRecord f = latestFollowUp.get(c.id());
            result.add(new CaseFacts(c.id(), c.tenantId(), c.caseNumber(), c.status().name(),
                    c.category() == null ? null : c.category().name(), c.complexity() == null ? null : c.complexity().name(),
                    c.urgency() == null ? null : c.urgency().name(), c.channel(), c.departmentId(), region,
                    consumer.regionCode(), c.subject().type().name(), c.subject().name(), c.description(), texts, sla,
                    breached, f == null ? null : f.satisfaction(), c.round(), c.createdBy(), c.assigneeUserId(),
                    c.receivedAt(), c.resolvedAt(), c.closedAt(), c.updatedAt(), changeVersions.getOrDefault(c.id(), 0L),
                    c.round() == 1 && !handedOver.contains(c.id())
                            && (c.resolvedAt() != null || c.status() == ComplaintStatus.CLOSED)));
        }
        return result;
    }

    /** ON_TIME, LATE, OVERDUE or OPEN; null for a cancelled clock. */
    static String outcome(ClockView clock) {
        return switch (clock.state()) {
            case "MET" -> "ON_TIME";
            case "BREACHED" -> clock.metAt() != null ? "LATE" : "OVERDUE";
            case "RUNNING", "PAUSED" -> "OPEN";
            default -> null;
        };
    }
}
