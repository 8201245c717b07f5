/**
 * The plugin API: the only thing a plugin compiles against. It holds extension-point interfaces and immutable
 * value types and depends on the JDK and PF4J only (enforced by {@code PluginApiArchitectureTest}).
 */
package com.complaints.plugin.api;
