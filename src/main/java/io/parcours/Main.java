package io.parcours;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

@QuarkusMain
public class Main {

  public static void main(String... args) {
    // Quarkus answers an address java.net.URI refuses with an empty 400 before any route;
    // common.MalformedUri makes the same check and answers a problem document instead.
    System.setProperty("vertx.disableURIValidation", "true");
    Quarkus.run(args);
  }
}
