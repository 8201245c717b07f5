package com.example.formhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.pf4j.Extension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.plugin.api.ChannelContext;
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

/**
 * An example third-party channel: any online form service that posts its answers as JSON (a "webhook on
 * submission") becomes an intake channel. The tenant maps the form's fields with JSON Pointers and shares a token
 * with the form service ({@code X-Form-Token} header or {@code ?token=}). The submission id field is the dedup key.
 */
@Extension
public class FormHookChannel implements IntakeChannel {

    static final String SCHEMA = """
            {
              "type": "object",
              "properties": {
                "token": {"type": "string", "minLength": 16, "writeOnly": true},
                "submissionIdPointer": {"type": "string", "pattern": "^/", "default": "/id"},
                "namePointer": {"type": "string", "pattern": "^/"},
                "phonePointer": {"type": "string", "pattern": "^/"},
                "emailPointer": {"type": "string", "pattern": "^/"},
                "productPointer": {"type": "string", "pattern": "^/"},
                "descriptionPointer": {"type": "string", "pattern": "^/"},
                "expectedPointer": {"type": "string", "pattern": "^/"}
              },
              "required": ["token", "namePointer", "descriptionPointer"],
              "additionalProperties": false
            }""";

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public String type() {
        return "formhook";
    }

    @Override
    public String displayName() {
        return "Online form (JSON webhook)";
    }

    @Override
    public ConfigSchema configSchema() {
        return new ConfigSchema(SCHEMA);
    }

    @Override
    public ChannelResponse handle(ChannelRequest request, ChannelContext context) {
        if (!request.isPost()) {
            return ChannelResponse.problem(405, "method-not-allowed", "the form service must POST its submissions");
        }
        String given = request.header("X-Form-Token").or(() -> request.queryParam("token")).orElse("");
        String token = context.settings().require("token");
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return ChannelResponse.problem(401, "invalid-token", "the form token does not match");
        }
        JsonNode answers;
        try {
            answers = json.readTree(request.body());
        } catch (RuntimeException e) {
            return ChannelResponse.problem(400, "malformed-json", "the body is not JSON");
        }
        var s = context.settings();
        String id = at(answers, s.get("submissionIdPointer").orElse("/id"));
        ComplaintDraft draft = new ComplaintDraft("formhook", id == null ? null : "form:" + id,
                new ConsumerDetails(orEmpty(at(answers, s.require("namePointer"))), at(answers, s.get("phonePointer").orElse(null)),
                        at(answers, s.get("emailPointer").orElse(null)), null, null, null),
                new SubjectDetails(SubjectType.PRODUCT, orDefault(at(answers, s.get("productPointer").orElse(null)), "(form)"), null),
                orEmpty(at(answers, s.require("descriptionPointer"))), at(answers, s.get("expectedPointer").orElse(null)),
                null, context.clock().instant());
        try {
            Submission submission = context.submit(draft);
            return ChannelResponse.json(submission.duplicate() ? 200 : 201,
                    "{\"caseNumber\":\"" + ChannelResponse.escape(submission.caseNumber()) + "\"}");
        } catch (DraftRejectedException e) {
            return ChannelResponse.problem(400, "invalid-submission", "missing or invalid: " + String.join(", ", e.fields()));
        }
    }

    private static String at(JsonNode root, String pointer) {
        if (pointer == null) {
            return null;
        }
        JsonNode v = root.at(pointer);
        return v.isValueNode() && !v.isNull() && !v.asString().isBlank() ? v.asString().strip() : null;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String orDefault(String s, String otherwise) {
        return s == null ? otherwise : s;
    }
}
