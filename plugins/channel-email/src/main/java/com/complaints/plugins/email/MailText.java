package com.complaints.plugins.email;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import com.complaints.plugin.api.DraftAttachment;

/**
 * What a mail says: its text (the plain part, else the HTML part sanitised to text), its attachments, the case
 * number it quotes, and message ids normalised to what the host stores.
 */
final class MailText {

    static final Pattern CASE_NUMBER = Pattern.compile("\\b([A-Z][A-Z0-9-]{0,39}-\\d{8}-\\d{6})\\b");
    private static final Pattern QUOTE_HEADER = Pattern.compile(
            "(?m)^(On .{5,200} wrote:|在 .{5,200}写道[:：]|-{2,}\\s*(Original Message|原始邮件)\\s*-{2,}).*$");
    static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
    static final int MAX_ATTACHMENTS = 10;

    private MailText() {
    }

    /** The content of a message: text and attachments. */
    record Content(String text, List<DraftAttachment> attachments) {
    }

    static Content read(Part message) throws MessagingException, IOException {
        StringBuilder plain = new StringBuilder();
        StringBuilder html = new StringBuilder();
        List<DraftAttachment> attachments = new ArrayList<>();
        walk(message, plain, html, attachments);
        String text = !plain.isEmpty() ? plain.toString() : htmlToText(html.toString());
        return new Content(normalise(text), attachments);
    }

    private static void walk(Part part, StringBuilder plain, StringBuilder html, List<DraftAttachment> attachments)
            throws MessagingException, IOException {
        String disposition = part.getDisposition();
        String fileName = part.getFileName();
        if (fileName != null || Part.ATTACHMENT.equalsIgnoreCase(disposition)) {
            if (attachments.size() < MAX_ATTACHMENTS) {
                byte[] bytes = part.getInputStream().readNBytes(MAX_ATTACHMENT_BYTES + 1);
                if (bytes.length > 0 && bytes.length <= MAX_ATTACHMENT_BYTES) {
                    String type = part.getContentType() == null ? null : part.getContentType().split(";")[0].strip().toLowerCase();
                    attachments.add(new DraftAttachment(fileName == null ? "attachment" : fileName, type, bytes));
                }
            }
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, plain, html, attachments);
            }
        } else if (part.isMimeType("text/plain") && plain.isEmpty()) {
            plain.append(part.getContent());
        } else if (part.isMimeType("text/html") && html.isEmpty()) {
            html.append(part.getContent());
        } else if (part.isMimeType("message/rfc822") && part.getContent() instanceof Part nested) {
            walk(nested, plain, html, attachments);
        }
    }

    /** HTML to plain text: scripts, styles and markup dropped, line breaks kept. */
    static String htmlToText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = Jsoup.parse(html);
        doc.select("script, style, head, noscript, iframe, object, embed, template").remove();
        doc.select("br").after("\n");
        doc.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote").before("\n").after("\n");
        return doc.body() == null ? "" : doc.body().wholeText();
    }

    /** Trims, removes control characters and collapses runs of blank lines. */
    static String normalise(String text) {
        String cleaned = text.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "")
                .replaceAll("[ \t\u00a0]+\n", "\n").replaceAll("\n{3,}", "\n\n");
        return cleaned.strip();
    }

    /** A reply without what it quotes: lines starting with {@code >} and everything after an "On ... wrote:" line. */
    static String withoutQuote(String text) {
        Matcher header = QUOTE_HEADER.matcher(text);
        String head = header.find() ? text.substring(0, header.start()) : text;
        StringBuilder kept = new StringBuilder();
        for (String line : head.split("\n", -1)) {
            if (!line.stripLeading().startsWith(">")) {
                kept.append(line).append('\n');
            }
        }
        String result = kept.toString().strip();
        return result.isEmpty() ? text.strip() : result;
    }

    /** The first case number in a text, if any. */
    static String caseNumber(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = CASE_NUMBER.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** A Message-ID as stored: without angle brackets; long ones (over 190 characters) as their SHA-256. */
    static String messageId(String raw) {
        if (raw == null) {
            return null;
        }
        String id = raw.strip();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1).strip();
        }
        if (id.isEmpty()) {
            return null;
        }
        if (id.length() <= 190) {
            return id;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ids in an In-Reply-To or References header. */
    static List<String> references(String[] headers) {
        List<String> ids = new ArrayList<>();
        if (headers == null) {
            return ids;
        }
        Matcher m = Pattern.compile("<[^<>\\s]+>").matcher(String.join(" ", headers));
        while (m.find() && ids.size() < 50) {
            ids.add(messageId(m.group()));
        }
        return ids;
    }
}
