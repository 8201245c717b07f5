package com.complaints.core.reply;

/** What a canned reply is for. */
public enum ReplyPurpose {
    PROGRESS,
    SOLUTION,
    FOLLOW_UP
}
