package com.complaints.plugins.mail;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.pf4j.Extension;

import com.complaints.plugin.api.ConfigSchema;
import com.complaints.plugin.api.DeliveryResult;
import com.complaints.plugin.api.Notification;
import com.complaints.plugin.api.Notifier;
import com.complaints.plugin.api.PluginContext;
import com.complaints.plugin.api.PluginSettings;
import com.complaints.plugin.api.TestResult;

/**
 * E-mail over SMTP: STARTTLS (required) on 587, implicit TLS on 465, or plain for a local relay. The subject carries
 * the case number, so that a consumer's reply threads back into the case through the e-mail channel; the
 * Message-ID is derived from the notification id, so a retried delivery is the same message.
 * An invalid or refused address fails for good; an unreachable server or a temporary refusal is retried.
 */
@Extension
public class SmtpNotifier implements Notifier {

    static final String SCHEMA = """
            {
              "type": "object",
              "properties": {
                "host": {"type": "string", "minLength": 1, "maxLength": 200},
                "port": {"type": "integer", "minimum": 1, "maximum": 65535, "default": 587},
                "security": {"enum": ["STARTTLS", "SSL", "NONE"], "default": "STARTTLS"},
                "username": {"type": "string", "maxLength": 200},
                "password": {"type": "string", "maxLength": 500, "writeOnly": true},
                "from": {"type": "string", "format": "email", "maxLength": 254},
                "fromName": {"type": "string", "maxLength": 100},
                "replyTo": {"type": "string", "format": "email", "maxLength": 254}
              },
              "required": ["host", "from"],
              "additionalProperties": false
            }""";

    @Override
    public String type() {
        return "email";
    }

    @Override
    public String displayName() {
        return "E-mail (SMTP)";
    }

    @Override
    public Notification.Kind recipientKind() {
        return Notification.Kind.EMAIL;
    }

    @Override
    public ConfigSchema configSchema() {
        return new ConfigSchema(SCHEMA);
    }

    @Override
    public DeliveryResult deliver(Notification n, PluginContext context) {
        PluginSettings s = context.settings();
        InternetAddress to;
        try {
            to = new InternetAddress(n.recipient().address(), true);
        } catch (AddressException | NullPointerException e) {
            return DeliveryResult.permanent("not a valid e-mail address");
        }
        Session session = session(s);
        try {
            MimeMessage message = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<notification." + n.id() + "@" + domainOf(s.require("from")) + ">");
                }
            };
            message.setFrom(new InternetAddress(s.require("from"), s.get("fromName").orElse(null), StandardCharsets.UTF_8.name()));
            s.get("replyTo").ifPresent(r -> {
                try {
                    message.setReplyTo(new InternetAddress[] {new InternetAddress(r)});
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            });
            message.setRecipient(Message.RecipientType.TO, to);
            String subject = n.caseNumber() != null && !n.subject().contains(n.caseNumber())
                    ? n.subject() + " [" + n.caseNumber() + "]" : n.subject();
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(n.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(context.clock().instant()));
            if (n.caseNumber() != null) {
                message.setHeader("X-Case-Number", n.caseNumber());
            }
            message.setHeader("Auto-Submitted", "auto-generated");
            Transport transport = session.getTransport();
            try (transport) {
                transport.connect(s.require("host"), port(s), s.get("username").orElse(null), s.get("password").orElse(null));
                transport.sendMessage(message, message.getAllRecipients());
            }
            context.metrics().increment("email.sent");
            return DeliveryResult.delivered(message.getMessageID());
        } catch (SendFailedException e) {
            return e.getValidSentAddresses() == null && e.getValidUnsentAddresses() != null
                    && e.getValidUnsentAddresses().length > 0
                    ? DeliveryResult.retry("server refused for now: " + e.getMessage())
                    : DeliveryResult.permanent("recipient refused: " + e.getMessage());
        } catch (AuthenticationFailedException e) {
            return DeliveryResult.retry("SMTP login failed: check username and password");
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            return DeliveryResult.retry("SMTP: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    @Override
    public TestResult test(PluginContext context, Notification sample) throws Exception {
        if (sample == null || sample.recipient().address() == null) {
            Session session = session(context.settings());
            try (Transport transport = session.getTransport()) {
                PluginSettings s = context.settings();
                transport.connect(s.require("host"), port(s), s.get("username").orElse(null), s.get("password").orElse(null));
                return TestResult.ok("connected and logged in to " + s.require("host"));
            }
        }
        return Notifier.super.test(context, sample);
    }

    private static Session session(PluginSettings s) {
        String security = s.get("security").orElse("STARTTLS");
        String protocol = security.equals("SSL") ? "smtps" : "smtp";
        Properties p = new Properties();
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".connectiontimeout", "10000");
        p.put("mail." + protocol + ".timeout", "20000");
        p.put("mail." + protocol + ".writetimeout", "20000");
        p.put("mail." + protocol + ".auth", Boolean.toString(s.get("username").isPresent()));
        if (security.equals("STARTTLS")) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (!security.equals("NONE")) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return Session.getInstance(p);
    }

    private static int port(PluginSettings s) {
        String security = s.get("security").orElse("STARTTLS");
        return s.getInt("port", security.equals("SSL") ? 465 : security.equals("NONE") ? 25 : 587);
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "complaints.local" : address.substring(at + 1);
    }
}
