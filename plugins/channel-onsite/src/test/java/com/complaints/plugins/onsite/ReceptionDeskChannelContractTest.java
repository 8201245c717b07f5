package com.complaints.plugins.onsite;

import java.util.Map;

import com.complaints.plugin.testkit.IntakeChannelContract;

class ReceptionDeskChannelContractTest extends IntakeChannelContract {

    @Override
    protected String type() {
        return "onsite";
    }

    @Override
    protected Map<String, ?> validSettings() {
        return Map.of();
    }
}
