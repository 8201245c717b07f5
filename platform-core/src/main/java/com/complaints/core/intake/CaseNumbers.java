package com.complaints.core.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.complaints.core.tenancy.TenantProvisioned;

/**
 * Readable case numbers, unique per tenant: {@code DEMO-20261128-000042} — the tenant slug, the day of receipt in
 * the tenant's time zone and the day's sequence. The counter row is locked for the rest of the transaction.
 */
@Component
class CaseNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final CaseNumberCounterRepository counters;
    private final Clock clock;

    CaseNumbers(CaseNumberCounterRepository counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    String next(String tenant, ZoneId zone) {
        CaseNumberCounter counter = counters.lockCurrent()
                .orElseThrow(() -> new IllegalStateException("tenant " + tenant + " has no case counter"));
        CaseNumberCounter.Drawn drawn = counter.next(LocalDate.now(clock.withZone(zone)));
        return "%s-%s-%06d".formatted(tenant.toUpperCase(Locale.ROOT), DAY.format(drawn.day()), drawn.sequence());
    }

    @EventListener
    void on(TenantProvisioned event) {
        counters.save(new CaseNumberCounter(LocalDate.EPOCH));
    }
}
