package com.complaints.server.plugin.misbehaving;

import com.complaints.plugin.api.ChannelContext;
import com.complaints.plugin.api.ChannelRequest;
import com.complaints.plugin.api.ChannelResponse;
import com.complaints.plugin.api.IntakeChannel;

/** A channel whose every request throws (packed into a test plugin jar). */
public class ThrowingChannel implements IntakeChannel {

    @Override
    public String type() {
        return "boom";
    }

    @Override
    public String displayName() {
        return "Always throws";
    }

    @Override
    public ChannelResponse handle(ChannelRequest request, ChannelContext context) {
        throw new IllegalStateException("this channel is broken on purpose");
    }
}
