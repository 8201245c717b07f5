package com.complaints.plugins.webhook;

import java.util.Map;

import com.complaints.plugin.testkit.NotifierContract;

class WebhookNotifierContractTest extends NotifierContract {

    @Override
    protected String type() {
        return "webhook";
    }

    @Override
    protected Map<String, ?> unreachableSettings() {
        return Map.of("url", "http://127.0.0.1:1/hook", "secret", "0123456789abcdef0123");
    }
}
