package com.complaints.plugins.mail;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.complaints.plugin.api.DeliveryResult;
import com.complaints.plugin.api.Notification;
import com.complaints.plugin.api.Notifier;
import com.complaints.plugin.testkit.PluginTestHost;
import com.complaints.plugin.testkit.TestNotifications;
import com.complaints.plugin.testkit.TestPluginContext;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpNotifierTest {

    private GreenMail mail;
    private PluginTestHost host;
    private Notifier notifier;

    @BeforeEach
    void start() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        host = PluginTestHost.ofThisModule();
        notifier = host.notifier("email");
    }

    @AfterEach
    void stop() {
        host.close();
        mail.stop();
    }

    @Test
    void theMailArrivesWithTheCaseNumberInItsSubject() throws Exception {
        var ctx = new TestPluginContext("acme", "mail", Map.of("host", "127.0.0.1", "port", mail.getSmtp().getPort(),
                "security", "NONE", "from", "service@acme.example", "fromName", "ACME 客服"));
        var n = TestNotifications.caseReceived(Notification.Kind.EMAIL, "wang.fang@example.com");
        assertThat(notifier.deliver(n, ctx)).isInstanceOf(DeliveryResult.Delivered.class);
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).contains("2026-11-000001");
        assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
        assertThat(received[0].getContent().toString()).contains("查询码 K7P2Q9");
        assertThat(received[0].getMessageID()).isEqualTo("<notification." + n.id() + "@acme.example>");
    }

    @Test
    void anInvalidAddressFailsForGoodAndAnUnreachableServerIsRetried() throws Exception {
        var ctx = new TestPluginContext("acme", "mail", Map.of("host", "127.0.0.1", "port", mail.getSmtp().getPort(),
                "security", "NONE", "from", "service@acme.example"));
        assertThat(notifier.deliver(TestNotifications.caseReceived(Notification.Kind.EMAIL, "not an address"), ctx))
                .isInstanceOf(DeliveryResult.PermanentFailure.class);
        var down = new TestPluginContext("acme", "mail", Map.of("host", "127.0.0.1", "port", 1, "security", "NONE",
                "from", "service@acme.example"));
        assertThat(notifier.deliver(TestNotifications.caseReceived(Notification.Kind.EMAIL, "a@example.com"), down))
                .isInstanceOf(DeliveryResult.RetryableFailure.class);
    }
}
