package com.complaints.core.scorecard;

/**
 * One agent's or department's figures over the cases received in a period (the basis for incentives).
 *
 * @param subject            the agent's user id or the department id
 * @param handled            cases they handle (agent: assignee; department: the case's department)
 * @param resolved           of those, resolved (or closed)
 * @param onTimeShare        resolution deadlines met on time ÷ decided (met on time, met late, overdue); null if none
 * @param csat               share of follow-up scores 4-5 among answered follow-ups; null if none
 * @param averageSatisfaction average follow-up score; null if none
 * @param reopenRate         share of handled cases that went into a second round
 * @param averageHandlingHours average hours from receipt to resolution of the resolved cases; null if none
 */
record Scorecard(String subject, long handled, long resolved, Double onTimeShare, Double csat,
                        Double averageSatisfaction, double reopenRate, Double averageHandlingHours) {
}
