package com.complaints.plugin.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.complaints.plugin.api.ChannelRequest;
import com.complaints.plugin.api.StaffIdentity;

/** Builds {@link ChannelRequest}s for tests. */
public final class TestRequests {

    private final String method;
    private final String path;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private byte[] body = new byte[0];
    private String clientAddress = "203.0.113.7";
    private Locale locale = Locale.SIMPLIFIED_CHINESE;
    private StaffIdentity staff;

    private TestRequests(String method, String path) {
        this.method = method;
        this.path = path;
    }

    public static TestRequests get(String path) {
        return new TestRequests("GET", path);
    }

    /**
     * A POST with a body and, unless a {@code Content-Type} header is given, the type the host would have let through:
     * JSON for a body that starts like JSON, the HTML form encoding otherwise (the host refuses other bodies with 415).
     */
    public static TestRequests post(String path, String body) {
        return new TestRequests("POST", path).body(body);
    }

    public TestRequests body(String body) {
        this.body = body.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    public TestRequests header(String name, String value) {
        headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).add(value);
        return this;
    }

    public TestRequests query(String name, String value) {
        query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        return this;
    }

    public TestRequests from(String clientAddress) {
        this.clientAddress = clientAddress;
        return this;
    }

    public TestRequests locale(Locale locale) {
        this.locale = locale;
        return this;
    }

    public TestRequests staff(String userId, String... roles) {
        this.staff = new StaffIdentity(userId, java.util.Set.of(roles));
        return this;
    }

    public ChannelRequest build() {
        Map<String, List<String>> all = new LinkedHashMap<>(headers);
        if (body.length > 0 && !all.containsKey("content-type")) {
            String text = new String(body, StandardCharsets.UTF_8).stripLeading();
            all.put("content-type", List.of(text.startsWith("{") || text.startsWith("[")
                    ? "application/json" : "application/x-www-form-urlencoded"));
        }
        return new ChannelRequest(method, path, all, query, body, clientAddress, locale, Optional.ofNullable(staff));
    }
}
