package com.complaints.plugin.testkit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.complaints.plugin.api.Notification;

/** Sample notifications for notifier tests. */
public final class TestNotifications {

    private TestNotifications() {
    }

    /** A "case received" notification to a recipient of the given kind and address. */
    public static Notification caseReceived(Notification.Kind kind, String address) {
        return new Notification(UUID.randomUUID().toString(), "acme", "CASE_RECEIVED", "CASE_RECEIVED", "zh-CN",
                new Notification.Recipient(kind, address, "consumer"),
                "您的投诉已受理 2026-11-000001", "您好，您的投诉已受理，编号 2026-11-000001，查询码 K7P2Q9。",
                Map.of("caseNumber", "2026-11-000001", "accessCode", "K7P2Q9"), "2026-11-000001",
                Instant.parse("2026-11-02T02:00:00Z"));
    }
}
