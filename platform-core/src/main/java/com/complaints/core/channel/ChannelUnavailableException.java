package com.complaints.core.channel;

/** The channel's plugin is not installed or not running on this server (503). */
class ChannelUnavailableException extends RuntimeException {

    ChannelUnavailableException(String type) {
        super("channel type " + type + " is not available");
    }
}
