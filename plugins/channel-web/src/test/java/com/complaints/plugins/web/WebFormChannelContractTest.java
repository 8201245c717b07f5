package com.complaints.plugins.web;

import java.util.Map;

import com.complaints.plugin.testkit.IntakeChannelContract;

class WebFormChannelContractTest extends IntakeChannelContract {

    @Override
    protected String type() {
        return "web";
    }

    @Override
    protected Map<String, ?> validSettings() {
        return Map.of();
    }
}
