package com.complaints.plugin.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.complaints.plugin.api.CallEvent;
import com.complaints.plugin.api.CaseMessage;
import com.complaints.plugin.api.ChannelContext;
import com.complaints.plugin.api.ComplaintDraft;
import com.complaints.plugin.api.DraftRejectedException;
import com.complaints.plugin.api.Submission;

/**
 * A {@link ChannelContext} that keeps everything in memory: submitted drafts become cases numbered
 * {@code T-0001, T-0002, ...}; a redelivered channel message id returns the first case; messages thread by case
 * number or by references to earlier message ids; calls and the cursor are kept. It checks what the real host
 * checks first: a consumer needs a name and a phone or e-mail, a draft needs a description and a subject name.
 */
public class TestChannelContext extends TestPluginContext implements ChannelContext {

    private final List<ComplaintDraft> submitted = new ArrayList<>();
    private final Map<String, String> caseByMessageId = new java.util.LinkedHashMap<>();
    private final Map<String, ComplaintDraft> draftByCase = new java.util.LinkedHashMap<>();
    private final List<CaseMessage> appended = new ArrayList<>();
    private final Map<String, CallEvent> calls = new java.util.LinkedHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private String cursor;

    public TestChannelContext(String tenantId, String instanceId, Map<String, ?> settings) {
        super(tenantId, instanceId, settings);
    }

    public static TestChannelContext forTenant(String tenantId, Map<String, ?> settings) {
        return new TestChannelContext(tenantId, "test-channel", settings);
    }

    @Override
    public synchronized Submission submit(ComplaintDraft draft) {
        List<String> errors = new ArrayList<>();
        if (draft.consumer().name() == null || draft.consumer().name().isBlank()) {
            errors.add("consumer.name");
        }
        if (blank(draft.consumer().phone()) && blank(draft.consumer().email())) {
            errors.add("consumer.phone");
        }
        if (blank(draft.description())) {
            errors.add("description");
        }
        if (blank(draft.subject().name())) {
            errors.add("subject.name");
        }
        if (!errors.isEmpty()) {
            throw new DraftRejectedException("invalid draft: " + errors, errors);
        }
        if (draft.channelMessageId() != null && caseByMessageId.containsKey(draft.channelMessageId())) {
            return new Submission(caseByMessageId.get(draft.channelMessageId()), null, true, clock().instant());
        }
        String caseNumber = "T-%04d".formatted(sequence.incrementAndGet());
        submitted.add(draft);
        draftByCase.put(caseNumber, draft);
        if (draft.channelMessageId() != null) {
            caseByMessageId.put(draft.channelMessageId(), caseNumber);
        }
        return new Submission(caseNumber, "AC" + caseNumber.substring(2), false, clock().instant());
    }

    @Override
    public synchronized Optional<String> appendToCase(CaseMessage message) {
        if (caseByMessageId.containsKey(message.channelMessageId())) {
            return Optional.of(caseByMessageId.get(message.channelMessageId()));
        }
        Optional<String> caseNumber = Optional.empty();
        if (message.caseNumber() != null && draftByCase.containsKey(message.caseNumber())) {
            String email = draftByCase.get(message.caseNumber()).consumer().email();
            if (email != null && email.equalsIgnoreCase(message.sender())) {
                caseNumber = Optional.of(message.caseNumber());
            }
        }
        if (caseNumber.isEmpty()) {
            caseNumber = message.references().stream().filter(caseByMessageId::containsKey).map(caseByMessageId::get).findFirst();
        }
        caseNumber.ifPresent(c -> {
            appended.add(message);
            caseByMessageId.put(message.channelMessageId(), c);
        });
        return caseNumber;
    }

    @Override
    public synchronized void recordCall(CallEvent event) {
        calls.putIfAbsent(event.eventId(), event);
    }

    @Override
    public synchronized Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }

    @Override
    public synchronized void saveCursor(String cursor) {
        this.cursor = cursor;
    }

    /** The drafts that made cases, in order (redeliveries excluded). */
    public synchronized List<ComplaintDraft> submitted() {
        return List.copyOf(submitted);
    }

    /** The messages attached to existing cases. */
    public synchronized List<CaseMessage> appended() {
        return List.copyOf(appended);
    }

    /** The recorded call events, one per event id. */
    public synchronized List<CallEvent> calls() {
        return List.copyOf(calls.values());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** When the test context received its first submission (for assertions on receivedAt). */
    public Instant now() {
        return clock().instant();
    }
}
