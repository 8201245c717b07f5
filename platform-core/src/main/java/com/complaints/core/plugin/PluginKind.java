package com.complaints.core.plugin;

/** The two kinds of extension a tenant configures instances of. */
public enum PluginKind {
    CHANNEL,
    NOTIFIER
}
