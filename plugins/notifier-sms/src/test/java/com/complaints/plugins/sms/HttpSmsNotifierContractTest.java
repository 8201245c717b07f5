package com.complaints.plugins.sms;

import java.util.Map;

import com.complaints.plugin.testkit.NotifierContract;

class HttpSmsNotifierContractTest extends NotifierContract {

    @Override
    protected String type() {
        return "sms";
    }

    @Override
    protected Map<String, ?> unreachableSettings() {
        return Map.of("url", "http://127.0.0.1:1/send");
    }
}
