package com.complaints.core.followup;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import com.complaints.core.shared.ConflictException;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.web.ProblemMessages;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The consumer's follow-up survey, no login: {@code /public/{tenant}/surveys/{token}}. HTML (zh-CN or en) for
 * people, JSON for apps ({@code Accept: application/json}). A used, expired or superseded link answers 410.
 */
@RestController
@RequestMapping("/public/{tenant}/surveys/{token}")
class PublicSurveyController {

    private final FollowUpSurveys surveys;
    private final ProblemMessages problems;
    private final JsonMapper json;

    private final com.complaints.core.throttle.FailedLookups lookups;

    PublicSurveyController(FollowUpSurveys surveys, ProblemMessages problems, JsonMapper json,
                           com.complaints.core.throttle.FailedLookups lookups) {
        this.lookups = lookups;
        this.surveys = surveys;
        this.problems = problems;
        this.json = json;
    }

    @ApiResponse(responseCode = "200", description = "The survey (410 when it is closed): as JSON when the client accepts it, else the consumer's HTML page",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = FollowUpSurveys.SurveyView.class)),
                    @Content(mediaType = "text/html", schema = @Schema(type = "string"))})
    @GetMapping
    ResponseEntity<?> show(@PathVariable String tenant, @PathVariable String token,
                           @RequestParam(required = false) String lang, HttpServletRequest request) {
        FollowUpSurveys.SurveyView view = lookups.guard(request.getRemoteAddr(), null, () -> surveys.view(token));
        if (wantsJson(request)) {
            return ResponseEntity.status(view.open() ? 200 : 410).body(view);
        }
        boolean en = english(lang, request);
        return html(view.open() ? 200 : 410, view.open() ? SurveyPage.form(view, en, null) : SurveyPage.closed(view, en));
    }

    @ApiResponse(responseCode = "200", description = "The answered survey: as JSON when the client accepts it, else the consumer's HTML page",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = FollowUpSurveys.SurveyView.class)),
                    @Content(mediaType = "text/html", schema = @Schema(type = "string"))})
    @PostMapping
    ResponseEntity<?> answer(@PathVariable String tenant, @PathVariable String token,
                             @RequestParam(required = false) String lang, HttpServletRequest request) throws java.io.IOException {
        boolean jsonBody = request.getContentType() != null && request.getContentType().contains("json");
        FollowUpSurveys.Answer answer = jsonBody ? jsonAnswer(request) : formAnswer(request);
        boolean en = english(lang, request);
        try {
            FollowUpSurveys.SurveyView done = lookups.guard(request.getRemoteAddr(), null, () -> surveys.answer(token, answer));
            return wantsJson(request) || jsonBody ? ResponseEntity.ok(done) : html(200, SurveyPage.thanks(done, en));
        } catch (ConflictException e) {
            FollowUpSurveys.SurveyView view = surveys.view(token);
            return wantsJson(request) || jsonBody
                    ? ResponseEntity.status(HttpStatus.GONE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                            .body(problems.problemWithDetail(HttpStatus.GONE, "survey-closed", e.getMessage()))
                    : html(410, SurveyPage.closed(view, en));
        } catch (InvalidInputException e) {
            if (wantsJson(request) || jsonBody) {
                throw e;
            }
            return html(400, SurveyPage.form(surveys.view(token), en, e.errors().getFirst().field()));
        }
    }

    /**
     * The answer as JSON, read by the API's own mapper and rules: whatever is wrong with the body (not JSON, not an
     * object, {@code null}, a wrong type, an unknown field, a number out of range, too deep) answers 400 as for
     * every other JSON body of the API.
     */
    private FollowUpSurveys.Answer jsonAnswer(HttpServletRequest request) throws java.io.IOException {
        var input = new org.springframework.http.server.ServletServerHttpRequest(request);
        try {
            FollowUpSurveys.Answer answer = json.readValue(request.getInputStream(), FollowUpSurveys.Answer.class);
            if (answer == null) {
                throw new org.springframework.http.converter.HttpMessageNotReadableException("the body is null", input);
            }
            return answer;
        } catch (tools.jackson.core.JacksonException e) {
            throw new org.springframework.http.converter.HttpMessageNotReadableException("the body is not a survey answer", e, input);
        }
    }

    /** The answer of the HTML form (the servlet has parsed the form body already, as UTF-8). */
    private static FollowUpSurveys.Answer formAnswer(HttpServletRequest request) {
        Integer score = null;
        try {
            String value = request.getParameter("satisfaction");
            score = value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException ignored) {
            // reported as an invalid satisfaction
        }
        String solved = request.getParameter("solved");
        return new FollowUpSurveys.Answer(score, solved == null ? null : "yes".equals(solved), request.getParameter("comment"));
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }

    private boolean english(String lang, HttpServletRequest request) {
        if (lang != null) {
            return lang.startsWith("en");
        }
        return problems.locale(request).getLanguage().equals(Locale.ENGLISH.getLanguage());
    }

    private static ResponseEntity<String> html(int status, String page) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType("text/html;charset=UTF-8")).body(page);
    }
}
