package com.complaints.core.reply;

/** What a canned reply is for. */
enum ReplyPurpose {
    PROGRESS,
    SOLUTION,
    FOLLOW_UP
}
