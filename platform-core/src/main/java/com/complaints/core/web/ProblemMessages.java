package com.complaints.core.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.complaints.core.shared.ConflictException;
import com.complaints.core.shared.ForbiddenException;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.shared.PreconditionFailedException;
import com.complaints.core.tenancy.SupportedLocale;
import com.complaints.core.tenancy.TenantContext;
import com.complaints.core.tenancy.TenantDirectory;
import com.complaints.core.tenancy.TenantView;

/**
 * Problem details in the reader's language: Chinese (zh-CN) or English, from the request's Accept-Language, else
 * the tenant's locale, else English. Texts live in {@code i18n/problems*.properties}.
 */
@Component
public class ProblemMessages {

    /** The request attribute where the tenant binding leaves the tenant it read (its language, without a lookup). */
    public static final String TENANT_ATTRIBUTE = ProblemMessages.class.getName() + ".tenant";

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final TenantContext tenantContext;
    private final TenantDirectory tenants;

    ProblemMessages(TenantContext tenantContext, TenantDirectory tenants) {
        this.tenantContext = tenantContext;
        this.tenants = tenants;
        messages.setBasename("i18n/problems");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    /**
     * The problem of a refusal by the domain (not found, conflict, stale version, invalid input, forbidden), as the
     * API answers it; empty for any other exception. The API's exception handler and the bulk actions' per-case
     * results both use it, so a refusal reads the same either way.
     */
    public Optional<ProblemDetail> refusal(RuntimeException e) {
        return Optional.ofNullable(switch (e) {
            case NotFoundException n -> notFound(n.kind());
            case ConflictException c -> problemWithDetail(HttpStatus.CONFLICT, c.code(), c.getMessage());
            case PreconditionFailedException p -> problem(HttpStatus.PRECONDITION_FAILED, "stale-version");
            case ObjectOptimisticLockingFailureException o -> problem(HttpStatus.PRECONDITION_FAILED, "stale-version");
            case InvalidInputException i -> validation(i.errors());
            case ForbiddenException f -> problemWithDetail(HttpStatus.FORBIDDEN, "forbidden", f.getMessage());
            default -> null;
        });
    }

    /** A problem whose title and detail both come from the catalogue. */
    public ProblemDetail problem(HttpStatusCode status, String code, Object... detailArgs) {
        Locale locale = locale();
        return ProblemTypes.problem(status, code, title(code, locale), text("problem." + code + ".detail", detailArgs, locale)
                .orElse(null));
    }

    /** A problem whose detail is the catalogue's, or else the given (English) text. */
    public ProblemDetail problemWithDetail(HttpStatusCode status, String code, String fallbackDetail) {
        Locale locale = locale();
        return ProblemTypes.problem(status, code, title(code, locale),
                text("problem." + code + ".detail", new Object[0], locale).orElse(fallbackDetail));
    }

    public ProblemDetail notFound(String kind) {
        Locale locale = locale();
        String noun = text("noun." + kind, new Object[0], locale).orElse(kind);
        return ProblemTypes.problem(HttpStatusCode.valueOf(404), "not-found", title("not-found", locale),
                text("problem.not-found.detail", new Object[]{noun}, locale).orElseThrow());
    }

    public ProblemDetail validation(List<FieldError> errors) {
        Locale locale = locale();
        ProblemDetail problem = ProblemTypes.problem(HttpStatusCode.valueOf(400), "validation", title("validation", locale),
                text("problem.validation.detail", new Object[]{errors.size()}, locale).orElseThrow());
        problem.setProperty("errors", errors.stream().map(e -> Map.of(
                "field", e.field(),
                "code", e.code(),
                "message", text("field." + e.code(), e.args().toArray(), locale).orElse(e.code()))).toList());
        return problem;
    }

    private String title(String code, Locale locale) {
        return text("problem." + code + ".title", new Object[0], locale)
                .or(() -> text("problem.http.title", new Object[0], locale)).orElseThrow();
    }

    private Optional<String> text(String key, Object[] args, Locale locale) {
        try {
            return Optional.of(messages.getMessage(key, args, locale));
        } catch (NoSuchMessageException e) {
            return Optional.empty();
        }
    }

    Locale locale() {
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest() : null;
        return locale(request);
    }

    /** Accept-Language if it names Chinese or English, else the tenant's language, else English. */
    public Locale locale(HttpServletRequest request) {
        String header = request == null ? null : request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    String tag = range.getRange().toLowerCase(Locale.ROOT);
                    if (tag.startsWith("zh")) {
                        return SupportedLocale.ZH_CN.toLocale();
                    }
                    if (tag.startsWith("en")) {
                        return Locale.ENGLISH;
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header counts as none
            }
        }
        Object bound = request == null ? null : request.getAttribute(TENANT_ATTRIBUTE);
        return tenantContext.current()
                .flatMap(slug -> bound instanceof TenantView t && t.slug().equals(slug) ? Optional.of(t) : tenantIfReachable(slug))
                .map(t -> SupportedLocale.fromTag(t.locale()).toLocale())
                .orElse(Locale.ENGLISH);
    }

    /**
     * The tenant, unless the database is out of reach: the problem that says so is then answered in English rather
     * than not at all (a failure here, inside an exception handler, became an empty 200).
     */
    private Optional<TenantView> tenantIfReachable(String slug) {
        try {
            return tenants.find(slug);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
