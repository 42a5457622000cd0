package io.parcours.webhook;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Webhook targets that must be refused, drawn from the IANA IPv4 and IPv6 Special-Purpose Address
 * Registries (and the multicast, site-local and reserved blocks of the address-space registries):
 * the first, a middle and the last address of each block, each in the spellings resolvers and URL
 * parsers disagree on. Written apart from the guard's own table, so that one checks the other.
 */
public final class SsrfTable {

  /** Every IPv4 block a webhook may not reach, whatever the registry's "Globally Reachable". */
  public static final List<String> IPV4 =
      List.of(
          "0.0.0.0/8",
          "0.0.0.0/32",
          "10.0.0.0/8",
          "100.64.0.0/10",
          "127.0.0.0/8",
          "169.254.0.0/16",
          "172.16.0.0/12",
          "192.0.0.0/24",
          "192.0.0.0/29",
          "192.0.0.8/32",
          "192.0.0.9/32",
          "192.0.0.10/32",
          "192.0.0.170/32",
          "192.0.0.171/32",
          "192.0.2.0/24",
          "192.31.196.0/24",
          "192.52.193.0/24",
          "192.88.99.0/24",
          "192.168.0.0/16",
          "192.175.48.0/24",
          "198.18.0.0/15",
          "198.51.100.0/24",
          "203.0.113.0/24",
          "224.0.0.0/4",
          "240.0.0.0/4",
          "255.255.255.255/32");

  /** Every IPv6 block a webhook may not reach (embedding blocks are tried with inner addresses). */
  public static final List<String> IPV6 =
      List.of(
          "::1/128",
          "::/128",
          "::/96",
          "64:ff9b:1::/48",
          "100::/64",
          "100:0:0:1::/64",
          "2001::/23",
          "2001:1::1/128",
          "2001:1::2/128",
          "2001:1::3/128",
          "2001:2::/48",
          "2001:3::/32",
          "2001:4:112::/48",
          "2001:10::/28",
          "2001:20::/28",
          "2001:30::/28",
          "2001:db8::/32",
          "2620:4f:8000::/48",
          "3fff::/20",
          "5f00::/16",
          "fc00::/7",
          "fe80::/10",
          "fec0::/10",
          "ff00::/8",
          "4000::/3",
          "::/8");

  private SsrfTable() {}

  /** First, middle and last address of a block. */
  public static List<InetAddress> samples(String cidr) {
    String[] parts = cidr.split("/");
    byte[] base = address(parts[0]).getAddress();
    int bits = Integer.parseInt(parts[1]);
    int width = base.length * 8;
    BigInteger first = new BigInteger(1, base);
    BigInteger size = BigInteger.ONE.shiftLeft(width - bits);
    BigInteger last = first.add(size).subtract(BigInteger.ONE);
    BigInteger middle =
        first.add(size.shiftRight(1)).add(BigInteger.valueOf(size.bitLength() > 4 ? 3 : 0));
    Set<InetAddress> out = new LinkedHashSet<>();
    for (BigInteger n : List.of(first, middle.min(last), last)) {
      out.add(toAddress(n, base.length));
    }
    return List.copyOf(out);
  }

  /** An IPv4 address in every spelling a URL parser or resolver may read as it. */
  public static List<String> ipv4Hosts(InetAddress a) {
    byte[] b = a.getAddress();
    int[] o = new int[4];
    for (int i = 0; i < 4; i++) {
      o[i] = b[i] & 0xff;
    }
    long n = new BigInteger(1, b).longValue();
    String dotted = a.getHostAddress();
    String hex = "%02x%02x:%02x%02x".formatted(o[0], o[1], o[2], o[3]);
    return List.of(
        dotted,
        dotted + ".",
        Long.toString(n),
        "0x" + Long.toHexString(n),
        "0%o.0%o.0%o.0%o".formatted(o[0], o[1], o[2], o[3]),
        "0x%x.0x%x.0x%x.0x%x".formatted(o[0], o[1], o[2], o[3]),
        "0X%X.%d.0%o.%d".formatted(o[0], o[1], o[2], o[3]),
        "%d.%d.%d".formatted(o[0], o[1], (o[2] << 8) | o[3]),
        "%d.%d".formatted(o[0], n & 0xffffff),
        "%03d.%03d.%03d.%03d".formatted(o[0], o[1], o[2], o[3]),
        "[::ffff:" + dotted + "]",
        "[::ffff:" + hex + "]",
        "[0:0:0:0:0:ffff:" + dotted + "]",
        "[0000:0000:0000:0000:0000:FFFF:" + hex.toUpperCase(Locale.ROOT) + "]",
        "[::" + dotted + "]",
        "[::" + hex + "]",
        "[64:ff9b::" + dotted + "]",
        "[64:ff9b::" + hex + "]",
        "[2002:" + hex + "::1]",
        "[2002:" + hex + ":ffff:ffff:ffff:ffff:ffff]",
        "[" + teredo("4136:e378", o) + "]",
        "[" + teredo(hex, new int[] {8, 8, 8, 8}) + "]");
  }

  /** The spellings of an IPv4 address worth a request each: one per parser and embedding. */
  public static List<String> ipv4HostsShort(InetAddress a) {
    List<String> all = ipv4Hosts(a);
    return List.of(
        all.get(0), all.get(2), all.get(10), all.get(15), all.get(16), all.get(18), all.get(20));
  }

  /** A Teredo address with that client (obfuscated as the protocol does) behind a server. */
  private static String teredo(String server, int[] client) {
    return "2001:0:%s:8000:63bf:%02x%02x:%02x%02x"
        .formatted(
            server, ~client[0] & 0xff, ~client[1] & 0xff, ~client[2] & 0xff, ~client[3] & 0xff);
  }

  /** An IPv6 address in compressed, full, uppercase and zone-id spellings. */
  public static List<String> ipv6Hosts(InetAddress a) {
    String compressed = compress(a);
    byte[] b = a.getAddress();
    StringBuilder full = new StringBuilder();
    for (int i = 0; i < 16; i += 2) {
      full.append(i == 0 ? "" : ":").append("%02x%02x".formatted(b[i] & 0xff, b[i + 1] & 0xff));
    }
    return List.of(
        "[" + compressed + "]",
        "[" + full + "]",
        "[" + compressed.toUpperCase(Locale.ROOT) + "]",
        "[" + compressed + "%25eth0]",
        "[" + compressed + "%251]");
  }

  /** URLs around a host: schemes in either case, ports, paths; the guard must refuse each. */
  static List<String> urls(String host) {
    return List.of(
        "http://" + host + "/hook",
        "https://" + host + "/hook",
        "HTTP://" + host + ":8080/hook?x=1",
        "hTTps://" + host + ":443",
        "http://" + host + ":22/");
  }

  /** Schemes, credentials and malformed URLs, refused whatever their host. */
  static List<String> malformed() {
    List<String> out = new ArrayList<>();
    for (String host : List.of("127.0.0.1", "8.8.8.8", "example.com", "[::1]")) {
      out.add("ftp://" + host + "/hook");
      out.add("file://" + host + "/etc/passwd");
      out.add("gopher://" + host + ":70/_x");
      out.add("ws://" + host + "/hook");
      out.add("jar:http://" + host + "/x.jar!/");
      out.add("http://good.com@" + host + "/hook");
      out.add("http://user:pass@" + host + "/hook");
      out.add("http://" + host + "#@good.com/hook");
      out.add("http:/" + host + "/hook");
      out.add("http:" + host + "/hook");
      out.add("//" + host + "/hook");
      out.add("http://" + host + ":0/hook");
      out.add("http://" + host + ":65536/hook");
      out.add("http://" + host + ":-1/hook");
    }
    out.add("file:///etc/passwd");
    out.add("http://[::1/hook");
    out.add("http://%31%32%37.0.0.1/hook");
    out.add("http://127.0.0.1%2f@8.8.8.8/hook");
    out.add("http://[fe80::1%25eth0]/hook");
    out.add("http://1.2.3.4.5/hook");
    out.add("http://256.0.0.1/hook");
    out.add("http://0x100000000/hook");
    out.add("http:///hook");
    out.add("javascript:alert(1)");
    out.add("data:text/plain,x");
    out.add("");
    return out;
  }

  /** Names of the loopback, whatever a resolver answers for them. */
  static List<String> loopbackNames() {
    return List.of("localhost.", "LOCALHOST.", "x.localhost", "X.LOCALHOST.", "a.b.localhost.");
  }

  private static String compress(InetAddress a) {
    return a.getHostAddress().replaceAll("%.*", "").replaceFirst("(^|:)(0(:|$)){2,}", "::");
  }

  private static InetAddress toAddress(BigInteger n, int length) {
    byte[] raw = n.toByteArray();
    byte[] out = new byte[length];
    int copy = Math.min(raw.length, length);
    System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
    try {
      return length == 16
          ? java.net.Inet6Address.getByAddress(null, out, -1)
          : InetAddress.getByAddress(out);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static InetAddress address(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalArgumentException(literal, e);
    }
  }
}
