package com.complaints.core.call;

import java.time.LocalDate;

/**
 * Telephone answering in a period (the policy: answer within three rings).
 *
 * @param from                     first day (tenant time zone)
 * @param to                       last day, inclusive
 * @param calls                    calls that came in
 * @param answered                 calls answered
 * @param answeredWithinThreeRings calls answered within three rings
 * @param abandoned                calls that ended unanswered
 * @param withinThreeRingsShare    answeredWithinThreeRings / calls (0 when no calls)
 * @param averageRings             average rings before answer, over answered calls with a ring count
 * @param complaintsTaken          calls a complaint was taken from
 */
record CallMetrics(LocalDate from, LocalDate to, long calls, long answered, long answeredWithinThreeRings,
                          long abandoned, double withinThreeRingsShare, Double averageRings, long complaintsTaken) {
}
