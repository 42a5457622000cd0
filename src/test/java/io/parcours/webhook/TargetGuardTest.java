package io.parcours.webhook;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parcours.common.Problem;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetGuardTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.9",
        "192.168.1.1",
        "169.254.169.254",
        "0.0.0.0",
        "100.64.0.1",
        "255.255.255.255",
        "::1",
        "fd00:ec2::254",
        "fe80::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1"
      })
  void shouldCallInternalAddressesNotPublic(String address) throws Exception {
    assertFalse(TargetGuard.isPublic(InetAddress.getByName(address)), address);
  }

  @ParameterizedTest
  @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "2606:4700:4700::1111"})
  void shouldCallInternetAddressesPublic(String address) throws Exception {
    assertTrue(TargetGuard.isPublic(InetAddress.getByName(address)), address);
  }

  @Test
  void shouldRefuseLoopbackTargetsUnlessTheirHostIsAllowed() {
    Problem refused =
        assertThrows(Problem.class, () -> TargetGuard.check("http://127.0.0.1:8080/x", List.of()));
    assertEquals(400, refused.status());
    assertDoesNotThrow(() -> TargetGuard.check("http://127.0.0.1:8080/x", List.of("127.0.0.1")));
  }

  @Test
  void shouldRefuseOtherSchemesAndCredentials() {
    assertThrows(Problem.class, () -> TargetGuard.check("file:///etc/passwd", List.of()));
    assertThrows(Problem.class, () -> TargetGuard.check("ftp://8.8.8.8/x", List.of()));
    assertThrows(Problem.class, () -> TargetGuard.check("http://u:p@8.8.8.8/x", List.of()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://0177.0.0.1/x",
        "http://0x7f.0.0.1/x",
        "http://2130706433/x",
        "http://127.1/x",
        "http://8.8.8.8./x",
        "http://010.8.8.8/x"
      })
  void shouldRefuseIpv4AddressesSpelledOtherwiseThanFourDecimals(String url) {
    Problem refused = assertThrows(Problem.class, () -> TargetGuard.check(url, List.of()));
    assertEquals(400, refused.status());
  }
}
