package dev.covenant.defacto.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactingLoggerTest {
  @Test
  void masksTheAuthorizationHeaderWhateverItsCase() {
    assertThat(RedactingLogger.redact("%s: %s", "authorization", "Bearer sk_live_abc")).containsExactly("authorization", "Bearer ***");
  }

  @Test
  void leavesOtherHeadersAlone() {
    assertThat(RedactingLogger.redact("%s: %s", "Content-Type", "application/json")).containsExactly("Content-Type", "application/json");
  }

  @Test
  void masksPresignedContractUrlsAndBearerTokensInBodies() {
    Object[] body = RedactingLogger.redact("%s",
        "{\"contract_s3_url\": \"https://s3/x?sig=1\", \"name\": \"A\", \"note\": \"Bearer abc.def\"}");

    assertThat((String) body[0]).isEqualTo("{\"contract_s3_url\": \"***\", \"name\": \"A\", \"note\": \"Bearer ***\"}");
  }

  @Test
  void masksPresignedDocumentAndPdfLinksToo() {
    Object[] body = RedactingLogger.redact("%s",
        "{\"documents\": [{\"document_url\": \"https://s3/inv.pdf?X-Amz-Signature=1\"}], \"pdf_download_url\": \"https://s3/p?sig=2\"}");

    assertThat((String) body[0]).isEqualTo("{\"documents\": [{\"document_url\": \"***\"}], \"pdf_download_url\": \"***\"}");
  }
}
