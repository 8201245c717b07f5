package com.complaints.core.routing;

/** What routing rules look at: a complaint, or a sample posted to the dry run. All fields optional. */
public record RoutingSample(String category, String subjectType, String subjectName, String subjectReference,
                            String channel, String regionCode, String urgency, String description) {
}
