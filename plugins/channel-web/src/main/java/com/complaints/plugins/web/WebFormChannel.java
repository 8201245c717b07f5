package com.complaints.plugins.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.pf4j.Extension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.plugin.api.ChannelContext;
import com.complaints.plugin.api.ChannelKeys;
import com.complaints.plugin.api.ChannelRequest;
import com.complaints.plugin.api.ChannelResponse;
import com.complaints.plugin.api.ComplaintDraft;
import com.complaints.plugin.api.ConfigSchema;
import com.complaints.plugin.api.ConsumerDetails;
import com.complaints.plugin.api.DraftRejectedException;
import com.complaints.plugin.api.IntakeChannel;
import com.complaints.plugin.api.SubjectDetails;
import com.complaints.plugin.api.SubjectType;
import com.complaints.plugin.api.Submission;
import com.complaints.plugin.api.TestResult;

/**
 * The web channel: the tenant's public complaint form ({@code GET/POST /form}, served at
 * {@code /public/{tenant}/complaints/new}) and JSON intake ({@code POST /complaints}). Submissions are limited per
 * client address and tenant (429 with {@code Retry-After}), capped in size, and checked by the captcha hook when the
 * tenant configures one. A form carries a submission id made when it was rendered, a JSON request its
 * {@code Idempotency-Key}: submitting the same twice makes one case.
 */
@Extension
public class WebFormChannel implements IntakeChannel {

    static final String SCHEMA = """
            {
              "type": "object",
              "properties": {
                "rateLimitPerMinute": {"type": "integer", "minimum": 1, "maximum": 10000, "default": 10,
                                       "description": "submissions per client address per minute"},
                "maxBodyBytes": {"type": "integer", "minimum": 1024, "maximum": 1048576, "default": 65536},
                "formTitle": {"type": "string", "maxLength": 100},
                "privacyNotice": {"type": "string", "maxLength": 2000},
                "captchaVerifyUrl": {"type": "string", "format": "uri", "pattern": "^https?://"},
                "captchaSiteKey": {"type": "string", "maxLength": 200},
                "captchaSecret": {"type": "string", "writeOnly": true, "maxLength": 500}
              },
              "dependentRequired": {"captchaVerifyUrl": ["captchaSecret"]},
              "additionalProperties": false
            }""";

    private final RateLimiter limiter = new RateLimiter();
    private final JsonMapper json = JsonMapper.builder().build();
    private final CaptchaVerifier captcha = new CaptchaVerifier(json);

    @Override
    public String type() {
        return ChannelKeys.WEB;
    }

    @Override
    public String displayName() {
        return "Web form and JSON intake";
    }

    @Override
    public ConfigSchema configSchema() {
        return new ConfigSchema(SCHEMA);
    }

    @Override
    public ChannelResponse handle(ChannelRequest request, ChannelContext context) {
        Locale locale = locale(request);
        String path = request.path();
        if (request.isGet() && (path.equals("/form") || path.equals("/"))) {
            return ChannelResponse.html(200, FormPage.render(locale, context.settings(), Map.of(), List.of(),
                    UUID.randomUUID().toString(), null));
        }
        boolean form = request.isPost() && (path.equals("/form") || path.equals("/"));
        boolean api = request.isPost() && path.equals("/complaints");
        if (!form && !api) {
            return ChannelResponse.problem(404, "not-found", "no such page");
        }
        if (api && !request.header("Content-Type").map(t -> t.toLowerCase(Locale.ROOT).startsWith("application/json")).orElse(false)) {
            return ChannelResponse.problem(415, "unsupported-media-type", "send the complaint as application/json");
        }
        int maxBytes = context.settings().getInt("maxBodyBytes", 65536);
        if (request.body().length > maxBytes) {
            context.metrics().increment("web.too-large");
            return ChannelResponse.problem(413, "payload-too-large", FormText.of(locale, "tooLarge"));
        }
        int perMinute = context.settings().getInt("rateLimitPerMinute", 10);
        String bucket = context.tenantId() + "/" + context.instanceId() + "/" + request.clientAddress();
        Optional<Duration> wait = limiter.acquire(bucket, perMinute, context.clock().instant());
        if (wait.isPresent()) {
            context.metrics().increment("web.rate-limited");
            return ChannelResponse.tooManyRequests(wait.get());
        }
        return form ? submitForm(request, context, locale) : submitJson(request, context, locale);
    }

    private ChannelResponse submitForm(ChannelRequest request, ChannelContext context, Locale locale) {
        Map<String, String> fields = parseForm(request.bodyAsString());
        String submissionId = fields.getOrDefault("submissionId", "");
        if (!validSubmissionId(submissionId)) {
            submissionId = UUID.randomUUID().toString();
        }
        if (!captchaPassed(context, fields.get("captchaToken"), request.clientAddress())) {
            return ChannelResponse.html(422, FormPage.render(locale, context.settings(), fields,
                    List.of(FormText.of(locale, "captchaFailed")), submissionId, null));
        }
        try {
            ComplaintDraft draft = draft("form:" + submissionId, fields.get("name"), fields.get("phone"), fields.get("email"),
                    fields.get("address"), fields.get("regionName"), fields.get("subjectType"), fields.get("subjectName"),
                    fields.get("reference"), fields.get("description"), fields.get("expectedResolution"),
                    fields.get("occurredAt"), context);
            Submission s = context.submit(draft);
            return ChannelResponse.html(s.duplicate() ? 200 : 201, FormPage.receipt(locale, s));
        } catch (DraftRejectedException e) {
            List<String> errors = e.fields().stream().map(f -> FormText.field(locale, f)).distinct().toList();
            return ChannelResponse.html(422, FormPage.render(locale, context.settings(), fields, errors, submissionId, null));
        }
    }

    private ChannelResponse submitJson(ChannelRequest request, ChannelContext context, Locale locale) {
        JsonNode body;
        try {
            body = json.readTree(request.bodyAsString());
        } catch (RuntimeException e) {
            return ChannelResponse.problem(400, "malformed-json", "the body is not JSON");
        }
        if (body == null || !body.isObject()) {
            return ChannelResponse.problem(400, "malformed-json", "the body must be a JSON object");
        }
        List<String> unknown = unknownFields(body);
        if (!unknown.isEmpty()) {
            return validationProblem(locale, unknown, "is not a known field");
        }
        if (!captchaPassed(context, text(body, "captchaToken"), request.clientAddress())) {
            return ChannelResponse.problem(400, "captcha-failed", FormText.of(locale, "captchaFailed"));
        }
        String key = request.header("Idempotency-Key").orElse(null);
        if (key != null && (key.isBlank() || key.length() > 100)) {
            return ChannelResponse.problem(400, "idempotency-key", "Idempotency-Key must have 1 to 100 characters");
        }
        JsonNode consumer = body.path("consumer");
        JsonNode subject = body.path("subject");
        try {
            ComplaintDraft draft = draft(key == null ? null : "json:" + key, text(consumer, "name"), text(consumer, "phone"),
                    text(consumer, "email"), text(consumer, "address"), text(consumer, "regionName"), text(subject, "type"),
                    text(subject, "name"), text(subject, "reference"), text(body, "description"),
                    text(body, "expectedResolution"), text(body, "occurredAt"), context);
            Submission s = context.submit(draft);
            String answer = "{\"caseNumber\":\"" + ChannelResponse.escape(s.caseNumber()) + "\",\"accessCode\":"
                    + (s.accessCode() == null ? "null" : "\"" + ChannelResponse.escape(s.accessCode()) + "\"")
                    + ",\"receivedAt\":\"" + s.receivedAt() + "\",\"duplicate\":" + s.duplicate() + "}";
            return ChannelResponse.json(s.duplicate() ? 200 : 201, answer);
        } catch (DraftRejectedException e) {
            return validationProblem(locale, e.fields(), null);
        }
    }

    /** The fields of the JSON intake, as {@code POST /api/v1/complaints} knows them: anything else is refused. */
    private static final Map<String, java.util.Set<String>> KNOWN_FIELDS = Map.of(
            "", java.util.Set.of("consumer", "subject", "description", "expectedResolution", "occurredAt", "captchaToken"),
            "consumer", java.util.Set.of("name", "phone", "email", "address", "regionCode", "regionName"),
            "subject", java.util.Set.of("type", "name", "reference"));

    /** Unknown fields, and known ones of the wrong shape (an object where text belongs, or the reverse). */
    static List<String> unknownFields(JsonNode body) {
        List<String> wrong = new java.util.ArrayList<>();
        for (var e : body.properties()) {
            String name = e.getKey();
            if (!KNOWN_FIELDS.get("").contains(name)) {
                wrong.add(name);
            } else if (KNOWN_FIELDS.containsKey(name)) {
                if (!e.getValue().isObject() && !e.getValue().isNull()) {
                    wrong.add(name);
                    continue;
                }
                for (var inner : e.getValue().properties()) {
                    if (!KNOWN_FIELDS.get(name).contains(inner.getKey()) || inner.getValue().isContainer()) {
                        wrong.add(name + "." + inner.getKey());
                    }
                }
            } else if (e.getValue().isContainer()) {
                wrong.add(name);
            }
        }
        return wrong;
    }

    private static ChannelResponse validationProblem(Locale locale, List<String> fieldNames, String message) {
        StringBuilder fields = new StringBuilder("[");
        for (String f : fieldNames) {
            fields.append(fields.length() > 1 ? "," : "").append("{\"field\":\"").append(ChannelResponse.escape(f))
                    .append("\",\"message\":\"").append(ChannelResponse.escape(message != null ? message : FormText.field(locale, f)))
                    .append("\"}");
        }
        fields.append("]");
        String problem = "{\"type\":\"urn:problem:channel:validation\",\"title\":\"Invalid complaint\",\"status\":400,"
                + "\"detail\":\"" + ChannelResponse.escape(FormText.of(locale, "errors")) + "\",\"errors\":" + fields + "}";
        return new ChannelResponse(400, "application/problem+json", Map.of(), problem.getBytes(StandardCharsets.UTF_8));
    }

    private ComplaintDraft draft(String messageId, String name, String phone, String email, String address, String region,
                                 String subjectType, String subjectName, String reference, String description,
                                 String expected, String occurredAt, ChannelContext context) {
        List<String> errors = new ArrayList<>();
        SubjectType type = "SERVICE".equalsIgnoreCase(subjectType) ? SubjectType.SERVICE
                : "PRODUCT".equalsIgnoreCase(subjectType) ? SubjectType.PRODUCT : null;
        if (type == null) {
            errors.add("subject.type");
        }
        Instant occurred = null;
        if (occurredAt != null && !occurredAt.isBlank()) {
            try {
                occurred = occurredAt.length() == 10
                        ? LocalDate.parse(occurredAt).atStartOfDay(context.clock().getZone()).toInstant()
                        : Instant.parse(occurredAt);
            } catch (RuntimeException e) {
                errors.add("occurredAt");
            }
        }
        if (!errors.isEmpty()) {
            throw new DraftRejectedException("invalid form", errors);
        }
        return new ComplaintDraft(ChannelKeys.WEB, messageId,
                new ConsumerDetails(blankToNull(name) == null ? "" : name.strip(), blankToNull(phone), blankToNull(email),
                        blankToNull(address), null, blankToNull(region)),
                new SubjectDetails(type, subjectName == null ? "" : subjectName.strip(), blankToNull(reference)),
                description == null ? "" : description.strip(), blankToNull(expected), occurred, context.clock().instant());
    }

    private boolean captchaPassed(ChannelContext context, String token, String clientAddress) {
        Optional<String> url = context.settings().get("captchaVerifyUrl");
        if (url.isEmpty()) {
            return true;
        }
        boolean ok = captcha.verify(url.get(), context.settings().get("captchaSecret").orElse(""), token, clientAddress);
        if (!ok) {
            context.metrics().increment("web.captcha-failed");
        }
        return ok;
    }

    @Override
    public TestResult test(ChannelContext context) {
        return context.settings().get("captchaVerifyUrl")
                .map(url -> TestResult.ok("form ready; captcha verified by " + java.net.URI.create(url).getHost()))
                .orElse(TestResult.ok("form ready without captcha"));
    }

    static Map<String, String> parseForm(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.putIfAbsent(name, value);
            } catch (IllegalArgumentException ignored) {
                // a malformed pair is dropped; the draft check reports what is missing
            }
        }
        return fields;
    }

    private static boolean validSubmissionId(String id) {
        return id.matches("[0-9a-fA-F-]{36}");
    }

    private static Locale locale(ChannelRequest request) {
        return request.queryParam("lang").map(l -> l.startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE)
                .orElse(request.locale());
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() ? v.asString() : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
