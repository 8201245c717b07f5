package com.complaints.plugins.phone;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.pf4j.Extension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.plugin.api.CallEvent;
import com.complaints.plugin.api.ChannelContext;
import com.complaints.plugin.api.ChannelKeys;
import com.complaints.plugin.api.ChannelRequest;
import com.complaints.plugin.api.ChannelResponse;
import com.complaints.plugin.api.ConfigSchema;
import com.complaints.plugin.api.IntakeChannel;
import com.complaints.plugin.api.TestResult;

/**
 * The telephone channel: a CTI system posts call events to {@code POST /events} — one event or an array — signed
 * with HMAC-SHA256 of {@code timestamp + "." + body} under the tenant's secret, in {@code X-Signature:
 * sha256=<hex>} with {@code X-Timestamp: <epoch seconds>} (refused when older than the tolerance, against replays).
 * Each event: {@code {"eventId", "callId", "type": "RINGING|ANSWERED|ENDED", "at", "callerNumber", "agentId",
 * "ringCount", "recordingRef"}}. The host keeps one record per call; agents take complaints from calls.
 */
@Extension
public class CtiWebhookChannel implements IntakeChannel {

    static final String SCHEMA = """
            {
              "type": "object",
              "properties": {
                "signingSecret": {"type": "string", "minLength": 16, "maxLength": 200, "writeOnly": true},
                "toleranceSeconds": {"type": "integer", "minimum": 30, "maximum": 3600, "default": 300}
              },
              "required": ["signingSecret"],
              "additionalProperties": false
            }""";
    private static final int MAX_EVENTS = 500;

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public String type() {
        return ChannelKeys.PHONE;
    }

    @Override
    public String displayName() {
        return "Telephone (CTI webhook)";
    }

    @Override
    public ConfigSchema configSchema() {
        return new ConfigSchema(SCHEMA);
    }

    @Override
    public ChannelResponse handle(ChannelRequest request, ChannelContext context) {
        if (!request.isPost() || !request.path().equals("/events")) {
            return ChannelResponse.problem(404, "not-found", "post call events to /events");
        }
        byte[] body = request.body();
        String timestamp = request.header("X-Timestamp").orElse("");
        String signature = request.header("X-Signature").orElse("").replaceFirst("^sha256=", "");
        // the signature first: nothing of an unsigned request is looked at, and it changes nothing
        String expected = Signatures.sign(context.settings().require("signingSecret"), timestamp, body);
        if (timestamp.isEmpty() || !Signatures.matches(expected, signature)) {
            context.metrics().increment("phone.bad-signature");
            return ChannelResponse.problem(401, "invalid-signature", "the signature does not match");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return ChannelResponse.problem(401, "invalid-signature", "X-Timestamp is not epoch seconds");
        }
        long tolerance = context.settings().getInt("toleranceSeconds", 300);
        long now = context.clock().instant().getEpochSecond();
        if (seconds < now - tolerance || seconds > now + tolerance) {
            context.metrics().increment("phone.stale");
            return ChannelResponse.problem(401, "stale-request", "X-Timestamp is outside the allowed window");
        }
        List<CallEvent> events;
        try {
            events = parse(json.readTree(body));
        } catch (IllegalArgumentException | tools.jackson.core.JacksonException e) {
            return ChannelResponse.problem(400, "invalid-event", e.getMessage());
        }
        for (CallEvent event : events) {
            context.recordCall(event);
        }
        context.metrics().increment("phone.events");
        return ChannelResponse.json(202, "{\"accepted\":" + events.size() + "}");
    }

    private List<CallEvent> parse(JsonNode node) {
        List<JsonNode> items = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(items::add);
        } else if (node.isObject()) {
            items.add(node);
        } else {
            throw new IllegalArgumentException("expected an event object or an array of events");
        }
        if (items.isEmpty() || items.size() > MAX_EVENTS) {
            throw new IllegalArgumentException("expected 1 to " + MAX_EVENTS + " events");
        }
        List<CallEvent> events = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode e = items.get(i);
            String where = "event " + i + ": ";
            String eventId = required(e, "eventId", where);
            String callId = required(e, "callId", where);
            CallEvent.Type type;
            try {
                type = CallEvent.Type.valueOf(required(e, "type", where));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(where + "type must be RINGING, ANSWERED or ENDED");
            }
            Instant at;
            try {
                at = Instant.parse(required(e, "at", where));
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException(where + "at must be an ISO-8601 instant");
            }
            JsonNode rings = e.path("ringCount");
            Integer ringCount = rings.isIntegralNumber() && rings.asInt() >= 0 ? rings.asInt() : null;
            String caller = optional(e, "callerNumber");
            if (caller != null && !caller.matches("\\+?[0-9]{3,20}")) {
                throw new IllegalArgumentException(where + "callerNumber must be digits with an optional +");
            }
            events.add(new CallEvent(eventId, callId, type, at, caller, optional(e, "agentId"), ringCount,
                    optional(e, "recordingRef")));
        }
        return events;
    }

    private static String required(JsonNode e, String field, String where) {
        String v = optional(e, field);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(where + field + " is required");
        }
        return v;
    }

    private static String optional(JsonNode e, String field) {
        JsonNode v = e.path(field);
        return v.isValueNode() && !v.isNull() ? v.asString() : null;
    }

    @Override
    public TestResult test(ChannelContext context) {
        return context.settings().get("signingSecret").isPresent()
                ? TestResult.ok("ready: the CTI must sign events with the configured secret")
                : TestResult.failed("no signing secret configured");
    }
}
