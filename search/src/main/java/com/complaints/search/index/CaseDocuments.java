package com.complaints.search.index;

import java.util.LinkedHashMap;
import java.util.Map;

import com.complaints.core.complaint.CaseFacts;
import com.complaints.core.search.SearchField;
import com.complaints.core.text.TextAnalysis;

/**
 * A case as an index document: its facts, never the consumer's name, phone, e-mail or address; its texts as written
 * (not indexed) and analysed into terms by its tenant's analysis.
 */
final class CaseDocuments {

    private CaseDocuments() {
    }

    static Map<String, Object> of(CaseFacts f, TextAnalysis analysis, long revision) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("tenant_id", f.tenantId());
        d.put("case_id", f.id().toString());
        d.put("case_number", f.caseNumber());
        d.put("status", f.status());
        d.put("category", f.category());
        d.put("complexity", f.complexity());
        d.put("urgency", f.urgency());
        d.put("channel", f.channel());
        d.put("department", f.departmentId() == null ? null : f.departmentId().toString());
        d.put("region", f.region());
        d.put("region_code", f.regionCode());
        d.put("subject_type", f.subjectType());
        d.put("product", f.product());
        d.put("cluster", f.cluster());
        d.put("texts", f.texts());
        for (SearchField field : SearchField.values()) {
            d.put(field.indexField(), field.values(f).stream().map(analysis::indexed).toList());
        }
        d.put("vocabulary_revision", revision);
        d.put("sla", f.sla());
        d.put("breached", f.breached());
        d.put("breached_key", Boolean.toString(!f.breached().isEmpty()));
        d.put("satisfaction", f.satisfaction());
        d.put("satisfaction_key", f.satisfaction() == null ? null : f.satisfaction().toString());
        d.put("round", f.round());
        d.put("created_by", f.createdBy());
        d.put("assignee", f.assigneeUserId());
        d.put("received_at", f.receivedAt().toEpochMilli());
        d.put("resolved_at", f.resolvedAt() == null ? null : f.resolvedAt().toEpochMilli());
        d.put("closed_at", f.closedAt() == null ? null : f.closedAt().toEpochMilli());
        d.put("updated_at", f.updatedAt() == null ? null : f.updatedAt().toEpochMilli());
        d.put("change_version", f.changeVersion());
        return d;
    }
}
