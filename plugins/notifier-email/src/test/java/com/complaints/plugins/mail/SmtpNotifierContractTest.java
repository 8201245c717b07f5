package com.complaints.plugins.mail;

import java.util.Map;

import com.complaints.plugin.testkit.NotifierContract;

class SmtpNotifierContractTest extends NotifierContract {

    @Override
    protected String type() {
        return "email";
    }

    @Override
    protected Map<String, ?> unreachableSettings() {
        return Map.of("host", "127.0.0.1", "port", 1, "security", "NONE", "from", "service@acme.example");
    }
}
