package io.parcours.webhook;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps webhooks from being aimed inside the network (SSRF). A target must be http or https and
 * reach globally routable addresses only (see {@link SpecialAddresses}), none of them this host's,
 * unless its host is allow-listed. The name is looked up once; the caller connects to the address
 * that was checked, so a second answer of the DNS (rebinding) is never used.
 */
final class TargetGuard {

  /** One answer for a name that does not resolve or resolves inside: DNS is no oracle. */
  static final String NOT_GLOBAL_NAME = "the host must resolve to globally routable addresses only";

  private static final String URL_FORM = "must be an absolute http or https URL";
  private static final Pattern NAME =
      Pattern.compile(
          "([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\\.)*[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\\.?");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]+");
  private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

  /** Where to send: the name for the Host header and TLS, and the address checked for it. */
  record Target(String host, int port, boolean https, String requestUri, InetAddress address) {}

  /** Why a target may not be used; the message is safe to show to the subscriber. */
  static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message, null, false, false);
    }
  }

  private final Collection<String> allowedHosts;
  private final Network network;

  TargetGuard(Collection<String> allowedHosts, Network network) {
    this.allowedHosts = allowedHosts;
    this.network = network;
  }

  Target check(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException | NullPointerException e) {
      throw new Refused(URL_FORM);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String authority = uri.getRawAuthority();
    if (!scheme.equals("http") && !scheme.equals("https") || authority == null) {
      throw new Refused(URL_FORM);
    }
    if (authority.contains("@")) {
      throw new Refused("must not carry credentials");
    }
    if (uri.getRawFragment() != null) {
      throw new Refused("must not carry a fragment");
    }
    boolean https = scheme.equals("https");
    boolean bracketed = authority.startsWith("[");
    int hostEnd = bracketed ? authority.indexOf(']') + 1 : authority.lastIndexOf(':');
    if (hostEnd == 0) {
      throw new Refused(URL_FORM);
    }
    String host = (hostEnd < 0 ? authority : authority.substring(0, hostEnd));
    host = host.toLowerCase(Locale.ROOT);
    int port = port(hostEnd < 0 ? "" : authority.substring(hostEnd), https);
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String requestUri = path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    boolean allowed = allowedHosts.contains(host);

    InetAddress literal = bracketed ? ipv6(host.substring(1, host.length() - 1)) : ipv4(host);
    if (literal != null) {
      if (!allowed && !allowedHosts.contains(literal.getHostAddress())) {
        String refusal = refusal(literal);
        if (refusal != null) {
          throw new Refused(refusal);
        }
        if (!bracketed && !host.equals(literal.getHostAddress())) {
          // 0177.0.0.1, 0x7f.1, 2130706433, 127.1: each parser reads these its own way.
          throw new Refused("spell an IPv4 address as four decimal numbers (a.b.c.d)");
        }
      }
      return new Target(host, port, https, requestUri, literal);
    }
    if (!NAME.matcher(host).matches() || host.length() > 254) {
      throw new Refused("the host is not a valid name or address");
    }
    String bare = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    if (!allowed && (bare.equals("localhost") || bare.endsWith(".localhost"))) {
      throw new Refused(NOT_GLOBAL_NAME);
    }
    InetAddress[] addresses;
    try {
      addresses = network.resolve(host);
    } catch (UnknownHostException e) {
      throw new Refused(NOT_GLOBAL_NAME);
    }
    if (addresses.length == 0) {
      throw new Refused(NOT_GLOBAL_NAME);
    }
    if (!allowed) {
      for (InetAddress a : addresses) {
        if (!allowedHosts.contains(a.getHostAddress()) && refusal(a) != null) {
          throw new Refused(NOT_GLOBAL_NAME);
        }
      }
    }
    return new Target(host, port, https, requestUri, bare(addresses[0]));
  }

  /** Null when the address may be targeted, else why not (special-purpose, or this host's). */
  private String refusal(InetAddress address) {
    String special = SpecialAddresses.refusal(address);
    if (special != null) {
      return special;
    }
    Set<InetAddress> own;
    try {
      own = network.ownAddresses();
    } catch (RuntimeException e) {
      return address.getHostAddress() + " cannot be told apart from this host's addresses";
    }
    List<InetAddress> carried = new ArrayList<>(SpecialAddresses.embedded(address));
    carried.add(address);
    for (InetAddress a : carried) {
      if (own.contains(bare(a))) {
        return address.getHostAddress() + " is an address of this host";
      }
    }
    return null;
  }

  private static int port(String text, boolean https) {
    if (text.isEmpty() || text.equals(":")) {
      return https ? 443 : 80;
    }
    if (!text.startsWith(":") || !PORT.matcher(text.substring(1)).matches()) {
      throw new Refused(URL_FORM);
    }
    int port = Integer.parseInt(text.substring(1));
    if (port < 1 || port > 65535) {
      throw new Refused("the port must be between 1 and 65535");
    }
    return port;
  }

  private static InetAddress ipv6(String literal) {
    if (!IPV6.matcher(literal).matches() || !literal.contains(":")) {
      // Zone ids (%25eth0) and anything else a resolver might take for a name.
      throw new Refused("the host is not a valid IPv6 address (zone ids are not accepted)");
    }
    try {
      return bare(InetAddress.getByName(literal));
    } catch (UnknownHostException e) {
      throw new Refused("the host is not a valid IPv6 address");
    }
  }

  /**
   * The address of a host ending in a number, read as URL parsers read it (WHATWG): one to four
   * parts, each decimal, octal (leading 0) or hexadecimal (0x); null when the host is a name.
   */
  static InetAddress ipv4(String host) {
    List<String> parts = new ArrayList<>(List.of(host.split("\\.", -1)));
    if (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) {
      parts.remove(parts.size() - 1);
    }
    String last = parts.get(parts.size() - 1);
    if (!last.matches("[0-9]+|0x[0-9a-f]*")) {
      return null;
    }
    if (parts.size() > 4) {
      throw new Refused("the host is not a valid IPv4 address");
    }
    BigInteger value = BigInteger.ZERO;
    for (int i = 0; i < parts.size(); i++) {
      BigInteger n = number(parts.get(i));
      boolean isLast = i == parts.size() - 1;
      int bits = isLast ? 8 * (5 - parts.size()) : 8;
      if (n.bitLength() > bits) {
        throw new Refused("the host is not a valid IPv4 address");
      }
      value = isLast ? value.shiftLeft(bits).or(n) : value.shiftLeft(8).or(n);
    }
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      bytes[i] = value.shiftRight(8 * (3 - i)).byteValue();
    }
    return bare(bytes);
  }

  private static BigInteger number(String part) {
    try {
      if (part.startsWith("0x")) {
        return part.length() == 2 ? BigInteger.ZERO : new BigInteger(part.substring(2), 16);
      }
      if (part.length() > 1 && part.startsWith("0")) {
        return new BigInteger(part.substring(1), 8);
      }
      return new BigInteger(part, 10);
    } catch (NumberFormatException e) {
      throw new Refused("the host is not a valid IPv4 address");
    }
  }

  /** The same address without a name or scope attached, so that nothing resolves it again. */
  private static InetAddress bare(InetAddress address) {
    return bare(address.getAddress());
  }

  private static InetAddress bare(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
