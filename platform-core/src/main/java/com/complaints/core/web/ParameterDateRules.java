package com.complaints.core.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.complaints.core.shared.Dates;

/**
 * Request parameters of type {@code Instant}, {@code LocalDate} and {@code YearMonth} (ISO 8601) between the years
 * 1900 and 9999; outside that range, or malformed, they answer 400 like any invalid parameter.
 */
@Configuration(proxyBeanMethods = false)
class ParameterDateRules implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Instant.class, s -> s.isBlank() ? null : Dates.check("instant", ParameterDateRules.<Instant>parse(s, Instant::parse)));
        registry.addConverter(String.class, LocalDate.class, s -> s.isBlank() ? null : Dates.check("date", ParameterDateRules.<LocalDate>parse(s, LocalDate::parse)));
        registry.addConverter(String.class, YearMonth.class, s -> s.isBlank() ? null : Dates.check("month", ParameterDateRules.<YearMonth>parse(s, YearMonth::parse)));
    }

    private static <T> T parse(String s, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(s.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO 8601 value", e);
        }
    }
}
