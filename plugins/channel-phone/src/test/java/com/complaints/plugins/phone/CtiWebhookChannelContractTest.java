package com.complaints.plugins.phone;

import java.util.Map;

import com.complaints.plugin.testkit.IntakeChannelContract;

class CtiWebhookChannelContractTest extends IntakeChannelContract {

    @Override
    protected String type() {
        return "phone";
    }

    @Override
    protected Map<String, ?> validSettings() {
        return Map.of("signingSecret", "contract-secret-0123456789");
    }
}
