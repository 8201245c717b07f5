package com.complaints.plugins.email;

import java.util.Map;
import java.util.Properties;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.complaints.plugin.api.IntakeChannel;
import com.complaints.plugin.testkit.PluginTestHost;
import com.complaints.plugin.testkit.TestChannelContext;

import static org.assertj.core.api.Assertions.assertThat;

class ImapChannelTest {

    private GreenMail mail;
    private GreenMailUser mailbox;
    private PluginTestHost host;
    private IntakeChannel channel;
    private TestChannelContext ctx;

    @BeforeEach
    void start() {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        mail.start();
        mailbox = mail.setUser("complaints@acme.example", "complaints", "s3cret");
        host = PluginTestHost.ofThisModule();
        channel = host.channel("email");
        ctx = TestChannelContext.forTenant("acme", Map.of("host", "127.0.0.1", "port", mail.getImap().getPort(),
                "security", "NONE", "username", "complaints", "password", "s3cret"));
    }

    @AfterEach
    void stop() {
        host.close();
        mail.stop();
    }

    private MimeMessage message(String messageId, String from, String subject) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress(from, "王芳", "UTF-8"));
        m.setRecipients(MimeMessage.RecipientType.TO, "complaints@acme.example");
        m.setSubject(subject, "UTF-8");
        return m;
    }

    @Test
    void aNewMailBecomesAComplaintOnceAndIsMarkedSeen() throws Exception {
        MimeMessage m = message("<a1@example.com>", "wang.fang@example.com", "冰箱不制冷");
        m.setText("上周购买的冰箱 BCD-520 不制冷，请尽快处理。", "UTF-8");
        mailbox.deliver(m);

        channel.poll(ctx);
        channel.poll(ctx);

        assertThat(ctx.submitted()).hasSize(1);
        var draft = ctx.submitted().getFirst();
        assertThat(draft.channelMessageId()).isEqualTo("a1@example.com");
        assertThat(draft.consumer().email()).isEqualTo("wang.fang@example.com");
        assertThat(draft.consumer().name()).isEqualTo("王芳");
        assertThat(draft.subject().name()).isEqualTo("冰箱不制冷");
        assertThat(draft.description()).contains("BCD-520 不制冷");
        assertThat(mail.getReceivedMessages()[0].isSet(Flags.Flag.SEEN)).isTrue();
        assertThat(ctx.cursor()).isPresent();
    }

    @Test
    void aRedeliveryAfterALostCursorMakesNoSecondCase() throws Exception {
        MimeMessage m = message("<a2@example.com>", "wang.fang@example.com", "Broken TV");
        m.setText("The screen flickers.", "UTF-8");
        mailbox.deliver(m);
        channel.poll(ctx);
        ctx.saveCursor(null);
        mail.getReceivedMessages()[0].setFlag(Flags.Flag.SEEN, false);
        channel.poll(ctx);
        assertThat(ctx.submitted()).hasSize(1);
    }

    @Test
    void aReplyThreadsIntoItsCase() throws Exception {
        MimeMessage first = message("<a3@example.com>", "wang.fang@example.com", "Late delivery");
        first.setText("My order 7781 is two weeks late.", "UTF-8");
        mailbox.deliver(first);
        channel.poll(ctx);

        MimeMessage reply = message("<a4@example.com>", "wang.fang@example.com", "Re: Late delivery");
        reply.setHeader("In-Reply-To", "<a3@example.com>");
        reply.setHeader("References", "<a3@example.com>");
        reply.setText("It has still not arrived.\n\nOn Mon, 2 Nov 2026 someone wrote:\n> My order 7781 is two weeks late.", "UTF-8");
        mailbox.deliver(reply);
        channel.poll(ctx);

        assertThat(ctx.submitted()).hasSize(1);
        assertThat(ctx.appended()).hasSize(1);
        assertThat(ctx.appended().getFirst().text()).isEqualTo("It has still not arrived.");
    }

    @Test
    void htmlMailIsSanitisedToText() throws Exception {
        MimeMessage m = message("<a5@example.com>", "lee@example.com", "Refund");
        m.setContent("<html><head><style>p{}</style></head><body><p>Please refund <b>order 12</b>.</p>"
                + "<script>alert(1)</script><p>Thanks</p></body></html>", "text/html; charset=UTF-8");
        mailbox.deliver(m);
        channel.poll(ctx);
        String text = ctx.submitted().getFirst().description();
        assertThat(text).contains("Please refund order 12.", "Thanks").doesNotContain("alert", "<");
    }

    @Test
    void theTestLogsIn() throws Exception {
        assertThat(channel.test(ctx).ok()).isTrue();
    }
}
