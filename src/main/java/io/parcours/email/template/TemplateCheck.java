package io.parcours.email.template;

import io.quarkus.qute.Expression;
import io.quarkus.qute.SectionBlock;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the sandbox checks in a template before rendering it: how deep its sections nest, and that
 * each expression is a literal or a name of the model and one of its fields, followed only by the
 * operators {@code ?:}, {@code or} and {@code ? :}.
 */
final class TemplateCheck {

  private static final Set<String> OPERATORS = Set.of("?:", "or", "?", ":");
  private static final Set<String> COMPARISONS =
      Set.of("gt", ">", "ge", ">=", "le", "<=", "lt", "<");

  private TemplateCheck() {}

  /** How deep sections open in the source, counted from its tags alone, in one pass. */
  static int nesting(String source) {
    int depth = 0;
    int max = 0;
    for (int i = 0; i + 1 < source.length(); i++) {
      if (source.charAt(i) == '{') {
        char next = source.charAt(i + 1);
        if (next == '#' && !source.startsWith("else", i + 2)) {
          max = Math.max(max, ++depth);
        } else if (next == '/') {
          depth--;
        }
      }
    }
    return max;
  }

  /**
   * Walks the parsed template without recursion: sections nested at most {@link Sandbox#MAX_DEPTH}
   * deep, no parameter declaration, and every expression within the model.
   */
  static void inspect(String field, Template template) {
    Deque<Map.Entry<TemplateNode, Integer>> todo = new ArrayDeque<>();
    template.getNodes().forEach(n -> todo.push(Map.entry(n, 0)));
    int expressions = 0;
    while (!todo.isEmpty()) {
      var next = todo.pop();
      TemplateNode node = next.getKey();
      int line = node.getOrigin().getLine();
      switch (node.kind()) {
        case SECTION -> {
          int depth = next.getValue() + 1;
          if (depth > Sandbox.MAX_DEPTH) {
            throw TemplateRefusal.limit(field, "sectionDepth", Sandbox.MAX_DEPTH, "nested sections")
                .atLine(line);
          }
          for (SectionBlock block : node.asSection().getBlocks()) {
            comparisons(field, block, line);
            block.expressions.values().forEach(e -> check(field, e, line));
            expressions += block.expressions.size();
            block.nodes.forEach(n -> todo.push(Map.entry(n, depth)));
          }
        }
        case EXPRESSION -> {
          node.getExpressions().forEach(e -> check(field, e, line));
          expressions++;
        }
        case PARAM_DECLARATION ->
            throw TemplateRefusal.invalid(field, line, "parameter declarations are not available");
        case TEXT -> {}
      }
      if (expressions > Sandbox.MAX_EXPRESSIONS) {
        throw TemplateRefusal.limit(field, "expressions", Sandbox.MAX_EXPRESSIONS, "expressions")
            .atLine(line);
      }
    }
  }

  /** The model holds text: {#if} compares it for equality, never by order. */
  private static void comparisons(String field, SectionBlock block, int line) {
    for (String p : block.parameters.values()) {
      if (COMPARISONS.contains(p)) {
        throw TemplateRefusal.invalid(
            field, line, "{#if}: the model holds text; compare with == or != but not " + p);
      }
    }
  }

  /** A literal, or a name of the model and one of its fields, then the operators only. */
  private static void check(String field, Expression e, int line) {
    if (e.getOrigin() != null) {
      line = e.getOrigin().getLine();
    }
    String text = "{" + e.toOriginalString() + "}";
    if (e.getNamespace() != null) {
      throw TemplateRefusal.invalid(
          field, line, text + ": namespaces (" + e.getNamespace() + ":) are not available");
    }
    if (e.isLiteral()) {
      return;
    }
    List<Expression.Part> parts = e.getParts();
    String root = parts.get(0).getName();
    List<String> fields = MailModel.FIELDS.get(root);
    if (fields == null || parts.get(0).isVirtualMethod()) {
      throw TemplateRefusal.invalid(
          field,
          line,
          text + ": " + root + " is not part of the model " + MailModel.FIELDS.keySet());
    }
    int operators = 0;
    for (int i = 1; i < parts.size(); i++) {
      Expression.Part p = parts.get(i);
      if (p.isVirtualMethod()) {
        if (!OPERATORS.contains(p.getName())) {
          throw TemplateRefusal.invalid(
              field, line, text + ": method calls (" + p.getName() + ") are not available");
        }
        if (++operators > Sandbox.MAX_OPERATORS) {
          throw TemplateRefusal.limit(
                  field, "operators", Sandbox.MAX_OPERATORS, "in one expression")
              .atLine(line);
        }
        for (Expression param : p.asVirtualMethod().getParameters()) {
          check(field, param, line);
        }
      } else if (i > 1 || !fields.contains(p.getName())) {
        throw TemplateRefusal.invalid(
            field, line, text + ": " + root + " has no field " + p.getName() + " " + fields);
      }
    }
  }
}
