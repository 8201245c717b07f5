package com.complaints.core.channel;

import com.complaints.core.shared.Texts;
import com.complaints.plugin.api.CaseMessage;
import com.complaints.plugin.api.ComplaintDraft;
import com.complaints.plugin.api.ConsumerDetails;
import com.complaints.plugin.api.SubjectDetails;

/**
 * What a channel submits, with every text field cleaned as the API cleans JSON strings ({@link Texts#clean}): a
 * NUL or a lone surrogate in a web form or an e-mail is stored, indexed and printed like any other text.
 */
final class ChannelTexts {

    private ChannelTexts() {
    }

    static ComplaintDraft clean(ComplaintDraft d) {
        ConsumerDetails c = d.consumer();
        SubjectDetails s = d.subject();
        return new ComplaintDraft(d.channel(), Texts.clean(d.channelMessageId()),
                new ConsumerDetails(Texts.clean(c.name()), Texts.clean(c.phone()), Texts.clean(c.email()),
                        Texts.clean(c.address()), Texts.clean(c.regionCode()), Texts.clean(c.regionName())),
                new SubjectDetails(s.type(), Texts.clean(s.name()), Texts.clean(s.reference())),
                Texts.clean(d.description()), Texts.clean(d.expectedResolution()), d.occurredAt(), d.receivedAt(),
                Texts.clean(d.location()), d.attachments());
    }

    static CaseMessage clean(CaseMessage m) {
        return new CaseMessage(Texts.clean(m.channelMessageId()), Texts.clean(m.caseNumber()),
                m.references().stream().map(Texts::clean).toList(), Texts.clean(m.sender()), Texts.clean(m.subject()),
                Texts.clean(m.text()), m.receivedAt(), m.attachments());
    }
}
