package com.complaints.plugin.testkit;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.plugin.api.ChannelKeys;
import com.complaints.plugin.api.DeliveryResult;
import com.complaints.plugin.api.Notification;
import com.complaints.plugin.api.Notifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every notifier must do to be hosted: extend this class in the plugin's tests and give settings that point
 * at an unreachable endpoint. An unreachable endpoint is a retryable failure, never an exception and never a
 * "delivered"; an unusable recipient is a permanent failure.
 */
public abstract class NotifierContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PluginTestHost host;
    protected Notifier notifier;

    protected abstract String type();

    /** Valid settings whose endpoint or server is unreachable (e.g. 127.0.0.1 port 1). */
    protected abstract Map<String, ?> unreachableSettings();

    @BeforeEach
    void loadPlugin() {
        host = PluginTestHost.ofThisModule();
        notifier = host.notifier(type());
    }

    @AfterEach
    void unloadPlugin() {
        host.close();
    }

    private Notification sample(String address) {
        Notification.Kind kind = notifier.recipientKind();
        return TestNotifications.caseReceived(kind, kind == Notification.Kind.ENDPOINT ? null : address);
    }

    @Test
    void itsTypeIsAValidKeyAndItSaysHowItReachesRecipients() {
        assertTrue(ChannelKeys.isValid(notifier.type()), "type " + notifier.type() + " must match " + ChannelKeys.FORMAT);
        assertFalse(notifier.displayName() == null || notifier.displayName().isBlank());
        assertNotNull(notifier.recipientKind());
    }

    @Test
    void itsConfigurationSchemaRefusesUnknownSettingsAndMarksSecrets() {
        JsonNode schema = JSON.readTree(notifier.configSchema().json());
        assertEquals("object", schema.path("type").asString());
        assertFalse(schema.path("additionalProperties").asBoolean(true), "unknown settings must be refused");
        schema.path("properties").properties().forEach(p -> {
            String name = p.getKey().toLowerCase();
            if (name.contains("password") || name.contains("secret") || name.contains("token") || name.equals("authorization")) {
                assertTrue(p.getValue().path("writeOnly").asBoolean(false), p.getKey() + " looks secret: mark it writeOnly");
            }
        });
    }

    @Test
    void anUnreachableEndpointIsARetryableFailure() throws Exception {
        var ctx = new TestPluginContext("acme", "contract", unreachableSettings());
        DeliveryResult result = notifier.deliver(sample(notifier.recipientKind() == Notification.Kind.EMAIL
                ? "someone@example.com" : "13800138000"), ctx);
        assertInstanceOf(DeliveryResult.RetryableFailure.class, result, "got " + result);
    }

    @Test
    void anUnusableRecipientIsAPermanentFailure() throws Exception {
        if (notifier.recipientKind() == Notification.Kind.ENDPOINT) {
            return;
        }
        var ctx = new TestPluginContext("acme", "contract", unreachableSettings());
        DeliveryResult result = notifier.deliver(sample("<not an address>"), ctx);
        assertInstanceOf(DeliveryResult.PermanentFailure.class, result, "got " + result);
    }
}
