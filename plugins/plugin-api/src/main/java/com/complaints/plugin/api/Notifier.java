package com.complaints.plugin.api;

import org.pf4j.ExtensionPoint;

/**
 * Delivers notifications (e-mail, SMS, webhooks, group bots). The host takes them from its outbox after the change
 * that caused them has committed, calls {@link #deliver} with a timeout, and retries retryable failures with
 * back-off up to a limit, after which the notification goes to the tenant's dead-letter list.
 */
public interface Notifier extends ExtensionPoint {

    /** The notifier type's key, e.g. {@code email}. */
    String type();

    /** A short human-readable name, e.g. "E-mail (SMTP)". */
    String displayName();

    /** How this notifier reaches recipients: the host only hands it recipients of this kind. */
    Notification.Kind recipientKind();

    default ConfigSchema configSchema() {
        return ConfigSchema.NONE;
    }

    /** One delivery attempt. An exception counts as a retryable failure. */
    DeliveryResult deliver(Notification notification, PluginContext context) throws Exception;

    /** Tests the settings, e.g. by connecting to the server, or by delivering {@code sample} if it is not null. */
    default TestResult test(PluginContext context, Notification sample) throws Exception {
        DeliveryResult result = deliver(sample, context);
        return switch (result) {
            case DeliveryResult.Delivered d -> TestResult.ok("test message delivered");
            case DeliveryResult.RetryableFailure f -> TestResult.failed(f.reason());
            case DeliveryResult.PermanentFailure f -> TestResult.failed(f.reason());
        };
    }
}
