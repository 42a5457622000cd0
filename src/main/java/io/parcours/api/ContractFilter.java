package io.parcours.api;

import io.parcours.common.Created;
import io.parcours.common.LaggingRead;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the generated document so that clients can be generated from it: a stable operationId
 * per operation (the resource's name and the method's), the security schemes and, per operation,
 * the permission it needs as the scope of each scheme, every error answer as problem+json, and the
 * headers the service sends (rate limits, idempotent replays, outages), and the events the feed
 * serves and webhooks deliver, typed by event type.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI api) {
    Contract.components(api.getComponents());
    EventContract.document(api);
    // One server, this one, relative to where the document is read; it answers clients outside
    // the deployment's network too (automation systems), so it is not internal.
    api.setServers(
        List.of(
            OASFactory.createServer()
                .url("/")
                .description("This service")
                .addExtension("x-internal", false)));
    Set<String> versioned = Contract.versioned(api.getComponents());
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
      return;
    }
    api.getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .forEach(
                        (method, operation) ->
                            complete(
                                path,
                                method,
                                operation,
                                versioned,
                                api.getComponents().getSchemas())));
  }

  private static void complete(
      String path,
      PathItem.HttpMethod method,
      Operation operation,
      Set<String> versioned,
      Map<String, Schema> schemas) {
    Method java = javaMethod(operation.getOperationId());
    if (java != null) {
      operation.setOperationId(Contract.operationId(java));
      Created created = java.getAnnotation(Created.class);
      if (created != null) {
        Contract.created(operation, created, schemas);
      }
    }
    boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    if (secured) {
      String permission = permission(java);
      operation.setSecurity(Contract.security(permission, method));
      if (operation.getDescription() == null) {
        operation.setDescription(Contract.describe(operation.getSummary(), permission));
      }
      if (Contract.forKeys(permission)) {
        operation.getResponses().addAPIResponse("429", Contract.shared("TooManyRequests"));
      }
    } else {
      operation.setSecurity(List.of());
      if (operation.getDescription() == null) {
        operation.setDescription(operation.getSummary() + ". Needs no credentials.");
      }
    }
    boolean input = operation.getRequestBody() != null || operation.getParameters() != null;
    if (input && !operation.getResponses().hasAPIResponse("400")) {
      operation.getResponses().addAPIResponse("400", Contract.answer("Invalid request"));
    }
    if (path.contains("{") && !operation.getResponses().hasAPIResponse("404")) {
      operation
          .getResponses()
          .addAPIResponse("404", Contract.answer("Not found, or not the caller's to see"));
    }
    operation.getResponses().addAPIResponse("500", Contract.shared("ServerError"));
    operation.getResponses().addAPIResponse("503", Contract.shared("Unavailable"));
    boolean idempotent =
        operation.getParameters() != null
            && operation.getParameters().stream()
                .anyMatch(p -> "Idempotency-Key".equals(p.getName()));
    Map<String, APIResponse> answers = operation.getResponses().getAPIResponses();
    Contract.shareSuccessBody(answers);
    boolean lagging =
        java != null
            && (java.isAnnotationPresent(LaggingRead.class)
                || java.getDeclaringClass().isAnnotationPresent(LaggingRead.class));
    answers.forEach((code, answer) -> Contract.shape(code, answer, idempotent, lagging, versioned));
    if (secured && Contract.forKeys(permission(java))) {
      Contract.rateLimited(answers);
    }
  }

  /** The scope an operation needs, from its @PermissionsAllowed; null when any login will do. */
  private static String permission(Method java) {
    if (java == null) {
      return null;
    }
    PermissionsAllowed allowed = java.getAnnotation(PermissionsAllowed.class);
    if (allowed == null) {
      allowed = java.getDeclaringClass().getAnnotation(PermissionsAllowed.class);
    }
    return allowed == null || allowed.value().length == 0 ? null : allowed.value()[0];
  }

  /** The resource method named by the generated id, {@code package.Class_method}. */
  private static Method javaMethod(String generated) {
    if (generated == null || !generated.contains("_")) {
      return null;
    }
    int cut = generated.lastIndexOf('_');
    try {
      Class<?> type =
          Class.forName(
              generated.substring(0, cut), false, Thread.currentThread().getContextClassLoader());
      String name = generated.substring(cut + 1);
      return Arrays.stream(type.getMethods())
          .filter(m -> m.getName().equals(name))
          .findFirst()
          .orElse(null);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }
}
