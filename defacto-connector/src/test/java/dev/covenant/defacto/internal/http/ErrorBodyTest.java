package dev.covenant.defacto.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.covenant.defacto.FieldError;
import org.junit.jupiter.api.Test;

class ErrorBodyTest {
  private final ObjectMapper mapper = DefactoMapper.create();

  @Test
  void readsAFlatMessage() {
    assertThat(ErrorBody.parse("{\"message\": \" Loan not found \"}", mapper).message()).contains("Loan not found");
  }

  @Test
  void readsAMessageNestedInAnErrorObject() {
    assertThat(ErrorBody.parse("{\"error\": {\"code\": \"E1\", \"message\": \"Invalid salt\"}}", mapper).message())
        .contains("Invalid salt");
  }

  @Test
  void readsFieldErrorsAsAList() {
    ErrorBody body = ErrorBody.parse("{\"message\": \"Invalid\", \"errors\": [{\"field\": \"amount\", \"message\": \"must be positive\"}]}", mapper);

    assertThat(body.fieldErrors()).containsExactly(new FieldError("amount", "must be positive"));
  }

  @Test
  void readsFieldErrorsAsLocatedDetails() {
    ErrorBody body = ErrorBody.parse("{\"detail\": [{\"loc\": [\"body\", \"loan_to\", \"account_number\"], \"msg\": \"field required\"}]}", mapper);

    assertThat(body.fieldErrors()).containsExactly(new FieldError("loan_to.account_number", "field required"));
    assertThat(body.message()).isEmpty();
  }

  @Test
  void takesTheFirstLineOfPlainText() {
    assertThat(ErrorBody.parse("Service Unavailable\nretry later", mapper).message()).contains("Service Unavailable");
  }

  @Test
  void ignoresHtmlAndEmptyBodies() {
    assertThat(ErrorBody.parse("<html>oops</html>", mapper)).isEqualTo(ErrorBody.EMPTY);
    assertThat(ErrorBody.parse("  ", mapper)).isEqualTo(ErrorBody.EMPTY);
  }

  @Test
  void survivesBrokenJson() {
    assertThat(ErrorBody.parse("{\"message\": ", mapper).message()).contains("{\"message\":");
  }

  @Test
  void truncatesRunawayMessages() {
    String longMessage = "x".repeat(5000);

    assertThat(ErrorBody.parse("{\"message\": \"" + longMessage + "\"}", mapper).message().orElseThrow()).hasSize(303);
  }
}
