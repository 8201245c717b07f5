package com.complaints.plugins.email;

import java.util.Map;

import com.complaints.plugin.testkit.IntakeChannelContract;

class ImapChannelContractTest extends IntakeChannelContract {

    @Override
    protected String type() {
        return "email";
    }

    @Override
    protected Map<String, ?> validSettings() {
        return Map.of("host", "127.0.0.1", "port", 1, "username", "u", "password", "p");
    }
}
