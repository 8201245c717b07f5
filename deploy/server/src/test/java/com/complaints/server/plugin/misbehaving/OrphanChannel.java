package com.complaints.server.plugin.misbehaving;

import com.complaints.plugin.api.IntakeChannel;

/** A channel in plugins that must not load: one lacks its dependency, one needs a future API. */
public class OrphanChannel implements IntakeChannel {

    @Override
    public String type() {
        return "orphan";
    }

    @Override
    public String displayName() {
        return "Orphan";
    }
}
