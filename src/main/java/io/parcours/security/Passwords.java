package io.parcours.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.security.GeneralSecurityException;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** bcrypt hashes of user passwords. */
final class Passwords {

  /** Compared against when the user does not exist, so that both answers take as long. */
  private static final String DECOY = BcryptUtil.bcryptHash("decoy password, never matches");

  private Passwords() {}

  static String hash(String password) {
    return BcryptUtil.bcryptHash(password);
  }

  static boolean matches(String password, String hash) {
    try {
      PasswordFactory factory =
          PasswordFactory.getInstance(
              BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
      BCryptPassword stored =
          (BCryptPassword) factory.translate(ModularCrypt.decode(hash == null ? DECOY : hash));
      return factory.verify(stored, password.toCharArray()) && hash != null;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Unreadable password hash", e);
    }
  }
}
