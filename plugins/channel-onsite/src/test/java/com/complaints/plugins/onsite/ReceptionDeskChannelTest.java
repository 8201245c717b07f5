package com.complaints.plugins.onsite;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.complaints.plugin.api.IntakeChannel;
import com.complaints.plugin.testkit.PluginTestHost;
import com.complaints.plugin.testkit.TestChannelContext;
import com.complaints.plugin.testkit.TestRequests;

import static org.assertj.core.api.Assertions.assertThat;

class ReceptionDeskChannelTest {

    private static PluginTestHost host;
    private static IntakeChannel channel;
    private static final String BODY = """
            {"location":"徐汇旗舰店","consumer":{"name":"张伟","phone":"13900139000"},
             "subject":{"type":"PRODUCT","name":"洗衣机 X100"},"description":"使用一周后漏水"}""";

    @BeforeAll
    static void load() {
        host = PluginTestHost.ofThisModule();
        channel = host.channel("onsite");
    }

    @AfterAll
    static void unload() {
        host.close();
    }

    @Test
    void aWalkInComplaintGetsAPrintableReceiptWithItsLocation() throws Exception {
        var ctx = TestChannelContext.forTenant("acme", Map.of("locations", List.of("徐汇旗舰店", "浦东店")));
        var r = channel.handle(TestRequests.post("/complaints", BODY).header("Accept", "text/html")
                .header("Idempotency-Key", "k1").staff("desk.1", "AGENT").build(), ctx);
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.bodyAsString()).contains("T-0001", "id=\"access-code\"", "徐汇旗舰店", "desk.1", "window.print()");
        assertThat(ctx.submitted().getFirst().location()).isEqualTo("徐汇旗舰店");
        assertThat(ctx.submitted().getFirst().channelMessageId()).isEqualTo("desk:desk.1:k1");
    }

    @Test
    void anUnknownLocationIsRefused() throws Exception {
        var ctx = TestChannelContext.forTenant("acme", Map.of("locations", List.of("浦东店")));
        var r = channel.handle(TestRequests.post("/complaints", BODY).staff("desk.1", "AGENT").build(), ctx);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.bodyAsString()).contains("\"field\":\"location\"");
        assertThat(ctx.submitted()).isEmpty();
    }

    @Test
    void theJsonAnswerCarriesTheReceipt() throws Exception {
        var ctx = TestChannelContext.forTenant("acme", Map.of());
        var r = channel.handle(TestRequests.post("/complaints", BODY).staff("desk.1", "AGENT").build(), ctx);
        assertThat(r.contentType()).isEqualTo("application/json");
        assertThat(r.bodyAsString()).contains("\"caseNumber\":\"T-0001\"", "\"receiptHtml\":");
    }
}
