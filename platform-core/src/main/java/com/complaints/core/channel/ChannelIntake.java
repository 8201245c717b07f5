package com.complaints.core.channel;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.complaints.core.attachment.Attachments;
import com.complaints.core.call.Calls;
import com.complaints.core.complaint.SystemActions;
import com.complaints.core.intake.IntakeService;
import com.complaints.core.shared.Actor;
import com.complaints.core.complaint.ConsumerMessages;
import com.complaints.core.intake.IntakeReceipt;
import com.complaints.core.plugin.PluginInstances;
import com.complaints.core.plugin.PluginKind;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.plugin.api.CallEvent;
import com.complaints.plugin.api.CaseMessage;
import com.complaints.plugin.api.ComplaintDraft;
import com.complaints.plugin.api.DraftAttachment;
import com.complaints.plugin.api.DraftRejectedException;
import com.complaints.plugin.api.Submission;

/**
 * What channel plugins do through their context, each in its own transaction in the channel's tenant: a draft is
 * committed as a case before the plugin hears back (so it acknowledges its source only then). Two deliveries of the
 * same channel message racing each other make one case: the loser's unique-key conflict is retried and finds it.
 */
@Service
class ChannelIntake {

    private static final Logger log = LoggerFactory.getLogger(ChannelIntake.class);

    private final IntakeService complaints;
    private final SystemActions system;
    private final ConsumerMessages messages;
    private final Calls calls;
    private final Attachments attachments;
    private final PluginInstances instances;
    private final TenantContext tenantContext;
    private final TransactionTemplate tx;

    ChannelIntake(IntakeService complaints, SystemActions system, ConsumerMessages messages, Calls calls, Attachments attachments,
                  PluginInstances instances, TenantContext tenantContext, PlatformTransactionManager transactions) {
        this.complaints = complaints;
        this.system = system;
        this.messages = messages;
        this.calls = calls;
        this.attachments = attachments;
        this.instances = instances;
        this.tenantContext = tenantContext;
        this.tx = new TransactionTemplate(transactions);
    }

    Submission submit(String tenant, String type, ComplaintDraft draft, Actor actor) {
        ComplaintDraft pinned = ChannelTexts.clean(draft.withChannel(type));
        return inTenant(tenant, () -> {
            IntakeReceipt receipt = complaints.receive(pinned, actor);
            if (!receipt.duplicate()) {
                int skipped = 0;
                for (DraftAttachment file : pinned.attachments()) {
                    if (attachments.accepts(file.contentType(), file.size())) {
                        system.attachFromChannel(receipt.id(), file.fileName(), file.contentType(),
                                new ByteArrayInputStream(file.content()), actor);
                    } else {
                        skipped++;
                    }
                }
                if (skipped > 0) {
                    log.warn("attachments skipped tenant={} case={} count={} (type or size not accepted)", tenant,
                            receipt.caseNumber(), skipped);
                }
            }
            return new Submission(receipt.caseNumber(), receipt.accessCode(), receipt.duplicate(), receipt.receivedAt());
        });
    }

    Optional<String> append(String tenant, String type, CaseMessage message) {
        return inTenant(tenant, () -> messages.append(type, ChannelTexts.clean(message)).map(ConsumerMessages.Attached::caseNumber));
    }

    void recordCall(String tenant, String instanceKey, CallEvent event) {
        inTenant(tenant, () -> {
            calls.record(instanceKey, event);
            return null;
        });
    }

    Optional<String> cursor(String tenant, String instanceKey) {
        return tenantContext.callAs(tenant, () -> instances.cursor(PluginKind.CHANNEL, instanceKey));
    }

    void saveCursor(String tenant, String instanceKey, String cursor) {
        tenantContext.runAs(tenant, () -> tx.executeWithoutResult(s -> instances.saveCursor(PluginKind.CHANNEL, instanceKey, cursor)));
    }

    private <T> T inTenant(String tenant, Supplier<T> work) {
        return tenantContext.callAs(tenant, () -> {
            try {
                return once(work);
            } catch (DataIntegrityViolationException raced) {
                // a concurrent delivery of the same message won: this attempt now finds its result
                return once(work);
            }
        });
    }

    private <T> T once(Supplier<T> work) {
        try {
            return tx.execute(s -> work.get());
        } catch (InvalidInputException e) {
            List<String> fields = e.errors().stream().map(InvalidInputException.FieldError::field).toList();
            throw new DraftRejectedException("rejected: " + e.errors().stream()
                    .map(f -> f.field() + " " + f.code()).toList(), fields);
        }
    }
}
