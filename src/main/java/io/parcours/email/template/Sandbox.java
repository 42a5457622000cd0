package io.parcours.email.template;

import io.quarkus.qute.Engine;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.Expression;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.IfSectionHelper;
import io.quarkus.qute.Mapper;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.TemplateNode;
import io.quarkus.qute.ValueResolver;
import io.quarkus.qute.ValueResolvers;
import io.quarkus.qute.Variant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * The Qute engine for templates that marketing writes, separate from the application's: no
 * namespace (config, inject, cdi, time, str, msg, data…), no template locator (so no include or
 * insert), no reflection and no method call. A template may use the sections {@code if} and {@code
 * else}, the documented model ({@link MailModel#FIELDS}) and the operators {@code ?:}, {@code or},
 * {@code ? :}; every expression is checked against the model when the template is parsed ({@link
 * TemplateCheck}). Sources, output, nesting and time are bounded; breaking a bound is a {@link
 * TemplateRefusal} naming it.
 */
final class Sandbox {

  /** The part of a template: how it is escaped, and the bounds of its source and its output. */
  enum Part {
    SUBJECT("text/plain", 500, 1_000),
    HTML("text/html", 100_000, 200_000),
    TEXT("text/plain", 100_000, 200_000);

    final Variant variant;
    final int maxSource;
    final int maxOutput;

    Part(String contentType, int maxSource, int maxOutput) {
      this.variant = new Variant(null, contentType, "UTF-8");
      this.maxSource = maxSource;
      this.maxOutput = maxOutput;
    }
  }

  static final int MAX_DEPTH = 20;
  static final int MAX_OPERATORS = 10;
  static final int MAX_EXPRESSIONS = 2_000;
  static final Duration RENDER_TIME = Duration.ofSeconds(1);

  private static final String BUDGET = "parcours.budget";

  private final Engine engine =
      Engine.builder()
          .addSectionHelper(new IfSectionHelper.Factory())
          .addValueResolver(new FieldResolver())
          .addValueResolver(ValueResolvers.orResolver())
          .addValueResolver(ValueResolvers.trueResolver())
          .addResultMapper(new GroupRefusal())
          .addResultMapper(new HtmlEscaper(List.of("text/html")))
          .strictRendering(true)
          .removeStandaloneLines(true)
          .useAsyncTimeout(false)
          .build();

  Sandbox() {
    // Loads and compiles what rendering needs now, so that a first template is not timed for it.
    Budget warmUp = new Budget(Duration.ofMinutes(1));
    Template t = parse("warm-up", "{#if lead}{lead.email ?: 'x'}{/if}", Part.HTML, warmUp);
    render("warm-up", t, MailModel.sample(true).data(), Part.HTML, warmUp);
  }

  /** The time one check or one email may take, parsing and rendering all its parts. */
  static final class Budget {
    private final Duration time;
    private final long deadline;

    Budget() {
      this(RENDER_TIME);
    }

    Budget(Duration time) {
      this.time = time;
      this.deadline = System.nanoTime() + time.toNanos();
    }

    void check(String field) {
      if (System.nanoTime() > deadline) {
        throw TemplateRefusal.limit(field, "renderTime", time.toMillis(), "milliseconds");
      }
    }
  }

  Template parse(String field, String source, Part part, Budget budget) {
    if (source.length() > part.maxSource) {
      throw TemplateRefusal.limit(field, "sourceLength", part.maxSource, "characters");
    }
    if (TemplateCheck.nesting(source) > MAX_DEPTH) {
      // Qute parses and renders nested sections by recursion: refused before it overflows.
      throw TemplateRefusal.limit(field, "sectionDepth", MAX_DEPTH, "nested sections");
    }
    budget.check(field);
    Template template;
    try {
      template = engine.parse(source, part.variant);
    } catch (TemplateException e) {
      throw TemplateRefusal.of(field, e);
    } catch (RuntimeException | StackOverflowError e) {
      throw TemplateRefusal.invalid(field, 0, "the template could not be read");
    }
    TemplateCheck.inspect(field, template);
    budget.check(field);
    return template;
  }

  String render(String field, Template template, Map<String, Object> model, Part part, Budget b) {
    StringBuilder out = new StringBuilder();
    TemplateInstance instance = template.instance().data(Mapper.wrap(model));
    instance.setAttribute(BUDGET, b);
    try {
      instance
          .consume(
              chunk -> {
                if (out.length() + chunk.length() > part.maxOutput) {
                  throw TemplateRefusal.limit(field, "outputLength", part.maxOutput, "characters");
                }
                out.append(chunk);
              })
          .toCompletableFuture()
          .join();
    } catch (CompletionException e) {
      throw refusal(field, e.getCause());
    } catch (RuntimeException | StackOverflowError e) {
      throw refusal(field, e);
    }
    b.check(field);
    return out.toString();
  }

  /** Qute may wrap what a resolver or the output threw: the first refusal in the chain wins. */
  private static TemplateRefusal refusal(String field, Throwable e) {
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof TemplateRefusal r) {
        return r.at(field);
      }
    }
    if (e instanceof TemplateException t && t.getMessage() != null) {
      return TemplateRefusal.of(field, t);
    }
    return TemplateRefusal.invalid(field, 0, "the template could not be rendered");
  }

  /** Reads a field of the model: a {@link Mapper} holding it, and nothing else. */
  private static final class FieldResolver implements ValueResolver {

    @Override
    public boolean appliesTo(EvalContext context) {
      return context.getParams().isEmpty()
          && context.getBase() instanceof Mapper m
          && m.appliesTo(context.getName());
    }

    @Override
    public CompletionStage<Object> resolve(EvalContext context) {
      if (context.getAttribute(BUDGET) instanceof Budget b) {
        b.check(null);
      }
      return ((Mapper) context.getBase()).getAsync(context.getName());
    }
  }

  /** {lead} alone would print a group of fields; a template names the field it wants. */
  private static final class GroupRefusal implements ResultMapper {

    @Override
    public int getPriority() {
      return 10;
    }

    @Override
    public boolean appliesTo(TemplateNode.Origin origin, Object result) {
      return result instanceof MailModel.Fields;
    }

    @Override
    public String map(Object result, Expression expression) {
      throw TemplateRefusal.invalid(
          null,
          expression.getOrigin().getLine(),
          "{" + expression.toOriginalString() + "}: name one of its fields");
    }
  }
}
