package com.complaints.core.plugin;

/** What became of an installed plugin at start-up. */
enum PluginStatus {
    /** loaded and started; its extensions are available */
    STARTED,
    /** its declared plugin-api range does not include this host's API version */
    INCOMPATIBLE,
    /** it could not be loaded or started, or its extensions could not be created (see the problem) */
    FAILED,
    /** it offers a channel or notifier type another plugin already offers */
    CONFLICT
}
