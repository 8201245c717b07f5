package com.complaints.core.privacy;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.hibernate.annotations.Immutable;

import com.complaints.core.tenancy.TenantContext;

/**
 * The JPA converter of a consumer's contact field: sealed with the bound tenant's current data key when written,
 * opened when read ({@link PersonalDataCipher}). Hibernate makes it through Spring, with its dependencies.
 * {@code @Immutable}: the values (Strings) never change in place, so Hibernate neither copies them for dirty checking
 * nor seals and opens them again to make those copies.
 */
@Converter
@Immutable
public class SealedPersonalData implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;
    private final TenantContext tenantContext;

    public SealedPersonalData(PersonalDataCipher cipher, TenantContext tenantContext) {
        this.cipher = cipher;
        this.tenantContext = tenantContext;
    }

    @Override
    public String convertToDatabaseColumn(String plain) {
        return plain == null ? null : cipher.seal(tenantContext.require(), plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher.open(stored, tenantContext.current().orElse(null));
    }
}
