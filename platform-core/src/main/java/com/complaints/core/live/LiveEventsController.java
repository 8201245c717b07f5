package com.complaints.core.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.complaints.core.complaint.ComplaintAccess;
import com.complaints.core.complaint.ComplaintService;
import com.complaints.core.security.CurrentStaff;
import com.complaints.core.shared.InvalidInputException;

/**
 * {@code GET /api/v1/events}: a server-sent-events stream of the changes to the cases the caller may see, in their
 * tenant only. Each {@code change} event carries the case's id, number, new status and version; its id orders the
 * stream. A client that reconnects with {@code Last-Event-ID} (or {@code ?lastEventId=}) first gets the cases changed
 * since then (a few seconds of overlap, so a change committed late is not lost), or a {@code reset} event when there
 * are too many to replay and it should fetch its screens again. Comments every 15 s keep proxies from closing it.
 */
@RestController
@RequestMapping("/api/v1/events")
class LiveEventsController {

    static final int MAX_REPLAY = 100;
    static final Duration OVERLAP = Duration.ofSeconds(5);

    private final LiveStream stream;
    private final ComplaintAccess access;
    private final ComplaintService complaints;
    private final CurrentStaff currentStaff;

    LiveEventsController(LiveStream stream, ComplaintAccess access, ComplaintService complaints, CurrentStaff currentStaff) {
        this.stream = stream;
        this.access = access;
        this.complaints = complaints;
        this.currentStaff = currentStaff;
    }

    @GetMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    ResponseEntity<SseEmitter> events(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventHeader,
                                      @RequestParam(name = "lastEventId", required = false) String lastEventParam) {
        var staff = currentStaff.get();
        Long lastEventId = parse(lastEventHeader != null ? lastEventHeader : lastEventParam);
        List<LiveChange> missed = lastEventId == null ? List.of()
                : complaints.changedSince(staff, Instant.ofEpochMilli(lastEventId).minus(OVERLAP), MAX_REPLAY + 1).stream()
                        .map(s -> new LiveChange(s.updatedAt().toEpochMilli(), s.state().tenant(), s.state().complaintId(),
                                s.state().caseNumber(), "CHANGED", s.state().status(), s.state().version(),
                                s.state().departmentId(), s.state().assigneeUserId(), s.state().createdBy(), null,
                                s.updatedAt()))
                        .toList();
        var subscriber = stream.open(staff.tenant(), staff.userId(), access.canSeeResolvedNow(staff));
        subscriber.heartbeat();
        if (missed.size() > MAX_REPLAY) {
            subscriber.reset();
        } else {
            subscriber.sendAll(missed);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, "no-cache, no-transform")
                // nginx and similar proxies pass the stream through instead of buffering it
                .header("X-Accel-Buffering", "no")
                .body(subscriber.emitter());
    }

    private static Long parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(lastEventId.strip());
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("Last-Event-ID", "invalid-value");
        }
    }
}
