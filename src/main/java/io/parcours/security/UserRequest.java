package io.parcours.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record UserRequest(
    @NotBlank @Email @Size(max = 254) String email,
    @NotBlank @Size(max = 200) String name,
    @NotNull Role role,
    @NotBlank @Size(min = 12, max = 200) String password) {

  /** The request as compared on a retry: a password is never kept, not even hashed. */
  UserRequest withoutPassword() {
    return new UserRequest(email, name, role, null);
  }
}
