package com.complaints.core.report;

import java.time.LocalDate;
import java.util.Map;

import com.complaints.core.measure.ImprovementMeasures;

/**
 * The evaluation report (评估) of a period, with the same figures for the previous period and for the same period a
 * year before.
 */
record EvaluationReport(String period, LocalDate from, LocalDate to, String timeZone, Figures current,
                               Figures previous, Figures lastYear, ImprovementMeasures.Summary measures) {

    /**
     * The figures of one period (cases received in it).
     *
     * @param firstContactResolutionRate resolved in the first round without a handover, ÷ volume
     * @param sla                        per metric: met on time, met late, open overdue, still open, attainment
     * @param averageHandlingBusinessHours receipt to resolution, in the governing calendar's working time
     * @param csat                       share of scores 4-5 among answered follow-ups
     * @param responseRate               answered follow-ups (with a score) ÷ resolved cases
     */
    public record Figures(LocalDate from, LocalDate to, long volume, Map<String, Long> byCategory, Map<String, Long> byChannel,
                          Map<String, Long> byDepartment, Map<String, Long> byRegion, Map<String, Long> byProduct,
                          Map<String, Long> perDay, Double firstContactResolutionRate, Map<String, Sla> sla,
                          Double averageHandlingBusinessHours, Double csat, Double averageSatisfaction,
                          Double responseRate, Double reopenRate) {
    }

    public record Sla(long onTime, long late, long overdue, long open, Double attainment) {
    }
}
