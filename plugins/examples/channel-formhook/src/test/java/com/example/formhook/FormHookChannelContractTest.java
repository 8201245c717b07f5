package com.example.formhook;

import java.util.Map;

import com.complaints.plugin.testkit.IntakeChannelContract;

class FormHookChannelContractTest extends IntakeChannelContract {

    @Override
    protected String type() {
        return "formhook";
    }

    @Override
    protected Map<String, ?> validSettings() {
        return Map.of("token", "form-token-0123456789", "namePointer", "/name", "descriptionPointer", "/text");
    }
}
