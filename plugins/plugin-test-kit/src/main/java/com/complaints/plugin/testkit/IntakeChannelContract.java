package com.complaints.plugin.testkit;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.plugin.api.ChannelKeys;
import com.complaints.plugin.api.ChannelResponse;
import com.complaints.plugin.api.IntakeChannel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every intake channel must do to be hosted: extend this class in the plugin's tests and say which channel
 * type and which valid settings to use. It loads the plugin from its own jar through {@link PluginTestHost}.
 */
public abstract class IntakeChannelContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PluginTestHost host;
    protected IntakeChannel channel;

    /** The channel type under test. */
    protected abstract String type();

    /** Settings that pass the channel's schema. */
    protected abstract Map<String, ?> validSettings();

    @BeforeEach
    void loadPlugin() {
        host = PluginTestHost.ofThisModule();
        channel = host.channel(type());
    }

    @AfterEach
    void unloadPlugin() {
        host.close();
    }

    @Test
    void itsTypeIsAValidChannelKeyAndItHasAName() {
        assertTrue(ChannelKeys.isValid(channel.type()), "type " + channel.type() + " must match " + ChannelKeys.FORMAT);
        assertFalse(channel.displayName() == null || channel.displayName().isBlank(), "a display name is required");
    }

    @Test
    void itsConfigurationSchemaIsAJsonObjectSchemaThatRefusesUnknownSettings() {
        JsonNode schema = JSON.readTree(channel.configSchema().json());
        assertEquals("object", schema.path("type").asString(), "the schema describes an object");
        assertFalse(schema.path("additionalProperties").asBoolean(true), "unknown settings must be refused");
        schema.path("properties").properties().forEach(p -> {
            String name = p.getKey().toLowerCase();
            if (name.contains("password") || name.contains("secret") || name.contains("token")) {
                assertTrue(p.getValue().path("writeOnly").asBoolean(false), p.getKey() + " looks secret: mark it writeOnly");
            }
        });
    }

    @Test
    void anUnknownPathIsAClientErrorNotAnException() throws Exception {
        if (!channel.pollInterval(TestChannelContext.forTenant("acme", validSettings()).settings()).isEmpty()) {
            return;
        }
        var ctx = TestChannelContext.forTenant("acme", validSettings());
        ChannelResponse response = channel.handle(TestRequests.post("/no/such/path/" + System.nanoTime(), "{}")
                .staff("contract", "AGENT").build(), ctx);
        assertNotNull(response);
        assertTrue(response.status() >= 400 && response.status() < 500, "expected a 4xx, got " + response.status());
        assertTrue(ctx.submitted().isEmpty(), "nothing may be taken in");
    }

    @Test
    void garbageIsRefusedWithoutTakingAnythingIn() throws Exception {
        var ctx = TestChannelContext.forTenant("acme", validSettings());
        if (channel.pollInterval(ctx.settings()).isPresent()) {
            return;
        }
        for (String path : new String[] {"/", "/complaints", "/events", "/form"}) {
            ChannelResponse response = channel.handle(TestRequests.post(path, "\u0000not json at all{{")
                    .header("Content-Type", "application/json").staff("contract", "AGENT").build(), ctx);
            assertTrue(response.status() >= 400, path + " answered " + response.status());
        }
        assertTrue(ctx.submitted().isEmpty(), "nothing may be taken in");
        assertTrue(ctx.calls().isEmpty(), "nothing may be recorded");
    }
}
