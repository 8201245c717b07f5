package com.example.imbot;

import java.util.Map;

import com.complaints.plugin.testkit.NotifierContract;

class GroupBotNotifierContractTest extends NotifierContract {

    @Override
    protected String type() {
        return "imbot";
    }

    @Override
    protected Map<String, ?> unreachableSettings() {
        return Map.of("webhookUrl", "http://127.0.0.1:1/robot/send");
    }
}
