package com.complaints.core.complaint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.complaints.core.attachment.AttachmentView;
import com.complaints.core.idempotency.IdempotentRequests;
import com.complaints.core.idempotency.IdempotentRequests.RequestFingerprint;
import com.complaints.core.security.CurrentStaff;
import com.complaints.core.security.StaffPrincipal;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.timeline.TimelineEntry;
import com.complaints.core.web.ETags;
import com.complaints.core.web.PageResponse;
import com.complaints.core.web.Paging;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

/** The staff API of the complaint lifecycle (intake and duplicates: {@code IntakeController}). Every POST honours Idempotency-Key; actions honour If-Match. */
@RestController
@RequestMapping("/api/v1/complaints")
class ComplaintController {

    private static final Set<String> SORTABLE = Set.of("receivedAt", "updatedAt", "caseNumber", "status");
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String NEXT_DUE = "nextDue";

    private final ComplaintService complaints;
    private final IdempotentRequests idempotent;
    private final CurrentStaff currentStaff;

    ComplaintController(ComplaintService complaints, IdempotentRequests idempotent, CurrentStaff currentStaff) {
        this.complaints = complaints;
        this.idempotent = idempotent;
        this.currentStaff = currentStaff;
    }

    /** The case with the consumer's contact details masked; {@code POST …/contact/reveal} shows them (audited). */
    @GetMapping("/{id}")
    ResponseEntity<ComplaintView> get(@PathVariable UUID id) {
        ComplaintView view = complaints.get(currentStaff.get(), id);
        return ResponseEntity.ok().eTag(ETags.of(view.version())).body(view.withContactMasked());
    }

    /** The consumer's name, phone, e-mail and address in full; each reveal is in the personal-data access log. */
    @PostMapping("/{id}/contact/reveal")
    ComplaintView.ConsumerView revealContact(@PathVariable UUID id) {
        return complaints.revealContact(currentStaff.get(), id);
    }

    @GetMapping
    PageResponse<ComplaintSummary> list(@RequestParam(required = false) Set<ComplaintStatus> status,
                                        @RequestParam(required = false) CaseQueue queue,
                                        @RequestParam(required = false) String assignee,
                                        @RequestParam(required = false) UUID department,
                                        @RequestParam(required = false) String channel,
                                        @RequestParam(required = false) Category category,
                                        @RequestParam(required = false) Instant receivedFrom,
                                        @RequestParam(required = false) Instant receivedTo,
                                        @RequestParam(required = false) Boolean breached,
                                        @RequestParam(required = false) Instant dueBefore,
                                        @RequestParam(required = false) Boolean atRisk,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size,
                                        @RequestParam(required = false) String sort) {
        var staff = currentStaff.get();
        Boolean byNextDue = nextDueOrder(sort);
        Pageable pageable = byNextDue != null ? Paging.of(page, size, null, SORTABLE, Sort.unsorted())
                : Paging.of(page, size, sort, SORTABLE, Sort.by(Sort.Direction.DESC, "receivedAt").and(Sort.by("id")));
        var filter = new ComplaintFilter(status, department, channel, category, receivedFrom, receivedTo, breached,
                dueBefore, atRisk, null, assigneeUserId(staff, assignee), "none".equals(assignee) ? Boolean.TRUE : null,
                null, null);
        return PageResponse.of(complaints.list(staff, filter, queue, pageable, byNextDue));
    }

    /**
     * {@code nextDue} or {@code nextDue,asc}: true; {@code nextDue,desc}: false; another sort: null (Paging's); any
     * other use of {@code nextDue} is refused.
     */
    private static Boolean nextDueOrder(String sort) {
        String s = sort == null ? "" : sort.strip();
        if (!s.startsWith(NEXT_DUE)) {
            return null;
        }
        return switch (s) {
            case NEXT_DUE, NEXT_DUE + ",asc" -> true;
            case NEXT_DUE + ",desc" -> false;
            default -> throw new InvalidInputException("sort", "sort", String.join(", ", new TreeSet<>(SORTABLE)) + ", " + NEXT_DUE);
        };
    }

    /** The caller's queues and how many cases each holds now. */
    @GetMapping("/queues")
    List<QueueCount> queues() {
        return complaints.queueCounts(currentStaff.get()).entrySet().stream()
                .map(e -> new QueueCount(e.getKey(), e.getValue())).toList();
    }

    /** A queue of the agent workspace and its count. */
    record QueueCount(CaseQueue queue, long count) {
    }

    /** {@code me}: the caller; {@code none}: nobody (a filter of its own); else a user id. */
    private static String assigneeUserId(StaffPrincipal staff, String assignee) {
        if (assignee == null || assignee.isBlank() || "none".equals(assignee)) {
            return null;
        }
        if (assignee.length() > 100) {
            throw new InvalidInputException("assignee", "max-length", 100);
        }
        return "me".equals(assignee) ? staff.userId() : assignee;
    }

    @GetMapping("/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable UUID id) {
        return complaints.timeline(currentStaff.get(), id);
    }

    @PostMapping("/{id}/triage")
    ResponseEntity<ComplaintView> triage(@PathVariable UUID id, @RequestBody ComplaintCommands.Triage body,
                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                             @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, HttpServletRequest request) {
        return action(id, key, request, body, () -> complaints.triage(currentStaff.get(), id, ETags.expectedVersion(ifMatch), body));
    }

    @PostMapping("/{id}/resolve")
    ResponseEntity<ComplaintView> resolve(@PathVariable UUID id, @RequestBody ComplaintCommands.Resolve body,
                              @RequestHeader(name = "If-Match", required = false) String ifMatch,
                              @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, HttpServletRequest request) {
        return action(id, key, request, body, () -> complaints.resolve(currentStaff.get(), id, ETags.expectedVersion(ifMatch), body));
    }

    @PostMapping("/{id}/transfers")
    ResponseEntity<ComplaintView> transfer(@PathVariable UUID id, @RequestBody ComplaintCommands.Transfer body,
                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, HttpServletRequest request) {
        return action(id, key, request, body, () -> complaints.transfer(currentStaff.get(), id, ETags.expectedVersion(ifMatch), body));
    }

    @PostMapping("/{id}/transfers/{transferId}/acknowledge")
    ResponseEntity<ComplaintView> acknowledge(@PathVariable UUID id, @PathVariable UUID transferId,
                                  @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, HttpServletRequest request) {
        return action(id, key, request, null,
                () -> complaints.acknowledge(currentStaff.get(), id, transferId, ETags.expectedVersion(ifMatch)));
    }

    @PostMapping("/{id}/progress")
    ResponseEntity<ComplaintView> progress(@PathVariable UUID id, @RequestBody ComplaintCommands.Progress body,
                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, HttpServletRequest request) {
        return action(id, key, request, body, () -> complaints.recordProgress(currentStaff.get(), id, ETags.expectedVersion(ifMatch), body));
    }

    @PostMapping("/{id}/solutions")
    ResponseEntity<ComplaintView> proposeSolution(@PathVariable UUID id, @RequestBody ComplaintCommands.ProposeSolution body,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, HttpServletRequest request) {
        return action(id, key, request, body, () -> complaints.proposeSolution(currentStaff.get(), id, ETags.expectedVersion(ifMatch), body));
    }

    @PostMapping("/{id}/solutions/{solutionId}/accept")
    ResponseEntity<ComplaintView> acceptSolution(@PathVariable UUID id, @PathVariable UUID solutionId,
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                     @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, HttpServletRequest request) {
        return action(id, key, request, null,
                () -> complaints.acceptSolution(currentStaff.get(), id, solutionId, ETags.expectedVersion(ifMatch)));
    }

    @PostMapping("/{id}/solutions/{solutionId}/reject")
    ResponseEntity<ComplaintView> rejectSolution(@PathVariable UUID id, @PathVariable UUID solutionId,
                                     @RequestBody ComplaintCommands.SolutionDecision body,
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                     @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, HttpServletRequest request) {
        return action(id, key, request, body,
                () -> complaints.rejectSolution(currentStaff.get(), id, solutionId, ETags.expectedVersion(ifMatch), body));
    }

    @PostMapping("/{id}/follow-ups")
    ResponseEntity<ComplaintView> followUp(@PathVariable UUID id, @RequestBody ComplaintCommands.FollowUp body,
                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, HttpServletRequest request) {
        return action(id, key, request, body, () -> complaints.recordFollowUp(currentStaff.get(), id, ETags.expectedVersion(ifMatch), body));
    }

    @PostMapping("/{id}/pause")
    ResponseEntity<ComplaintView> pause(@PathVariable UUID id, @RequestBody ComplaintCommands.Pause body,
                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, HttpServletRequest request) {
        return action(id, key, request, body, () -> complaints.pause(currentStaff.get(), id, ETags.expectedVersion(ifMatch), body));
    }

    @PostMapping("/{id}/resume")
    ResponseEntity<ComplaintView> resume(@PathVariable UUID id,
                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                             @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, HttpServletRequest request) {
        return action(id, key, request, null, () -> complaints.resume(currentStaff.get(), id, ETags.expectedVersion(ifMatch)));
    }

    @PostMapping("/{id}/assignment")
    ResponseEntity<ComplaintView> assign(@PathVariable UUID id, @RequestBody ComplaintCommands.Assign body,
                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                             @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, HttpServletRequest request) {
        return action(id, key, request, body, () -> complaints.assign(currentStaff.get(), id, ETags.expectedVersion(ifMatch), body));
    }

    @PostMapping("/{id}/merge")
    ResponseEntity<ComplaintView> merge(@PathVariable UUID id, @RequestBody ComplaintCommands.Merge body,
                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, HttpServletRequest request) {
        return action(id, key, request, body, () -> complaints.merge(currentStaff.get(), id, ETags.expectedVersion(ifMatch), body));
    }

    @PostMapping("/{id}/reopen")
    ResponseEntity<ComplaintView> reopen(@PathVariable UUID id, @RequestBody ComplaintCommands.Reason body,
                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                             @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, HttpServletRequest request) {
        return action(id, key, request, body, () -> complaints.reopen(currentStaff.get(), id, ETags.expectedVersion(ifMatch), body));
    }

    @PostMapping("/{id}/reject")
    ResponseEntity<ComplaintView> reject(@PathVariable UUID id, @RequestBody ComplaintCommands.Reason body,
                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                             @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, HttpServletRequest request) {
        return action(id, key, request, body, () -> complaints.reject(currentStaff.get(), id, ETags.expectedVersion(ifMatch), body));
    }

    @PostMapping("/{id}/withdraw")
    ResponseEntity<ComplaintView> withdraw(@PathVariable UUID id, @RequestBody ComplaintCommands.Reason body,
                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, HttpServletRequest request) {
        return action(id, key, request, body, () -> complaints.withdraw(currentStaff.get(), id, ETags.expectedVersion(ifMatch), body));
    }

    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentView> attach(@PathVariable UUID id, @RequestPart("file") MultipartFile file,
                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                             @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                             HttpServletRequest request) throws IOException {
        var staff = currentStaff.get();
        var fingerprint = new UploadFingerprint(file.getOriginalFilename(), file.getContentType(), file.getSize(),
                sha256(file));
        return idempotent.execute(key, fingerprint(request, fingerprint),
                () -> complaints.get(staff, id), () -> {
            try (InputStream content = file.getInputStream()) {
                var added = complaints.attach(staff, id, ETags.expectedVersion(ifMatch), file.getOriginalFilename(),
                        file.getContentType(), content);
                return ResponseEntity.created(URI.create("/api/v1/complaints/" + id + "/attachments/" + added.attachment().id()))
                        .eTag(ETags.of(added.complaintVersion()))
                        .body(added.attachment());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @GetMapping("/{id}/attachments")
    List<AttachmentView> attachments(@PathVariable UUID id) {
        return complaints.attachments(currentStaff.get(), id);
    }

    @ApiResponse(responseCode = "200", description = "The file, with its own content type",
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        var content = complaints.attachment(currentStaff.get(), id, attachmentId);
        var a = content.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType()))
                .contentLength(a.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(com.complaints.core.shared.Texts.displayName(a.fileName()), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content.stream()));
    }

    private record UploadFingerprint(String fileName, String contentType, long size, String sha256) {
    }

    private static String sha256(MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A lifecycle action; its replay is answered only to a caller who may still see the case.
     */
    private ResponseEntity<ComplaintView> action(UUID id, String key, HttpServletRequest request, Object body,
                                                 Supplier<ComplaintView> change) {
        return idempotent.execute(key, fingerprint(request, body),
                () -> complaints.get(currentStaff.get(), id), () -> {
                    ComplaintView view = change.get();
                    return ResponseEntity.status(HttpStatus.OK).eTag(ETags.of(view.version())).body(view.withContactMasked());
                });
    }

    private static RequestFingerprint fingerprint(HttpServletRequest request, Object body) {
        return new RequestFingerprint(request.getMethod(), request.getRequestURI(), body);
    }
}
