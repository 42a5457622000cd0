package io.parcours.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** What the guard asks of the network: names looked up, and this host's own addresses. */
@ApplicationScoped
class Network {

  InetAddress[] resolve(String host) throws UnknownHostException {
    return InetAddress.getAllByName(host);
  }

  /** Every address of every interface, read at each call: interfaces come and go. */
  Set<InetAddress> ownAddresses() {
    Set<InetAddress> own = new HashSet<>();
    try {
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress a : Collections.list(nic.getInetAddresses())) {
          own.add(InetAddress.getByAddress(a.getAddress()));
        }
      }
    } catch (SocketException | UnknownHostException e) {
      throw new IllegalStateException("cannot list this host's addresses", e);
    }
    return own;
  }
}
