package com.complaints.plugin.api;

/**
 * The version of this API. It follows semantic versioning: a minor version adds to the API, a major version may
 * break it. A plugin declares the range it was built for in its manifest ({@code Plugin-Requires: >=1.0.0 & <2.0.0});
 * the host refuses a plugin whose range this version does not satisfy.
 */
public final class PluginApi {

    public static final String VERSION = "1.0.0";

    private PluginApi() {
    }
}
