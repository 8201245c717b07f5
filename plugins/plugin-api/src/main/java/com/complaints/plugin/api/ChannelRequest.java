package com.complaints.plugin.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An HTTP request to a push channel, received by the host on {@code /channels/{tenant}/{channelId}/{path}}.
 *
 * @param method        HTTP method
 * @param path          what follows the channel id, starting with {@code /} (just {@code /} when nothing follows)
 * @param headers       request headers, names in lower case
 * @param query         query parameters
 * @param body          the body (the host caps its size)
 * @param clientAddress the client's address (for rate limits; do not log it)
 * @param locale        the best locale the client accepts among those the tenant offers
 * @param staff         the signed-in staff member, for channels that require one
 */
public record ChannelRequest(String method, String path, Map<String, List<String>> headers,
                             Map<String, List<String>> query, byte[] body, String clientAddress, Locale locale,
                             Optional<StaffIdentity> staff) {

    public ChannelRequest {
        Objects.requireNonNull(method, "method");
        path = path == null || path.isEmpty() ? "/" : path;
        headers = headers.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(e -> e.getKey().toLowerCase(Locale.ROOT), e -> List.copyOf(e.getValue()),
                        (a, b) -> a));
        query = query.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        body = body == null ? new byte[0] : body.clone();
        locale = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
        staff = staff == null ? Optional.empty() : staff;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The first value of a header. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /** The first value of a query parameter. */
    public Optional<String> queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean isGet() {
        return "GET".equalsIgnoreCase(method);
    }

    public boolean isPost() {
        return "POST".equalsIgnoreCase(method);
    }
}
