package dev.covenant.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.covenant.core.model.Borrower;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BorrowersJsonTest {
  @Test
  void readsAPageOfGetBorrowers() throws IOException {
    List<Borrower> borrowers = DefactoJson.readBorrowers(Fixtures.path("borrowers-page.json"));

    assertThat(borrowers).containsExactly(
        new Borrower(Optional.of("0b9e4a10-0000-4000-8000-0000000000c1"), "900300400", Optional.of("siren"),
            Optional.of("Acme Fournitures"), Optional.of("READY"), Optional.of("SAS"),
            Optional.of(OffsetDateTime.parse("2026-01-15T10:00:00+01:00"))),
        new Borrower(Optional.empty(), "800100200", Optional.empty(), Optional.empty(), Optional.of("TO_SIGN"),
            Optional.empty(), Optional.empty()));
  }

  @Test
  void readsABareArrayAndASingleBorrower() {
    assertThat(DefactoJson.readBorrowers("b.json", "[{\"identifier\": \"1\"}, {\"identifier\": \"2\"}]"))
        .extracting(Borrower::identifier).containsExactly("1", "2");
    assertThat(DefactoJson.readBorrowers("b.json", "{\"identifier\": \"3\", \"status\": \"BLOCKED\"}"))
        .extracting(Borrower::status).containsExactly(Optional.of("BLOCKED"));
  }

  @Test
  void requiresTheIdentifierInvoicesNameBorrowersBy() {
    assertThatThrownBy(() -> DefactoJson.readBorrowers("b.json", "{\"data\": [{\"identifier\": \"1\"},\n  {\"name\": \"Nameless\"}]}"))
        .isInstanceOf(InputException.class)
        .hasMessage("b.json:2:3: borrower has no identifier");
  }

  @Test
  void rejectsASignatureDateThatIsNoDate() {
    assertThatThrownBy(() -> DefactoJson.readBorrowers("b.json", "{\"identifier\": \"1\", \"signed_at\": true}"))
        .isInstanceOf(InputException.class)
        .hasMessage("b.json:1:34: signed_at must be an ISO-8601 date-time with an offset, such as"
            + " 2026-11-01T09:30:00+01:00, or a date, such as 2026-11-01; got true");
  }
}
