package com.complaints.plugins.email;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import org.pf4j.Extension;

import com.complaints.plugin.api.CaseMessage;
import com.complaints.plugin.api.ChannelContext;
import com.complaints.plugin.api.ChannelKeys;
import com.complaints.plugin.api.ComplaintDraft;
import com.complaints.plugin.api.ConfigSchema;
import com.complaints.plugin.api.ConsumerDetails;
import com.complaints.plugin.api.DraftRejectedException;
import com.complaints.plugin.api.IntakeChannel;
import com.complaints.plugin.api.PluginSettings;
import com.complaints.plugin.api.SubjectDetails;
import com.complaints.plugin.api.SubjectType;
import com.complaints.plugin.api.Submission;
import com.complaints.plugin.api.TestResult;

/**
 * Polls an IMAP(S) mailbox. Each new mail (by UID after the saved cursor; on the first poll the unseen ones) is
 * either a reply to a case — it quotes a case number and comes from the case's consumer, or its In-Reply-To /
 * References thread to the mail that opened a case or an earlier message — and is attached to it, or a new
 * complaint (sender, subject, text or sanitised HTML, attachments). The Message-ID is the dedup key. Only when the
 * host has committed the case is the mail flagged \Seen and the cursor moved past it.
 */
@Extension
public class ImapChannel implements IntakeChannel {

    static final String SCHEMA = """
            {
              "type": "object",
              "properties": {
                "host": {"type": "string", "minLength": 1, "maxLength": 200},
                "port": {"type": "integer", "minimum": 1, "maximum": 65535, "default": 993},
                "security": {"enum": ["SSL", "STARTTLS", "NONE"], "default": "SSL"},
                "username": {"type": "string", "minLength": 1, "maxLength": 200},
                "password": {"type": "string", "minLength": 1, "maxLength": 500, "writeOnly": true},
                "folder": {"type": "string", "default": "INBOX", "maxLength": 200},
                "pollSeconds": {"type": "integer", "minimum": 5, "maximum": 3600, "default": 60},
                "maxMessagesPerPoll": {"type": "integer", "minimum": 1, "maximum": 500, "default": 50},
                "subjectType": {"enum": ["PRODUCT", "SERVICE"], "default": "SERVICE"}
              },
              "required": ["host", "username", "password"],
              "additionalProperties": false
            }""";

    @Override
    public String type() {
        return ChannelKeys.EMAIL;
    }

    @Override
    public String displayName() {
        return "E-mail (IMAP mailbox)";
    }

    @Override
    public ConfigSchema configSchema() {
        return new ConfigSchema(SCHEMA);
    }

    @Override
    public Optional<Duration> pollInterval(PluginSettings settings) {
        return Optional.of(Duration.ofSeconds(settings.getInt("pollSeconds", 60)));
    }

    @Override
    public void poll(ChannelContext context) throws MessagingException, java.io.IOException {
        PluginSettings s = context.settings();
        try (Store store = connect(s); Folder folder = open(store, s)) {
            UIDFolder uids = (UIDFolder) folder;
            long validity = uids.getUIDValidity();
            Cursor cursor = Cursor.parse(context.cursor().orElse(null));
            boolean firstRun = cursor == null || cursor.validity() != validity;
            long after = firstRun ? 0 : cursor.lastUid();
            Message[] messages = uids.getMessagesByUID(after + 1, UIDFolder.MAXUID);
            int max = s.getInt("maxMessagesPerPoll", 50);
            int done = 0;
            for (Message message : messages) {
                long uid = uids.getUID(message);
                if (uid <= after || done >= max) {
                    continue;
                }
                if (firstRun && message.isSet(Flags.Flag.SEEN) || message.isSet(Flags.Flag.DELETED)) {
                    context.saveCursor(new Cursor(validity, uid).toString());
                    continue;
                }
                take(message, validity, uid, context);
                message.setFlag(Flags.Flag.SEEN, true);
                context.saveCursor(new Cursor(validity, uid).toString());
                done++;
            }
            if (firstRun && messages.length == 0) {
                context.saveCursor(new Cursor(validity, 0).toString());
            }
            if (done > 0) {
                context.logger().log(System.Logger.Level.INFO, "took in {0} mail(s)", done);
            }
        }
    }

    private void take(Message message, long validity, long uid, ChannelContext context)
            throws MessagingException, java.io.IOException {
        String messageId = MailText.messageId(first(message.getHeader("Message-ID")));
        if (messageId == null) {
            messageId = "imap:" + validity + ":" + uid;
        }
        InternetAddress from = sender(message.getFrom());
        String subject = message.getSubject() == null ? "" : message.getSubject().strip();
        MailText.Content content = MailText.read(message);
        Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                : message.getSentDate() != null ? message.getSentDate().toInstant() : context.clock().instant();
        List<String> references = new ArrayList<>(MailText.references(message.getHeader("In-Reply-To")));
        MailText.references(message.getHeader("References")).stream().filter(r -> !references.contains(r)).forEach(references::add);
        String quoted = MailText.caseNumber(subject);
        if (quoted == null) {
            quoted = MailText.caseNumber(content.text().length() > 2000 ? content.text().substring(0, 2000) : content.text());
        }
        String address = from == null ? null : from.getAddress();
        if (quoted != null || !references.isEmpty()) {
            String reply = MailText.withoutQuote(content.text());
            Optional<String> attached = context.appendToCase(new CaseMessage(messageId, quoted, references, address,
                    subject, reply.isEmpty() ? subject : reply, received, content.attachments()));
            if (attached.isPresent()) {
                context.metrics().increment("email.replies");
                return;
            }
        }
        if (address == null) {
            context.logger().log(System.Logger.Level.WARNING, "mail uid {0} has no sender address: skipped", uid);
            return;
        }
        String name = from.getPersonal() != null && !from.getPersonal().isBlank() ? from.getPersonal().strip()
                : address.substring(0, address.indexOf('@'));
        String text = content.text().isBlank() ? subject : content.text();
        SubjectType type = "PRODUCT".equals(context.settings().get("subjectType").orElse("SERVICE"))
                ? SubjectType.PRODUCT : SubjectType.SERVICE;
        ComplaintDraft draft = new ComplaintDraft(ChannelKeys.EMAIL, messageId,
                new ConsumerDetails(truncate(name, 100), null, address, null, null, null),
                new SubjectDetails(type, truncate(subject.isEmpty() ? "(no subject)" : subject, 200), null),
                truncate(text, 5000), null, null, received, null, content.attachments());
        try {
            Submission submission = context.submit(draft);
            context.logger().log(System.Logger.Level.INFO, "mail uid {0} is case {1}{2}", uid, submission.caseNumber(),
                    submission.duplicate() ? " (redelivered)" : "");
        } catch (DraftRejectedException e) {
            context.metrics().increment("email.rejected");
            context.logger().log(System.Logger.Level.WARNING, "mail uid {0} rejected: {1}", uid, e.fields());
        }
    }

    @Override
    public TestResult test(ChannelContext context) throws MessagingException {
        try (Store store = connect(context.settings()); Folder folder = open(store, context.settings())) {
            return TestResult.ok("logged in; " + folder.getFullName() + " holds " + folder.getMessageCount() + " message(s)");
        }
    }

    private static Store connect(PluginSettings s) throws MessagingException {
        String security = s.get("security").orElse("SSL");
        String protocol = security.equals("SSL") ? "imaps" : "imap";
        Properties p = new Properties();
        p.put("mail." + protocol + ".connectiontimeout", "10000");
        p.put("mail." + protocol + ".timeout", "30000");
        if (security.equals("STARTTLS")) {
            p.put("mail.imap.starttls.enable", "true");
            p.put("mail.imap.starttls.required", "true");
        }
        if (!security.equals("NONE")) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        Store store = Session.getInstance(p).getStore(protocol);
        store.connect(s.require("host"), s.getInt("port", security.equals("SSL") ? 993 : 143), s.require("username"),
                s.require("password"));
        return store;
    }

    private static Folder open(Store store, PluginSettings s) throws MessagingException {
        Folder folder = store.getFolder(s.get("folder").orElse("INBOX"));
        folder.open(Folder.READ_WRITE);
        return folder;
    }

    private static InternetAddress sender(Address[] from) {
        if (from == null) {
            return null;
        }
        for (Address a : from) {
            if (a instanceof InternetAddress ia && ia.getAddress() != null && ia.getAddress().contains("@")) {
                return ia;
            }
        }
        return null;
    }

    private static String first(String[] values) {
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** The UID validity and the last UID taken in. */
    record Cursor(long validity, long lastUid) {

        static Cursor parse(String text) {
            if (text == null || !text.matches("\\d+:\\d+")) {
                return null;
            }
            String[] parts = text.split(":");
            return new Cursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        }

        @Override
        public String toString() {
            return validity + ":" + lastUid;
        }
    }
}
