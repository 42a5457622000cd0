package io.parcours.settings;

import java.time.Instant;

/**
 * The settings in force, the environment's defaults, and the values an administrator stored (null:
 * the default applies); the ETag is the version to send in If-Match.
 */
public record SettingsView(
    SettingsValues values,
    SettingsValues defaults,
    SettingsValues stored,
    Instant updatedAt,
    String updatedBy,
    long version) {}
