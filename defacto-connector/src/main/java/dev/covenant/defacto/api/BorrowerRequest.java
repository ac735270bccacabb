package dev.covenant.defacto.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code POST /borrowers} ({@code APIPostBorrower}), which is also what the sandbox's
 * business generator returns.
 *
 * <pre>{@code
 * BorrowerRequest fake = defacto.generateBusiness(true);
 * BorrowerProfile borrower = defacto.createBorrower(fake.withSignedAt(now).withWaitForReady(true));
 * }</pre>
 *
 * <p>The address, owner and directors are kept as Defacto's JSON, so a generated business is
 * registered with all it came with.
 *
 * @param signedAt     when the borrower accepted Defacto's terms; without it no credit line is opened
 * @param waitForReady wait (4 to 8 s) until the credit line exists before answering
 */
public record BorrowerRequest(
    String identifier,
    Optional<String> identifierType,
    Optional<String> name,
    Optional<String> legalForm,
    Optional<String> vatNumber,
    Optional<String> accountNumber,
    Optional<String> preferredLanguage,
    Optional<ObjectNode> address,
    Optional<ObjectNode> owner,
    List<ObjectNode> directors,
    Optional<ObjectNode> metadata,
    Optional<OffsetDateTime> signedAt,
    boolean waitForReady) {

  public BorrowerRequest {
    Objects.requireNonNull(identifier, "identifier");
    identifierType = Lists.orEmpty(identifierType);
    name = Lists.orEmpty(name);
    legalForm = Lists.orEmpty(legalForm);
    vatNumber = Lists.orEmpty(vatNumber);
    accountNumber = Lists.orEmpty(accountNumber);
    preferredLanguage = Lists.orEmpty(preferredLanguage);
    address = Lists.copyNode(address);
    owner = Lists.copyNode(owner);
    directors = Lists.copyNodes(directors);
    metadata = Lists.copyNode(metadata);
    signedAt = Lists.orEmpty(signedAt);
  }

  /** A borrower known by its identifier alone. */
  public static BorrowerRequest of(BusinessIdentifier business) {
    return new BorrowerRequest(business.identifier(), business.identifierType(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
        Optional.empty(), Optional.empty(), false);
  }

  @Override
  public Optional<ObjectNode> address() {
    return Lists.copyNode(address);
  }

  @Override
  public Optional<ObjectNode> owner() {
    return Lists.copyNode(owner);
  }

  @Override
  public List<ObjectNode> directors() {
    return Lists.copyNodes(directors);
  }

  @Override
  public Optional<ObjectNode> metadata() {
    return Lists.copyNode(metadata);
  }

  public BorrowerRequest withSignedAt(OffsetDateTime at) {
    return new BorrowerRequest(identifier, identifierType, name, legalForm, vatNumber, accountNumber,
        preferredLanguage, address, owner, directors, metadata, Optional.of(at), waitForReady);
  }

  public BorrowerRequest withWaitForReady(boolean wait) {
    return new BorrowerRequest(identifier, identifierType, name, legalForm, vatNumber, accountNumber,
        preferredLanguage, address, owner, directors, metadata, signedAt, wait);
  }

  /** The business's identifier and type. */
  public BusinessIdentifier businessIdentifier() {
    return new BusinessIdentifier(identifier, identifierType);
  }

  // The owner and directors are people: their details stay out of logs and reports.
  @Override
  public String toString() {
    return "BorrowerRequest[identifier=" + identifier + identifierType.map(t -> " (" + t + ")").orElse("")
        + ", name=" + name.orElse("-") + ", signedAt=" + signedAt.map(Object::toString).orElse("-")
        + ", waitForReady=" + waitForReady + "]";
  }
}
