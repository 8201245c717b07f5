package com.complaints.core.channel;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import com.complaints.core.security.Role;
import com.complaints.core.security.StaffAuthentication;
import com.complaints.core.security.StaffPrincipal;
import com.complaints.core.shared.Actor;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.web.ProblemMessages;
import com.complaints.plugin.api.ChannelRequest;
import com.complaints.plugin.api.ChannelResponse;
import com.complaints.plugin.api.StaffIdentity;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The HTTP side of push channels: {@code /channels/{tenant}/{channelId}/...} goes to the tenant's enabled channel
 * instance with that id, {@code /public/{tenant}/complaints/new} to the tenant's web form and
 * {@code POST /public/{tenant}/complaints} to the web form's JSON intake. The tenant is the one in the path (bound by
 * the tenant binding filter); an unknown or disabled channel, or a channel of another tenant, answers 404. Channels
 * that require staff get the signed-in staff member of the same tenant, or 401/404.
 */
@RestController
class ChannelEndpointController {

    private static final String CHANNELS = "/channels/";

    private final ChannelHost host;
    private final ProblemMessages problems;

    ChannelEndpointController(ChannelHost host, ProblemMessages problems) {
        this.host = host;
        this.problems = problems;
    }

    @ApiResponse(responseCode = "200", description = "What the channel's plugin answers, in its own format (a webhook"
            + " acknowledgement, a CTI event's result, …): see the plugin's documentation",
            content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    @RequestMapping(value = {"/channels/{tenant}/{channelId}", "/channels/{tenant}/{channelId}/**"},
            method = {RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE})
    ResponseEntity<?> channel(@PathVariable String tenant, @PathVariable String channelId, HttpServletRequest request)
            throws IOException {
        ChannelHost.Target target = host.target(channelId);
        String prefix = CHANNELS + tenant + "/" + channelId;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String rest = path.length() > prefix.length() ? path.substring(prefix.length()) : "/";
        return dispatch(tenant, target, request, rest);
    }

    @ApiResponse(responseCode = "200", description = "The consumer's complaint form, or after a submission its receipt page",
            content = @Content(mediaType = "text/html", schema = @Schema(type = "string")))
    @RequestMapping(value = "/public/{tenant}/complaints/new", method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<?> webForm(@PathVariable String tenant, HttpServletRequest request) throws IOException {
        return dispatch(tenant, host.webForm(), request, "/form");
    }

    /**
     * The consumer's JSON complaint form is the web channel's JSON intake, with its size cap, rate limit per client
     * address and captcha: there is no second way in past them. No web channel enabled for the tenant: 404.
     */
    @ApiResponse(responseCode = "201", description = "Received",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicReceipt.class)))
    @ApiResponse(responseCode = "200", description = "The same complaint was received before (same Idempotency-Key)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublicReceipt.class)))
    @RequestMapping(value = "/public/{tenant}/complaints", method = RequestMethod.POST)
    ResponseEntity<?> publicJson(@PathVariable String tenant, HttpServletRequest request) throws IOException {
        return dispatch(tenant, host.webForm(), request, "/complaints");
    }

    private ResponseEntity<?> dispatch(String tenant, ChannelHost.Target target, HttpServletRequest request, String path)
            throws IOException {
        Optional<StaffPrincipal> staff = staff();
        if (target.requiresStaff()) {
            if (staff.isEmpty()) {
                return ResponseEntity.status(401).body(problems.problem(org.springframework.http.HttpStatus.UNAUTHORIZED,
                        "unauthenticated"));
            }
            if (!staff.get().tenant().equals(tenant) || !staff.get().has(Role.AGENT)) {
                throw new NotFoundException("channel");
            }
        }
        byte[] body = request.getInputStream().readAllBytes();
        if (body.length > 0 && !acceptedBody(request.getContentType())) {
            return ResponseEntity.status(415).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.problem(org.springframework.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE, "http", "415 Unsupported Media Type"));
        }
        var channelRequest = new ChannelRequest(request.getMethod(), path, headers(request), query(request.getQueryString()),
                body, request.getRemoteAddr(), problems.locale(request),
                target.requiresStaff() ? staff.map(s -> new StaffIdentity(s.userId(),
                        s.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()))) : Optional.empty());
        Actor actor = target.requiresStaff() ? Actor.staff(staff.get().userId()) : Actor.consumer();
        ChannelResponse response = host.handle(target, channelRequest, actor);
        HttpHeaders headers = new HttpHeaders();
        response.headers().forEach(headers::set);
        headers.setCacheControl("no-store");
        if (response.contentType() != null) {
            headers.setContentType(MediaType.parseMediaType(response.contentType()));
        }
        return ResponseEntity.status(response.status()).headers(headers).body(response.body());
    }

    /**
     * The bodies a channel endpoint takes, as the rest of the API: JSON, or the two form encodings of HTML forms.
     * Anything else ({@code text/plain}, no content type) is refused before a plugin sees it.
     */
    static boolean acceptedBody(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT).split(";", 2)[0].strip();
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"))
                || type.equals("application/x-www-form-urlencoded") || type.equals("multipart/form-data");
    }

    private static Optional<StaffPrincipal> staff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof StaffAuthentication s ? Optional.of(s.staff()) : Optional.empty();
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            if (name.equalsIgnoreCase(HttpHeaders.AUTHORIZATION) || name.equalsIgnoreCase(HttpHeaders.COOKIE)) {
                continue;
            }
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

    /** Parses the query string itself: asking the servlet for parameters would consume a form body. */
    private static Map<String, List<String>> query(String queryString) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (queryString == null || queryString.isEmpty()) {
            return query;
        }
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return query;
    }

    /**
     * What the web channel answers a JSON complaint with (the plugin writes it; this names it for the API document):
     * the case number and the access code the consumer tracks it with.
     */
    record PublicReceipt(String caseNumber, String accessCode, java.time.Instant receivedAt, boolean duplicate) {
    }
}
