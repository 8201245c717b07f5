package com.complaints.core.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import com.complaints.core.shared.Dates;
import com.complaints.core.shared.Texts;

/**
 * What every JSON body the API reads must be, whichever controller reads it: no {@code null} inside arrays and
 * maps (a 400 naming the element, not a NullPointerException later), strings cleaned by {@link Texts#clean}
 * (NUL, control characters, lone surrogates), and dates and instants between the years 1900 and 9999.
 */
@Component
class JsonInputRules implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        // the default, not a per-type override: overrides do not reach root-level lists (PUT /routing-rules) and the
        // documents this mapper reads back (settings, notification variables) are written without null elements
        builder.changeDefaultNullHandling(n -> n.withContentNulls(Nulls.FAIL));
        SimpleModule module = new SimpleModule("complaints-input-rules");
        module.addDeserializer(String.class, new CleanStrings());
        module.setDeserializerModifier(new DateRanges());
        builder.addModule(module);
    }

    /** Strings as {@link Texts#clean} leaves them; scalars are taken as text as Jackson does, structures refused. */
    static final class CleanStrings extends StdDeserializer<String> {

        CleanStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_STRING || (token != null && token.isScalarValue() && token != JsonToken.VALUE_EMBEDDED_OBJECT)) {
                return Texts.clean(p.getValueAsString());
            }
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
    }

    /** Wraps the java.time deserializers with the range check. */
    static final class DateRanges extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                                                       ValueDeserializer<?> deserializer) {
            Class<?> type = description.getBeanClass();
            if (type == Instant.class || type == LocalDate.class || type == YearMonth.class
                    || type == OffsetDateTime.class || type == ZonedDateTime.class) {
                return new InRange(deserializer);
            }
            return deserializer;
        }
    }

    static final class InRange extends DelegatingDeserializer {

        InRange(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new InRange(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            Object value = super.deserialize(p, ctxt);
            int year = switch (value) {
                case Instant i -> i.atOffset(java.time.ZoneOffset.UTC).getYear();
                case LocalDate d -> d.getYear();
                case YearMonth m -> m.getYear();
                case OffsetDateTime o -> o.getYear();
                case ZonedDateTime z -> z.getYear();
                case null, default -> Dates.MIN_YEAR;
            };
            if (!Dates.inRange(year)) {
                throw InvalidFormatException.from(p, "a date between the years " + Dates.MIN_YEAR + " and " + Dates.MAX_YEAR,
                        String.valueOf(value), handledType());
            }
            return value;
        }
    }
}
