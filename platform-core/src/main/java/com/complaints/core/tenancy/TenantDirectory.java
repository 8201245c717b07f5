package com.complaints.core.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.complaints.core.shared.ConflictException;
import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;
import com.complaints.core.shared.NotFoundException;
import com.complaints.core.shared.ShortLivedCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Provisions, lists, suspends and resumes tenants. */
@Service
public class TenantDirectory {

    private static final Logger log = LoggerFactory.getLogger(TenantDirectory.class);

    private final TenantRepository tenants;
    private final TenantContext tenantContext;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final PlatformTenant platformTenant;
    private final Clock clock;
    private final ShortLivedCache<String, TenantView> cache;
    private final TenantIdentities identities;

    TenantDirectory(TenantRepository tenants, TenantContext tenantContext, TransactionTemplate transactions,
                    ApplicationEventPublisher events, PlatformTenant platformTenant, Clock clock,
                    @Value("${complaints.tenancy.cache-ttl:PT5S}") Duration cacheTtl, TenantIdentities identities) {
        this.identities = identities;
        this.tenants = tenants;
        this.tenantContext = tenantContext;
        this.transactions = transactions;
        this.events = events;
        this.platformTenant = platformTenant;
        this.clock = clock;
        this.cache = new ShortLivedCache<>(cacheTtl);
    }

    /**
     * The tenant of that slug. Every request asks, so a tenant read is kept for {@code complaints.tenancy.cache-ttl}
     * (5 s): a change made on this node applies at once, one made on another node within that time. An unknown slug
     * is never kept (a tenant created on another node is found at once).
     */
    public Optional<TenantView> find(String slug) {
        if (!TenantSlug.isValid(slug)) {
            return Optional.empty();
        }
        return Optional.ofNullable(cache.get(slug,
                s -> transactions.execute(tx -> tenants.findById(s).map(TenantView::of).orElse(null))));
    }

    /** A tenant's time zone (the tenant must exist). */
    public ZoneId zone(String slug) {
        return ZoneId.of(find(slug).orElseThrow(() -> new IllegalStateException("no tenant " + slug)).timeZone());
    }

    public boolean exists(String slug) {
        return find(slug).isPresent();
    }

    public List<TenantView> list() {
        return transactions.execute(tx -> tenants.findAll(Sort.by("slug")).stream().map(TenantView::of).toList());
    }

    /**
     * Creates a tenant and seeds its defaults in one transaction that runs as the new tenant, so that the
     * seeded rows carry its id and pass its row-level-security policy. The identity provider's organization is made
     * (or linked) first, outside the transaction: if it cannot be, nothing is written; if the transaction then fails,
     * the organization stays and the next attempt links it.
     */
    public TenantView create(NewTenant request) {
        ZoneId zone = validate(request);
        if (exists(request.slug())) {
            throw new ConflictException("tenant-exists", "a tenant with slug '" + request.slug() + "' exists");
        }
        identities.ensure(request.slug(), request.displayName().strip());
        return tenantContext.callAs(request.slug(), () -> transactions.execute(tx -> {
            if (tenants.existsById(request.slug())) {
                throw new ConflictException("tenant-exists", "a tenant with slug '" + request.slug() + "' exists");
            }
            SupportedLocale locale = SupportedLocale.fromTag(request.locale());
            Tenant tenant = tenants.saveAndFlush(
                    new Tenant(request.slug(), request.displayName().strip(), zone, locale, clock.instant()));
            events.publishEvent(new TenantProvisioned(tenant.slug(), locale, zone));
            log.info("tenant provisioned tenant={}", tenant.slug());
            return TenantView.of(tenant);
        }));
    }

    public TenantView suspend(String slug) {
        return changeStatus(slug, true);
    }

    public TenantView resume(String slug) {
        return changeStatus(slug, false);
    }

    private TenantView changeStatus(String slug, boolean suspend) {
        TenantView changed = transactions.execute(tx -> {
            Tenant tenant = tenants.findById(slug).orElseThrow(() -> new NotFoundException("tenant"));
            if (suspend) {
                tenant.suspend();
            } else {
                tenant.resume();
            }
            log.info("tenant {} tenant={}", suspend ? "suspended" : "resumed", slug);
            return TenantView.of(tenants.saveAndFlush(tenant));
        });
        cache.invalidate(slug);
        return changed;
    }

    private ZoneId validate(NewTenant request) {
        List<FieldError> errors = new ArrayList<>();
        if (!TenantSlug.isValid(request.slug())) {
            errors.add(FieldError.of("slug", "pattern", TenantSlug.REGEX));
        } else if (platformTenant.slug().equals(request.slug())) {
            errors.add(FieldError.of("slug", "slug-reserved", request.slug()));
        }
        if (request.displayName() == null || request.displayName().isBlank() || request.displayName().length() > 200) {
            errors.add(FieldError.of("displayName", "length-range", 1, 200));
        }
        if (!SupportedLocale.isSupported(request.locale())) {
            errors.add(FieldError.of("locale", "locale"));
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(request.timeZone() == null ? "" : request.timeZone());
        } catch (DateTimeException e) {
            errors.add(FieldError.of("timeZone", "time-zone"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return zone;
    }

    public record NewTenant(String slug, String displayName, String timeZone, String locale) {
    }
}
