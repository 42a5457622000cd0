package io.parcours.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** Versions as entity tags, and the If-Match checks every update makes. */
public final class ETags {

  private ETags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * A version for what has no version column (settings kept in several rows): the first 63 bits of
   * the SHA-256 of its canonical text. Any change of the content changes it.
   */
  public static long ofContent(String canonical) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(d).getLong() & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** 200 with the representation, its version as the ETag. */
  public static <T> RestResponse<T> ok(T view, long version) {
    return RestResponse.ResponseBuilder.ok(view).tag(of(version)).build();
  }

  /** 201 with the new resource's Location ({@code path} names it with {id}), body and ETag. */
  public static Response created(String path, UUID id, Object view, long version) {
    return Response.created(UriBuilder.fromPath(path).build(id))
        .entity(view)
        .tag(of(version))
        .build();
  }

  /** The version an If-Match header names; 428 when it is missing, 412 when it names another. */
  public static void require(String ifMatch, long current) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new Problem(
          428,
          "Precondition required",
          "Send If-Match with the ETag you read, so that no change is overwritten unseen");
    }
    if (!matches(ifMatch, current)) {
      throw new Problem(
              412,
              "Precondition failed",
              "The resource was changed since you read it; read it again")
          .with("currentETag", of(current).toString());
    }
  }

  static boolean matches(String ifMatch, long current) {
    for (String tag : ifMatch.split(",")) {
      String t = tag.trim();
      if (t.equals("*")) {
        return true;
      }
      if (t.equals("\"" + current + "\"")) {
        return true;
      }
    }
    return false;
  }
}
