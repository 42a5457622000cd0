package io.parcours.webhook;

import io.parcours.common.Problem;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps webhooks from being aimed inside the network (SSRF): a target must resolve to public
 * addresses only, unless its host is allow-listed.
 */
final class TargetGuard {

  /** A host made of numbers only: decimal, octal or hexadecimal, one to four parts. */
  private static final Pattern NUMERIC =
      Pattern.compile("(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+)){0,3}\\.?");

  private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
  private static final Pattern DOTTED_QUAD = Pattern.compile("(" + OCTET + "\\.){3}" + OCTET);

  private TargetGuard() {}

  /** The URL, checked; a 400 naming why when it may not be used. */
  static URI check(String url, Collection<String> allowedHosts) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (Exception e) {
      throw Problem.invalid("url", "must be an absolute http or https URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw Problem.invalid("url", "must be an absolute http or https URL");
    }
    if (uri.getUserInfo() != null) {
      throw Problem.invalid("url", "must not carry credentials");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (NUMERIC.matcher(host).matches() && !DOTTED_QUAD.matcher(host).matches()) {
      // 0177.0.0.1, 0x7f.1 or 2130706433: each resolver reads these its own way.
      throw Problem.invalid("url", "spell an IPv4 address as four decimal numbers (a.b.c.d)");
    }
    if (allowedHosts.contains(host)) {
      return uri;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      throw Problem.invalid("url", "the host does not resolve");
    }
    for (InetAddress a : addresses) {
      if (!isPublic(a) && !allowedHosts.contains(a.getHostAddress())) {
        throw Problem.invalid(
            "url", "resolves to a loopback, private, link-local or reserved address");
      }
    }
    return uri;
  }

  /** Whether an address is on the public internet (IPv4-mapped IPv6 arrives as IPv4). */
  static boolean isPublic(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isAnyLocalAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int b0 = b[0] & 0xff;
      int b1 = b[1] & 0xff;
      return b0 != 0 // this network
          && !(b0 == 100 && (b1 & 0xc0) == 64) // carrier-grade NAT
          && !(b0 == 192 && b1 == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
          && !(b0 == 198 && (b1 == 18 || b1 == 19)) // benchmarking
          && b0 < 240; // reserved and broadcast
    }
    boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
    boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
    return !uniqueLocal && !nat64;
  }
}
