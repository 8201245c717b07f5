package com.complaints.server.plugin;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.complaints.server.support.Eventually;
import com.complaints.server.support.Api;
import com.complaints.server.support.ServerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail end to end against a real IMAP/SMTP server (GreenMail in the test JVM): a mail in the mailbox becomes a case,
 * the consumer gets the receipt mail through the e-mail notifier, and their reply threads into the case.
 */
class EmailChannelIT extends ServerIntegrationTest {

    private static GreenMail mail;

    @BeforeAll
    static void startMail() {
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)});
        mail.start();
    }

    @AfterAll
    static void stopMail() {
        mail.stop();
    }

    private static MimeMessage message(String id, String from, String subject, String text) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", id);
            }
        };
        m.setFrom(new InternetAddress(from, "Zhao Min", "UTF-8"));
        m.setRecipients(MimeMessage.RecipientType.TO, "service@mailtest.example");
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        return m;
    }

    /** The tenant's e-mail channel on the test IMAP server, polled every 5 s. */
    private Api.Response mailbox(String admin, String user) {
        return api.post("/api/v1/admin/channels", admin, Map.of("id", "mailbox", "type", "email",
                "settings", Map.of("host", "127.0.0.1", "port", mail.getImap().getPort(), "security", "NONE",
                        "username", user, "password", "pw-" + user, "pollSeconds", 5)));
    }

    private Api.Response complaints(String tenant) {
        return api.get("/api/v1/complaints?channel=email", api.token(tenant, "sup", "SUPERVISOR", null));
    }

    @Test
    void aMailBecomesACaseTheConsumerIsToldAndTheReplyThreadsIn() throws Exception {
        String tenant = newTenant("mail");
        String user = tenant + "-box";
        GreenMailUser box = mail.setUser(user + "@mailtest.example", user, "pw-" + user);
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        var notifier = api.post("/api/v1/admin/notifiers", admin, Map.of("id", "mail-out", "type", "email",
                "settings", Map.of("host", "127.0.0.1", "port", mail.getSmtp().getPort(), "security", "NONE",
                        "from", "service@mailtest.example", "fromName", "Service")));
        assertThat(notifier.status()).as(notifier.raw().body()).isEqualTo(201);
        var channel = mailbox(admin, user);
        assertThat(channel.status()).as(channel.raw().body()).isEqualTo(201);
        assertThat(api.post("/api/v1/admin/channels/mailbox/test", admin, null).body().get("ok").asBoolean()).isTrue();

        String consumer = "zhao.min." + tenant + "@example.com";
        MimeMessage original = message("<orig-" + tenant + "@example.com>", consumer, "Washing machine leaks",
                "My washing machine W7 leaks after every wash since last week.");
        box.deliver(original);

        var list = Eventually.until(Duration.ofSeconds(30), () -> complaints(tenant),
                r -> r.body().get("totalItems").asInt() == 1, "the mail to become a case");
        String caseNumber = list.body().get("items").get(0).get("caseNumber").asString();
        String id = list.body().get("items").get(0).get("id").asString();

        // the consumer's receipt arrives in a real mailbox, with case number and access code
        var receipt = Eventually.until(Duration.ofSeconds(30), () -> java.util.Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(consumer);
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst(), java.util.Optional::isPresent, "the receipt mail").orElseThrow();
        assertThat(receipt.getSubject()).contains(caseNumber);
        assertThat(receipt.getContent().toString()).contains(caseNumber).containsPattern("[A-Z0-9]{6,}");

        // the reply (threaded by In-Reply-To, quoting the number) is attached to the case, not a new case
        MimeMessage reply = message("<reply-" + tenant + "@example.com>", consumer, "Re: " + receipt.getSubject(),
                "Here is a photo of the leak.\n\nOn Mon someone wrote:\n> old text");
        reply.setHeader("In-Reply-To", receipt.getMessageID());
        box.deliver(reply);
        String sup = api.token(tenant, "sup", "SUPERVISOR", null);
        var view = Eventually.until(Duration.ofSeconds(30), () -> api.get("/api/v1/complaints/" + id, sup),
                r -> r.body().get("messages").size() == 1, "the reply to be attached");
        assertThat(view.body().get("messages").get(0).get("body").asString()).isEqualTo("Here is a photo of the leak.");
        var timeline = api.get("/api/v1/complaints/" + id + "/timeline", sup);
        assertThat(timeline.raw().body()).contains("CONSUMER_MESSAGE", "NOTIFICATION_DELIVERED");

        // the same mail delivered again makes no second case
        box.deliver(message("<orig-" + tenant + "@example.com>", consumer, "Washing machine leaks", "again"));
        Thread.sleep(7000);
        assertThat(complaints(tenant).body().get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void aMailsAttachmentIsAttachedThroughTheCaseWithItsTimelineEvent() throws Exception {
        String tenant = newTenant("mail-att");
        String user = tenant + "-box";
        GreenMailUser box = mail.setUser(user + "@mailtest.example", user, "pw-" + user);
        String admin = api.token(tenant, "admin", "TENANT_ADMIN", null);
        assertThat(mailbox(admin, user).status()).isEqualTo(201);
        MimeMessage m = message("<att-" + tenant + "@example.com>", "li.na." + tenant + "@example.com", "Kettle receipt", "x");
        var text = new jakarta.mail.internet.MimeBodyPart();
        text.setText("The kettle K1 leaks; the receipt is attached.", "UTF-8");
        var file = new jakarta.mail.internet.MimeBodyPart();
        file.setContent("receipt 2026-11-02 K1 199.00", "text/plain; charset=UTF-8");
        file.setFileName("receipt.txt");
        file.setDisposition(jakarta.mail.Part.ATTACHMENT);
        m.setContent(new jakarta.mail.internet.MimeMultipart(text, file));
        m.saveChanges();
        box.deliver(m);

        var list = Eventually.until(Duration.ofSeconds(30), () -> complaints(tenant),
                r -> r.body().get("totalItems").asInt() == 1, "the mail to become a case");
        String id = list.body().get("items").get(0).get("id").asString();
        String sup = api.token(tenant, "sup", "SUPERVISOR", null);
        var attachments = api.get("/api/v1/complaints/" + id + "/attachments", sup);
        assertThat(attachments.body()).hasSize(1);
        assertThat(attachments.body().get(0).get("fileName").asString()).isEqualTo("receipt.txt");
        var timeline = api.get("/api/v1/complaints/" + id + "/timeline", sup).body();
        var added = java.util.stream.StreamSupport.stream(timeline.spliterator(), false)
                .filter(e -> "ATTACHMENT_ADDED".equals(e.get("type").asString())).toList();
        assertThat(added).hasSize(1);
        assertThat(added.getFirst().get("referenceId").asString()).isEqualTo(attachments.body().get(0).get("id").asString());
    }
}
