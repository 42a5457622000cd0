package io.parcours.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The IANA IPv4 and IPv6 Special-Purpose Address Registries, with their "Globally Reachable"
 * column, and the blocks of the address-space registries that are not unicast (multicast, reserved,
 * deprecated site-local). A webhook may only target an address outside all of them, or inside a
 * block that embeds an IPv4 address when that address is itself allowed. Blocks the registry calls
 * globally reachable are refused too: they are anycast services and identifiers, never receivers.
 */
final class SpecialAddresses {

  /** The registry's "Globally Reachable" column; N/A for the blocks it leaves undecided. */
  enum Reach {
    TRUE,
    FALSE,
    NA
  }

  /** Where a block carries an IPv4 address that decides for it. */
  enum Embeds {
    NONE,
    LAST_32_BITS,
    SIX_TO_FOUR,
    TEREDO
  }

  record Block(String cidr, String name, Reach reach, Embeds embeds, byte[] prefix, int bits) {

    boolean contains(byte[] address) {
      if (address.length != prefix.length) {
        return false;
      }
      for (int bit = 0; bit < bits; bit++) {
        int mask = 0x80 >> (bit % 8);
        if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }

  private static final Embeds NONE = Embeds.NONE;

  static final List<Block> BLOCKS =
      List.of(
          // IANA IPv4 Special-Purpose Address Registry
          block("0.0.0.0/8", "This network", Reach.FALSE, NONE),
          block("0.0.0.0/32", "This host on this network", Reach.FALSE, NONE),
          block("10.0.0.0/8", "Private-Use", Reach.FALSE, NONE),
          block("100.64.0.0/10", "Shared Address Space", Reach.FALSE, NONE),
          block("127.0.0.0/8", "Loopback", Reach.FALSE, NONE),
          block("169.254.0.0/16", "Link Local", Reach.FALSE, NONE),
          block("172.16.0.0/12", "Private-Use", Reach.FALSE, NONE),
          block("192.0.0.0/24", "IETF Protocol Assignments", Reach.FALSE, NONE),
          block("192.0.0.0/29", "IPv4 Service Continuity Prefix", Reach.FALSE, NONE),
          block("192.0.0.8/32", "IPv4 dummy address", Reach.FALSE, NONE),
          block("192.0.0.9/32", "Port Control Protocol Anycast", Reach.TRUE, NONE),
          block("192.0.0.10/32", "Traversal Using Relays around NAT Anycast", Reach.TRUE, NONE),
          block("192.0.0.170/32", "NAT64/DNS64 Discovery", Reach.FALSE, NONE),
          block("192.0.0.171/32", "NAT64/DNS64 Discovery", Reach.FALSE, NONE),
          block("192.0.2.0/24", "Documentation (TEST-NET-1)", Reach.FALSE, NONE),
          block("192.31.196.0/24", "AS112-v4", Reach.TRUE, NONE),
          block("192.52.193.0/24", "AMT", Reach.TRUE, NONE),
          block("192.88.99.0/24", "Deprecated (6to4 Relay Anycast)", Reach.NA, NONE),
          block("192.168.0.0/16", "Private-Use", Reach.FALSE, NONE),
          block("192.175.48.0/24", "Direct Delegation AS112 Service", Reach.TRUE, NONE),
          block("198.18.0.0/15", "Benchmarking", Reach.FALSE, NONE),
          block("198.51.100.0/24", "Documentation (TEST-NET-2)", Reach.FALSE, NONE),
          block("203.0.113.0/24", "Documentation (TEST-NET-3)", Reach.FALSE, NONE),
          block("240.0.0.0/4", "Reserved", Reach.FALSE, NONE),
          block("255.255.255.255/32", "Limited Broadcast", Reach.FALSE, NONE),
          // IANA IPv4 Address Space Registry
          block("224.0.0.0/4", "Multicast", Reach.FALSE, NONE),
          // IANA IPv6 Special-Purpose Address Registry
          block("::1/128", "Loopback Address", Reach.FALSE, NONE),
          block("::/128", "Unspecified Address", Reach.FALSE, NONE),
          block("::ffff:0:0/96", "IPv4-mapped Address", Reach.FALSE, Embeds.LAST_32_BITS),
          block("64:ff9b::/96", "IPv4-IPv6 Translation", Reach.TRUE, Embeds.LAST_32_BITS),
          block("64:ff9b:1::/48", "IPv4-IPv6 Translation (local use)", Reach.FALSE, NONE),
          block("100::/64", "Discard-Only Address Block", Reach.FALSE, NONE),
          block("100:0:0:1::/64", "Dummy IPv6 Prefix", Reach.FALSE, NONE),
          block("2001::/23", "IETF Protocol Assignments", Reach.FALSE, NONE),
          block("2001::/32", "TEREDO", Reach.NA, Embeds.TEREDO),
          block("2001:1::1/128", "Port Control Protocol Anycast", Reach.TRUE, NONE),
          block("2001:1::2/128", "Traversal Using Relays around NAT Anycast", Reach.TRUE, NONE),
          block("2001:1::3/128", "DNS-SD Service Registration Protocol Anycast", Reach.TRUE, NONE),
          block("2001:2::/48", "Benchmarking", Reach.FALSE, NONE),
          block("2001:3::/32", "AMT", Reach.TRUE, NONE),
          block("2001:4:112::/48", "AS112-v6", Reach.TRUE, NONE),
          block("2001:10::/28", "Deprecated (previously ORCHID)", Reach.FALSE, NONE),
          block("2001:20::/28", "ORCHIDv2", Reach.TRUE, NONE),
          block("2001:30::/28", "Drone Remote ID Protocol Entity Tags", Reach.TRUE, NONE),
          block("2001:db8::/32", "Documentation", Reach.FALSE, NONE),
          block("2002::/16", "6to4", Reach.NA, Embeds.SIX_TO_FOUR),
          block("2620:4f:8000::/48", "Direct Delegation AS112 Service", Reach.TRUE, NONE),
          block("3fff::/20", "Documentation", Reach.FALSE, NONE),
          block("5f00::/16", "Segment Routing (SRv6) SIDs", Reach.FALSE, NONE),
          block("fc00::/7", "Unique-Local", Reach.FALSE, NONE),
          block("fe80::/10", "Link-Local Unicast", Reach.FALSE, NONE),
          // IANA IPv6 Address Space Registry (RFC 4291)
          block("::/96", "IPv4-compatible Address (deprecated)", Reach.FALSE, NONE),
          block("fec0::/10", "Site-Local (deprecated)", Reach.FALSE, NONE),
          block("ff00::/8", "Multicast", Reach.FALSE, NONE));

  /** Global unicast: IPv6 outside it is reserved by the IETF. */
  private static final Block GLOBAL_UNICAST = block("2000::/3", "Global Unicast", Reach.TRUE, NONE);

  private SpecialAddresses() {}

  /** Null when a webhook may target the address, otherwise why not. */
  static String refusal(InetAddress address) {
    Block block = find(address);
    if (block != null && block.embeds() != NONE) {
      for (InetAddress inner : embedded(address)) {
        String refusal = refusal(inner);
        if (refusal != null) {
          return address.getHostAddress() + " embeds " + refusal;
        }
      }
      return null;
    }
    if (block != null) {
      return address.getHostAddress()
          + (block.reach() == Reach.TRUE
              ? " is reserved for a protocol (" + block.name() + "), never a webhook receiver"
              : " is not a globally routable address (" + block.name() + ")");
    }
    if (address instanceof Inet6Address && !GLOBAL_UNICAST.contains(address.getAddress())) {
      return address.getHostAddress() + " is not a globally routable address (outside 2000::/3)";
    }
    return null;
  }

  /** The IPv4 addresses an IPv6 address carries: mapped, NAT64, 6to4, Teredo server and client. */
  static List<InetAddress> embedded(InetAddress address) {
    Block block = find(address);
    if (block == null) {
      return List.of();
    }
    byte[] b = address.getAddress();
    return switch (block.embeds()) {
      case NONE -> List.of();
      case LAST_32_BITS -> List.of(v4(b[12], b[13], b[14], b[15]));
      case SIX_TO_FOUR -> List.of(v4(b[2], b[3], b[4], b[5]));
      case TEREDO -> List.of(v4(b[4], b[5], b[6], b[7]), v4(~b[12], ~b[13], ~b[14], ~b[15]));
    };
  }

  /** The most specific block holding the address, or null. */
  static Block find(InetAddress address) {
    byte[] bytes = address.getAddress();
    Block found = null;
    for (Block block : BLOCKS) {
      if (block.contains(bytes) && (found == null || block.bits() > found.bits())) {
        found = block;
      }
    }
    return found;
  }

  private static InetAddress v4(int a, int b, int c, int d) {
    try {
      return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Block block(String cidr, String name, Reach reach, Embeds embeds) {
    String[] parts = cidr.split("/");
    byte[] prefix;
    try {
      prefix = InetAddress.getByName(parts[0]).getAddress();
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
    if (parts[0].contains(":") && prefix.length == 4) {
      // ::ffff:0:0 comes back as IPv4; the block is IPv6.
      byte[] mapped = new byte[16];
      mapped[10] = (byte) 0xff;
      mapped[11] = (byte) 0xff;
      System.arraycopy(prefix, 0, mapped, 12, 4);
      prefix = mapped;
    }
    return new Block(cidr, name, reach, embeds, prefix, Integer.parseInt(parts[1]));
  }
}
