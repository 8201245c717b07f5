package com.complaints.admin.plugin;

import java.util.List;

import tools.jackson.databind.JsonNode;

/** Bodies of the channel and notifier admin endpoints. */
final class InstanceRequests {

    private InstanceRequests() {
    }

    /** New settings (a secret left out keeps its value; set it to null to remove it) and, for notifiers, events. */
    record Configure(JsonNode settings, List<String> events) {
    }

    /** A notifier test: where to send the sample (not needed for webhooks and bots). */
    record NotifierTest(String recipient) {
    }
}
