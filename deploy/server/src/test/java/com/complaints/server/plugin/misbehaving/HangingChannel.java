package com.complaints.server.plugin.misbehaving;

import com.complaints.plugin.api.ChannelContext;
import com.complaints.plugin.api.ChannelRequest;
import com.complaints.plugin.api.ChannelResponse;
import com.complaints.plugin.api.IntakeChannel;

/** A channel that never answers (packed into a test plugin jar). */
public class HangingChannel implements IntakeChannel {

    @Override
    public String type() {
        return "sleepy";
    }

    @Override
    public String displayName() {
        return "Never answers";
    }

    @Override
    public ChannelResponse handle(ChannelRequest request, ChannelContext context) throws InterruptedException {
        Thread.sleep(600_000);
        return ChannelResponse.status(200);
    }
}
