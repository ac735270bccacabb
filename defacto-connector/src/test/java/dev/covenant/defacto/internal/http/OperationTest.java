package dev.covenant.defacto.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Feign;
import feign.RequestLine;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OperationTest {
  @Test
  void everyApiMethodHasTheOperationNamedByItsRequestLine() {
    for (Method method : DefactoApi.class.getDeclaredMethods()) {
      String requestLine = method.getAnnotation(RequestLine.class).value();
      Operation operation = Operation.ofMethodKey(Feign.configKey(DefactoApi.class, method)).orElseThrow(
          () -> new AssertionError("no operation for " + method.getName()));
      assertThat(operation.label()).as(method.getName()).isEqualTo(requestLine);
    }
  }

  @Test
  void everyOperationIsCalledThroughTheApi() {
    assertThat(Arrays.stream(DefactoApi.class.getDeclaredMethods())
        .map(m -> Operation.ofMethodKey(Feign.configKey(DefactoApi.class, m)).orElseThrow()))
        .containsExactlyInAnyOrder(Operation.values());
  }

  @Test
  void onlyWebhookCreationIsNeverRepeatedAfterAServerError() {
    assertThat(Arrays.stream(Operation.values()).filter(o -> o.repeat() == Operation.Repeat.RATE_LIMIT_ONLY))
        .containsExactly(Operation.CREATE_WEBHOOK);
  }
}
