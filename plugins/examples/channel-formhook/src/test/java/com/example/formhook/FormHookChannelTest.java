package com.example.formhook;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.complaints.plugin.api.IntakeChannel;
import com.complaints.plugin.testkit.PluginTestHost;
import com.complaints.plugin.testkit.TestChannelContext;
import com.complaints.plugin.testkit.TestRequests;

import static org.assertj.core.api.Assertions.assertThat;

/** Written with the plugin test kit only: the plugin's jar in a minimal host, no database, no server. */
class FormHookChannelTest {

    private static final Map<String, Object> SETTINGS = Map.of("token", "form-token-0123456789",
            "submissionIdPointer", "/entry/serial", "namePointer", "/entry/field_1", "phonePointer", "/entry/field_2",
            "productPointer", "/entry/field_3", "descriptionPointer", "/entry/field_4");
    private static final String SUBMISSION = """
            {"form":"complaints","entry":{"serial":42,"field_1":"周杰","field_2":"13511112222",
             "field_3":"扫地机器人 S8","field_4":"充电座无法识别机器"}}""";

    private static PluginTestHost host;
    private static IntakeChannel channel;

    @BeforeAll
    static void load() {
        host = PluginTestHost.ofThisModule();
        channel = host.channel("formhook");
    }

    @AfterAll
    static void unload() {
        host.close();
    }

    @Test
    void aSubmissionIsMappedToADraftOnce() throws Exception {
        var ctx = TestChannelContext.forTenant("acme", SETTINGS);
        var first = channel.handle(TestRequests.post("/", SUBMISSION).header("X-Form-Token", "form-token-0123456789").build(), ctx);
        var again = channel.handle(TestRequests.post("/", SUBMISSION).query("token", "form-token-0123456789").build(), ctx);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(ctx.submitted()).hasSize(1);
        var draft = ctx.submitted().getFirst();
        assertThat(draft.channelMessageId()).isEqualTo("form:42");
        assertThat(draft.consumer().name()).isEqualTo("周杰");
        assertThat(draft.subject().name()).isEqualTo("扫地机器人 S8");
        assertThat(draft.description()).isEqualTo("充电座无法识别机器");
    }

    @Test
    void aWrongTokenIsRefused() throws Exception {
        var ctx = TestChannelContext.forTenant("acme", SETTINGS);
        assertThat(channel.handle(TestRequests.post("/", SUBMISSION).header("X-Form-Token", "nope").build(), ctx).status())
                .isEqualTo(401);
        assertThat(ctx.submitted()).isEmpty();
    }

    @Test
    void anIncompleteSubmissionIsA400() throws Exception {
        var ctx = TestChannelContext.forTenant("acme", SETTINGS);
        var r = channel.handle(TestRequests.post("/", "{\"entry\":{\"serial\":1,\"field_1\":\"A\"}}")
                .header("X-Form-Token", "form-token-0123456789").build(), ctx);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.bodyAsString()).contains("description");
    }
}
