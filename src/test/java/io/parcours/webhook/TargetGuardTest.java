package io.parcours.webhook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF table of {@link SsrfTable} against the guard, with names answered by a fake DNS. */
class TargetGuardTest {

  private static final String OWN = "93.184.215.14";
  private static final Map<String, InetAddress[]> DNS = new HashMap<>();
  private static final AtomicInteger LOOKUPS = new AtomicInteger();

  private static final Network NETWORK =
      new Network() {
        @Override
        InetAddress[] resolve(String host) throws UnknownHostException {
          LOOKUPS.incrementAndGet();
          InetAddress[] found = DNS.get(host.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
          if (found == null) {
            throw new UnknownHostException(host);
          }
          return found;
        }

        @Override
        Set<InetAddress> ownAddresses() {
          return Set.of(ip(OWN), ip("2a01:4f8::2"), ip("127.0.0.1"));
        }
      };

  static {
    DNS.put("public.example", new InetAddress[] {ip("8.8.8.8"), ip("2606:4700:4700::1111")});
    DNS.put("dual.example", new InetAddress[] {ip("8.8.8.8"), ip("10.0.0.1")});
    DNS.put("own.example", new InetAddress[] {ip(OWN)});
    DNS.put("localhost", new InetAddress[] {ip("127.0.0.1"), ip("::1")});
  }

  private static final TargetGuard GUARD = new TargetGuard(List.of(), NETWORK);

  static Stream<String> ipv4Blocks() {
    return SsrfTable.IPV4.stream();
  }

  static Stream<String> ipv6Blocks() {
    return SsrfTable.IPV6.stream();
  }

  @ParameterizedTest
  @MethodSource("ipv4Blocks")
  void shouldRefuseEveryIpv4BlockInEverySpelling(String block) {
    List<String> passed = new ArrayList<>();
    for (InetAddress a : SsrfTable.samples(block)) {
      assertAddressRefusal(a, refusal("http://" + a.getHostAddress() + "/hook"));
      for (String host : SsrfTable.ipv4Hosts(a)) {
        SsrfTable.urls(host).stream().filter(url -> refusal(url) == null).forEach(passed::add);
      }
      String name = "in-" + HexFormat.of().formatHex(a.getAddress()) + ".example";
      DNS.put(name, new InetAddress[] {a});
      assertEquals(TargetGuard.NOT_GLOBAL_NAME, refusal("http://" + name + "/hook"), name);
    }
    assertEquals(List.of(), passed, block);
  }

  @ParameterizedTest
  @MethodSource("ipv6Blocks")
  void shouldRefuseEveryIpv6BlockInEverySpelling(String block) {
    List<String> passed = new ArrayList<>();
    for (InetAddress a : SsrfTable.samples(block)) {
      String host = SsrfTable.ipv6Hosts(a).get(0);
      assertAddressRefusal(a, refusal("http://" + host + "/hook"));
      for (String spelt : SsrfTable.ipv6Hosts(a)) {
        SsrfTable.urls(spelt).stream().filter(url -> refusal(url) == null).forEach(passed::add);
      }
      String name = "in-" + HexFormat.of().formatHex(a.getAddress()) + ".example";
      DNS.put(name, new InetAddress[] {a});
      assertEquals(TargetGuard.NOT_GLOBAL_NAME, refusal("http://" + name + "/hook"), name);
    }
    assertEquals(List.of(), passed, block);
  }

  @Test
  void shouldRefuseOtherSchemesCredentialsAndMalformedUrls() {
    List<String> passed =
        SsrfTable.malformed().stream().filter(url -> refusal(url) == null).toList();
    assertEquals(List.of(), passed);
  }

  @Test
  void shouldRefuseLoopbackNamesWithoutLookingThemUp() {
    int before = LOOKUPS.get();
    for (String name : SsrfTable.loopbackNames()) {
      assertEquals(TargetGuard.NOT_GLOBAL_NAME, refusal("http://" + name + ":8080/hook"), name);
    }
    assertEquals(before, LOOKUPS.get());
  }

  @Test
  void shouldAnswerAnUnknownNameAsAPrivateOneSoThatDnsIsNoOracle() {
    assertEquals(TargetGuard.NOT_GLOBAL_NAME, refusal("http://nowhere.example/hook"));
    assertEquals(TargetGuard.NOT_GLOBAL_NAME, refusal("http://dual.example/hook"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://" + OWN + "/hook",
        "http://own.example/hook",
        "http://[64:ff9b::" + OWN + "]/hook",
        "http://[2002:5db8:d70e::1]/hook",
        "http://[2a01:4f8::2]/hook"
      })
  void shouldRefuseTheAddressesOfThisHost(String url) {
    String refusal = refusal(url);
    assertTrue(
        refusal != null
            && (refusal.contains("an address of this host")
                || refusal.equals(TargetGuard.NOT_GLOBAL_NAME)),
        url + ": " + refusal);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://8.8.8.8/hook",
        "https://1.1.1.1:8443/hook?x=1",
        "HTTPS://public.example/hook",
        "http://public.example./hook",
        "http://[2606:4700:4700::1111]/hook",
        "http://[::ffff:8.8.8.8]/hook",
        "http://[64:ff9b::808:808]/hook",
        "http://[2002:808:808::1]/hook",
        "http://[2001:0:4136:e378:8000:63bf:f7f7:f7f7]/hook",
        "http://192.0.1.255/hook",
        "http://192.0.3.0/hook",
        "http://192.0.1.0/hook",
        "http://100.63.255.255/hook",
        "http://100.128.0.0/hook",
        "http://172.15.255.255/hook",
        "http://172.32.0.0/hook",
        "http://198.17.255.255/hook",
        "http://198.20.0.0/hook",
        "http://198.51.99.255/hook",
        "http://203.0.114.0/hook",
        "http://223.255.255.255/hook",
        "http://[2001:200::1]/hook",
        "http://[2001:db7:ffff::1]/hook",
        "http://[2001:db9::1]/hook",
        "http://[3fff:1000::1]/hook"
      })
  void shouldAcceptGloballyRoutableTargets(String url) {
    assertNull(refusal(url), url);
  }

  @Test
  void shouldResolveOnceAndHandBackTheAddressItChecked() throws Exception {
    int before = LOOKUPS.get();
    TargetGuard.Target target = GUARD.check("https://Public.Example:8443/a/b?c=d");
    assertEquals(before + 1, LOOKUPS.get());
    assertEquals("public.example", target.host());
    assertEquals(8443, target.port());
    assertTrue(target.https());
    assertEquals("/a/b?c=d", target.requestUri());
    assertArrayEquals(ip("8.8.8.8").getAddress(), target.address().getAddress());
  }

  @Test
  void shouldLetAllowListedHostsThroughPinnedToTheirAddress() {
    TargetGuard allowing = new TargetGuard(List.of("localhost", "10.0.0.5"), NETWORK);
    TargetGuard.Target target = allowing.check("http://localhost:8080/hook");
    assertTrue(target.address().isLoopbackAddress());
    assertEquals("/hook", target.requestUri());
    assertEquals("10.0.0.5", allowing.check("http://10.0.0.5/x").address().getHostAddress());
    assertEquals(
        TargetGuard.NOT_GLOBAL_NAME,
        refusal(new TargetGuard(List.of("localhost"), NETWORK), "http://localhost./hook"));
  }

  private static void assertAddressRefusal(InetAddress a, String refusal) {
    assertTrue(
        refusal != null
            && refusal.startsWith(a.getHostAddress())
            && (refusal.contains("is not a globally routable address")
                || refusal.contains("is reserved for")),
        a + ": " + refusal);
  }

  private static String refusal(String url) {
    return refusal(GUARD, url);
  }

  private static String refusal(TargetGuard guard, String url) {
    try {
      guard.check(url);
      return null;
    } catch (TargetGuard.Refused e) {
      return e.getMessage();
    }
  }

  static InetAddress ip(String literal) {
    try {
      return InetAddress.getByName(literal);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
