package dev.covenant.defacto.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The body of {@code POST /sandbox/invoice-generator} ({@code GenerateInvoiceRequest}).
 *
 * @param country ISO 3166 alpha-3 code of the parties, such as {@code FRA}
 * @param buyer   the buyer as Defacto's {@code APICounterpartyCreation} JSON; a random one when absent
 * @param seller  the seller, likewise
 */
public record InvoiceGeneration(
    Optional<SandboxScenario> scenario, Optional<String> country, Optional<ObjectNode> buyer, Optional<ObjectNode> seller) {

  public InvoiceGeneration {
    scenario = Lists.orEmpty(scenario);
    country = Lists.orEmpty(country);
    buyer = Lists.copyNode(buyer);
    seller = Lists.copyNode(seller);
  }

  /** An invoice for this scenario, with random parties. */
  public static InvoiceGeneration of(SandboxScenario scenario) {
    return new InvoiceGeneration(Optional.of(scenario), Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Override
  public Optional<ObjectNode> buyer() {
    return Lists.copyNode(buyer);
  }

  @Override
  public Optional<ObjectNode> seller() {
    return Lists.copyNode(seller);
  }
}
