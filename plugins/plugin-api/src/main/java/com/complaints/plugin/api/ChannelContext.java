package com.complaints.plugin.api;

import java.util.Optional;

/**
 * What an intake channel may do for its tenant. Every method works in the tenant of {@link #tenantId()} only.
 */
public interface ChannelContext extends PluginContext {

    /**
     * Persists a draft as a case, or finds the case an earlier delivery with the same channel message id made.
     * The case is committed when this returns: acknowledge the source only afterwards.
     *
     * @throws DraftRejectedException when the draft is invalid (the message says which fields)
     */
    Submission submit(ComplaintDraft draft);

    /**
     * Attaches a consumer's message to the case it belongs to (see {@link CaseMessage}). A redelivery of the same
     * message is attached once.
     *
     * @return the case's number, or empty when the message belongs to no case of this tenant (then submit it as a
     * new complaint if it is one)
     */
    Optional<String> appendToCase(CaseMessage message);

    /** Records an event of a telephone call (see {@link CallEvent}); a redelivered event is recorded once. */
    void recordCall(CallEvent event);

    /** The cursor a pull channel saved after its last poll, e.g. the last mail's UID. */
    Optional<String> cursor();

    /** Saves the pull channel's cursor. */
    void saveCursor(String cursor);
}
