package io.parcours.email.template;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Template sources that try to reach past the documented model, by class: every Qute namespace and
 * section the application's engine knows (plus those Qute and Quarkus ship), method calls and
 * helpers on model values, and sources built to exhaust the server.
 */
public final class SandboxAttacks {

  /** One attempt: its class, its source, and for exhaustion the limit expected to stop it. */
  public record Attack(String kind, String source, String limit) {
    Attack(String kind, String source) {
      this(kind, source, null);
    }
  }

  /** Configuration keys and environment variables a template must never read. */
  static final List<String> SECRET_KEYS =
      List.of(
          "ADMIN_PASSWORD",
          "parcours.admin.password",
          "UNSUBSCRIBE_SECRET",
          "parcours.consent.unsubscribe-secret",
          "DB_PASSWORD",
          "quarkus.datasource.password",
          "quarkus.datasource.jdbc.url",
          "quarkus.mailer.password",
          "PATH",
          "java.home");

  /** Namespaces of Qute and Quarkus Qute, whether or not this application's engine has them. */
  static final List<String> KNOWN_NAMESPACES =
      List.of(
          "config",
          "inject",
          "cdi",
          "time",
          "str",
          "msg",
          "global",
          "data",
          "param",
          "frg",
          "fragment",
          "cap",
          "capture",
          "bundle",
          "app",
          "env",
          "sys");

  /** Sections of Qute and Quarkus Qute, whether or not this application's engine has them. */
  static final List<String> KNOWN_SECTIONS =
      List.of(
          "include",
          "insert",
          "fragment",
          "capture",
          "let",
          "set",
          "with",
          "when",
          "switch",
          "is",
          "case",
          "each",
          "for",
          "eval",
          "cached",
          "debug",
          "if",
          "else",
          "tag",
          "user");

  private SandboxAttacks() {}

  /** Every namespace, each with the forms its resolvers answer. */
  static List<Attack> namespaces(Collection<String> extra) {
    List<Attack> attacks = new ArrayList<>();
    for (String ns : union(KNOWN_NAMESPACES, extra)) {
      for (String key : SECRET_KEYS) {
        attacks.add(new Attack("namespace", "{" + ns + ":['" + key + "']}"));
      }
      attacks.add(new Attack("namespace", "{" + ns + ":property('parcours.admin.password')}"));
      attacks.add(new Attack("namespace", "{" + ns + ":parcours.admin.password}"));
      attacks.add(new Attack("namespace", "{" + ns + ":format(lead,'x')}"));
      attacks.add(new Attack("namespace", "{" + ns + ":eval('{config:[\"ADMIN_PASSWORD\"]}')}"));
      attacks.add(new Attack("namespace", "{" + ns + ":concat('a', lead.email)}"));
      attacks.add(new Attack("namespace", "{" + ns + ":lead.email}"));
      attacks.add(new Attack("namespace", "{" + ns + ":UnsubscribeResource/confirm}"));
    }
    return attacks;
  }

  /** Every section, in the forms that include, evaluate, loop or capture. */
  static List<Attack> sections(Collection<String> extra) {
    List<Attack> attacks = new ArrayList<>();
    String secret = "config:['ADMIN_PASSWORD']";
    for (String s : union(KNOWN_SECTIONS, extra)) {
      attacks.add(new Attack("section", "{#" + s + " UnsubscribeResource/confirm /}"));
      attacks.add(new Attack("section", "{#" + s + " UnsubscribeResource/confirm}{/" + s + "}"));
      attacks.add(new Attack("section", "{#" + s + " " + secret + "}x{/" + s + "}"));
      attacks.add(new Attack("section", "{#" + s + " p=" + secret + "}{p}{/" + s + "}"));
      attacks.add(new Attack("section", "{#" + s + " '{" + secret + "}' /}"));
      attacks.add(new Attack("section", "{#" + s + " id=x}{" + secret + "}{/" + s + "}"));
      attacks.add(new Attack("section", "{#" + s + " i in 3}{" + secret + "}{/" + s + "}"));
      attacks.add(new Attack("section", "{#" + s + "}{" + secret + "}{/" + s + "}"));
    }
    return attacks;
  }

  /** Method calls, reflection and helpers on the model's values. */
  static List<Attack> calls() {
    List<String> sources =
        List.of(
            "{lead.getClass()}",
            "{lead.getClass}",
            "{lead.class}",
            "{lead.toString()}",
            "{lead.hashCode()}",
            "{lead.firstName.getClass().forName('java.lang.Runtime')}",
            "{lead.firstName.toUpperCase}",
            "{lead.firstName.toUpperCase()}",
            "{lead.firstName.length}",
            "{lead.firstName.raw}",
            "{lead.firstName.safe}",
            "{lead.email.concat('x')}",
            "{unsubscribeUrl.substring(0)}",
            "{unsubscribeUrl.raw}",
            "{lead.firstName + 'x'}",
            "{lead.firstName.fmt('x')}",
            "{lead.size}",
            "{lead.keys}",
            "{lead.values}",
            "{lead.entrySet}",
            "{lead.mappedKeys}",
            "{lead.get('firstName')}",
            "{lead['getClass']}",
            "{lead}",
            "{this}",
            "{this.getClass}",
            "{io.quarkus.qute.dataMap}",
            "{lead.firstName ?: config:['ADMIN_PASSWORD']}",
            "{lead.nickname ?: config:['ADMIN_PASSWORD']}",
            "{lead.firstName or inject:x}",
            "{lead.firstName && config:['ADMIN_PASSWORD']}",
            "{#if config:['ADMIN_PASSWORD'] == 'x'}a{/if}",
            "{#if lead.firstName.getClass()}a{/if}",
            "{#let p=config:['ADMIN_PASSWORD']}{p}{/let}",
            "{#let p=lead}{p.getClass}{/let}",
            "{@java.lang.String x='y'}{x}",
            "{@java.lang.Runtime lead}{lead.exec('id')}",
            "{#if true}{time:format(lead,'x')}{/if}",
            "{1.plus(2)}",
            "{'a'.concat('b')}");
    return sources.stream().map(s -> new Attack("call", s)).toList();
  }

  /** Sources built to take time, memory or stack: each refused, quickly. */
  static List<Attack> exhaustion() {
    return List.of(
        new Attack("exhaustion", "{#for i in 10000}{#for j in 1000}x{/for}{/for}", null),
        new Attack("exhaustion", "{#each 2147483647}x{/each}", null),
        new Attack("exhaustion", "{#for i in 100000000}{i}{/for}", null),
        new Attack("exhaustion", "{content.summary}".repeat(5_000), "expressions"),
        new Attack("exhaustion", "{lead.company}".repeat(1_500), "outputLength"),
        new Attack("exhaustion", "{#let s=content.url}" + "{s}".repeat(30_000) + "{/let}", null),
        new Attack("exhaustion", "{unsubscribeUrl}".repeat(6_000), "expressions"),
        new Attack(
            "exhaustion", "{#if true}".repeat(5_000) + "x" + "{/if}".repeat(5_000), "sectionDepth"),
        new Attack(
            "exhaustion", "{#if lead}".repeat(30) + "x" + "{/if}".repeat(30), "sectionDepth"),
        new Attack(
            "exhaustion",
            "{lead.firstName" + " ?: lead.firstName".repeat(5_000) + "}",
            "operators"),
        new Attack(
            "exhaustion",
            "{lead.firstName.or(".repeat(4_000) + "'x'" + ")".repeat(4_000) + "}",
            null));
  }

  private static Collection<String> union(Collection<String> a, Collection<String> b) {
    TreeSet<String> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }
}
