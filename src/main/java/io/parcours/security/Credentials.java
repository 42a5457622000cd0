package io.parcours.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** What a request presented: an API key in Authorization: Bearer, or a session cookie. */
final class Credentials extends BaseAuthenticationRequest {

  enum Kind {
    API_KEY,
    SESSION
  }

  final Kind kind;
  final String secret;

  Credentials(Kind kind, String secret) {
    this.kind = kind;
    this.secret = secret;
  }
}
