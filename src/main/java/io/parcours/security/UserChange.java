package io.parcours.security;

import jakarta.validation.constraints.Size;

/** What an admin changes of a user; absent fields stay as they are. */
public record UserChange(
    @Size(min = 1, max = 200) String name,
    Role role,
    Boolean active,
    @Size(min = 12, max = 200) String password) {}
