package com.complaints.plugins.onsite;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pf4j.Extension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.complaints.plugin.api.ChannelContext;
import com.complaints.plugin.api.ChannelKeys;
import com.complaints.plugin.api.ChannelRequest;
import com.complaints.plugin.api.ChannelResponse;
import com.complaints.plugin.api.ComplaintDraft;
import com.complaints.plugin.api.ConfigSchema;
import com.complaints.plugin.api.ConsumerDetails;
import com.complaints.plugin.api.DraftRejectedException;
import com.complaints.plugin.api.IntakeChannel;
import com.complaints.plugin.api.StaffIdentity;
import com.complaints.plugin.api.SubjectDetails;
import com.complaints.plugin.api.SubjectType;
import com.complaints.plugin.api.Submission;

/**
 * Reception-desk intake: a signed-in staff member records a walk-in complaint with the location (store, branch)
 * it was taken at ({@code POST /complaints}) and hands the consumer a printable receipt with the case number and
 * access code ({@code Accept: text/html} answers the receipt itself; JSON answers carry it in {@code receiptHtml}).
 * {@code GET /locations} lists the tenant's configured locations. An {@code Idempotency-Key} makes a double click
 * one case.
 */
@Extension
public class ReceptionDeskChannel implements IntakeChannel {

    static final String SCHEMA = """
            {
              "type": "object",
              "properties": {
                "locations": {"type": "array", "items": {"type": "string", "minLength": 1, "maxLength": 200},
                              "maxItems": 500, "uniqueItems": true},
                "requireLocation": {"type": "boolean", "default": true},
                "timeZone": {"type": "string", "description": "the desk's time zone when it differs from the tenant's"},
                "trackingUrl": {"type": "string", "maxLength": 300},
                "receiptFooter": {"type": "string", "maxLength": 500}
              },
              "additionalProperties": false
            }""";

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public String type() {
        return ChannelKeys.ONSITE;
    }

    @Override
    public String displayName() {
        return "Reception desk (walk-in)";
    }

    @Override
    public ConfigSchema configSchema() {
        return new ConfigSchema(SCHEMA);
    }

    @Override
    public boolean requiresStaff() {
        return true;
    }

    @Override
    public ChannelResponse handle(ChannelRequest request, ChannelContext context) {
        if (request.isGet() && request.path().equals("/locations")) {
            var array = json.createArrayNode();
            context.settings().getList("locations").forEach(array::add);
            return ChannelResponse.json(200, array.toString());
        }
        if (!request.isPost() || !request.path().equals("/complaints")) {
            return ChannelResponse.problem(404, "not-found", "post walk-in complaints to /complaints");
        }
        StaffIdentity staff = request.staff().orElseThrow(() -> new IllegalStateException("the host must pass the staff member"));
        JsonNode body;
        try {
            body = json.readTree(request.bodyAsString());
        } catch (RuntimeException e) {
            return ChannelResponse.problem(400, "malformed-json", "the body is not JSON");
        }
        if (body == null || !body.isObject()) {
            return ChannelResponse.problem(400, "malformed-json", "the body must be a JSON object");
        }
        String location = text(body, "location");
        List<String> locations = context.settings().getList("locations");
        List<String> errors = new ArrayList<>();
        if (location == null && context.settings().getBoolean("requireLocation", true)) {
            errors.add("location");
        } else if (location != null && !locations.isEmpty() && !locations.contains(location)) {
            errors.add("location");
        }
        JsonNode subject = body.path("subject");
        SubjectType type = "SERVICE".equals(text(subject, "type")) ? SubjectType.SERVICE
                : "PRODUCT".equals(text(subject, "type")) ? SubjectType.PRODUCT : null;
        if (type == null) {
            errors.add("subject.type");
        }
        Instant occurredAt = null;
        if (text(body, "occurredAt") != null) {
            try {
                occurredAt = Instant.parse(text(body, "occurredAt"));
            } catch (RuntimeException e) {
                errors.add("occurredAt");
            }
        }
        if (!errors.isEmpty()) {
            return validation(errors);
        }
        String key = request.header("Idempotency-Key").orElse(null);
        JsonNode c = body.path("consumer");
        ComplaintDraft draft = new ComplaintDraft(ChannelKeys.ONSITE,
                key == null ? null : "desk:" + staff.userId() + ":" + key,
                new ConsumerDetails(orEmpty(text(c, "name")), text(c, "phone"), text(c, "email"), text(c, "address"),
                        text(c, "regionCode"), text(c, "regionName")),
                new SubjectDetails(type, orEmpty(text(subject, "name")), text(subject, "reference")),
                orEmpty(text(body, "description")), text(body, "expectedResolution"), occurredAt,
                context.clock().instant(), location, List.of());
        Submission s;
        try {
            s = context.submit(draft);
        } catch (DraftRejectedException e) {
            return validation(e.fields());
        }
        ZoneId zone = context.settings().get("timeZone").map(ZoneId::of).orElse(context.clock().getZone());
        String receipt = Receipt.html(s, location, staff.userId(), zone, context.settings().get("trackingUrl").orElse(null),
                context.settings().get("receiptFooter").orElse(null));
        int status = s.duplicate() ? 200 : 201;
        if (request.header("Accept").orElse("").contains("text/html")) {
            return ChannelResponse.html(status, receipt);
        }
        ObjectNode answer = json.createObjectNode();
        answer.put("caseNumber", s.caseNumber());
        answer.put("accessCode", s.accessCode());
        answer.put("receivedAt", s.receivedAt().toString());
        answer.put("location", location);
        answer.put("duplicate", s.duplicate());
        answer.put("receiptHtml", receipt);
        return ChannelResponse.json(status, answer.toString());
    }

    private static ChannelResponse validation(List<String> fields) {
        StringBuilder list = new StringBuilder("[");
        for (String f : fields) {
            list.append(list.length() > 1 ? "," : "").append("{\"field\":\"").append(ChannelResponse.escape(f)).append("\"}");
        }
        String problem = "{\"type\":\"urn:problem:channel:validation\",\"title\":\"Invalid complaint\",\"status\":400,"
                + "\"errors\":" + list + "]}";
        return new ChannelResponse(400, "application/problem+json", Map.of(), problem.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() && !v.asString().isBlank() ? v.asString().strip() : null;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
